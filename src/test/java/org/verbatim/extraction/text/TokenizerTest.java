package org.verbatim.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void an_ampersand_between_capitals_stays_inside_the_name_but_not_between_words() {
        assertThat(Tokenizer.tokenize("a spokeswoman for LP&L said").stream().map(Token::text))
                .containsExactly("a", "spokeswoman", "for", "LP&L", "said");
        assertThat(Tokenizer.tokenize("AT&T and S&P").stream().map(Token::text)).containsExactly("AT&T", "and", "S&P");
        assertThat(Tokenizer.tokenize("Power & Light").stream().map(Token::text)).containsExactly("Power", "&", "Light");
    }
}

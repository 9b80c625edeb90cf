package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who "he" and "she" are, on made-up text, for what the fresh own-dev articles 101-120 showed (issue 11): a given name
 * tells a person's sex where the pronouns near the name belong to someone else.
 */
class SpeakerSexTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private ExtractedQuote the(String text, String startOfQuote) {
        return extractor.extract(text).quotes().stream().filter(q -> q.text().startsWith(startOfQuote)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + startOfQuote + "'"));
    }

    @Test
    void she_after_a_man_asked_her_a_question_is_the_woman_he_asked() {
        String text = """
                The potter Ilse Varga spoke on Sunday to Gavin Morrow, who hosts the Clay Hour podcast.

                Morrow asked her whether she still fired her kiln with wood. "Always. Gas makes everything look polite," she replied.
                """;
        assertThat(the(text, "Always. Gas makes").speaker()).isEqualTo("Ilse Varga");
    }
}

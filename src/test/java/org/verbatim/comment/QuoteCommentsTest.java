package org.verbatim.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteCommentsTest {

    @Test
    void mentions_are_the_words_after_an_at_sign_without_the_full_stop_that_ends_a_sentence() {
        assertThat(QuoteComments.mentionsIn("@erin is this Brell? Ask @as-fiona-2 too, or (@Gustav)."))
                .containsExactly("erin", "as-fiona-2", "Gustav");
        assertThat(QuoteComments.mentionsIn("ask @erin.")).containsExactly("erin");
    }

    @Test
    void an_email_address_is_no_mention() {
        assertThat(QuoteComments.mentionsIn("write to press@ministry.example, not @ alone")).isEmpty();
    }
}

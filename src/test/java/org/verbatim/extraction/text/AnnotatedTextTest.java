package org.verbatim.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    @Test
    void no_with_a_full_stop_is_the_abbreviation_for_number_only_before_a_number() {
        AnnotatedText t = AnnotatedText.of("The board voted 5-2, with Reyes voting no. She said the plan was rushed. He lives at No. 10 Main Street.");
        assertThat(t.sentences()).hasSize(3);
        assertThat(t.span(t.sentence(1).start(), t.sentence(1).start() + 1)).isEqualTo("She");
    }
}

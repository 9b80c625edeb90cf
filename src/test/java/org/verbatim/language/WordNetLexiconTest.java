package org.verbatim.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

    private static int valence(String word) {
        return WordNetLexicon.shared().entry(word).valence();
    }

    @Test
    void words_that_say_more_going_on_kept_allowed_or_safe_go_up() {
        for (String w : new String[] {"raise", "keep", "approve", "allow", "protect", "expand", "safe", "legal",
                "granted"}) {
            assertThat(valence(w)).as(w).isEqualTo(1);
        }
    }

    @Test
    void words_that_say_less_an_end_a_loss_a_refusal_a_breach_or_a_danger_go_down() {
        for (String w : new String[] {"reduce", "cut", "lose", "close", "reject", "refused", "breach", "ban", "risk",
                "danger", "shrink", "cancel", "illegal", "withheld", "denied", "deprived"}) {
            assertThat(valence(w)).as(w).isEqualTo(-1);
        }
    }

    @Test
    void words_of_no_direction_and_negative_prefixes() {
        for (String w : new String[] {"transfer", "deliver", "host", "vaccine", "border"}) {
            assertThat(valence(w)).as(w).isZero();
        }
        // a word that is its opposite with a negative prefix says no, the other one yes
        assertThat(valence("unconstitutional")).isEqualTo(-1);
        assertThat(valence("unlawful")).isEqualTo(-1);
        assertThat(valence("fair")).isEqualTo(1);
    }

    @Test
    void a_plural_wordnet_also_lists_as_a_noun_of_its_own_is_still_the_plural_of_its_singular() {
        // "cards" is also the card game, "hands" also the workforce
        assertThat(WordNetLexicon.shared().entry("cards").lemmas()).contains("card", "cards");
        assertThat(WordNetLexicon.shared().entry("hands").lemmas()).contains("hand");
        // spans of the calendar keep their own reading ("years" as old age)
        assertThat(WordNetLexicon.shared().entry("years").lemmas()).doesNotContain("year");
    }

    @Test
    void a_word_is_defined_by_the_content_words_of_its_first_sense_in_their_base_forms() {
        assertThat(WordNetLexicon.shared().entry("conscription").defining()).contains("military", "service")
                .doesNotContain("especially", "person", "of");
        assertThat(WordNetLexicon.shared().entry("census").defining()).contains("population");
    }
}

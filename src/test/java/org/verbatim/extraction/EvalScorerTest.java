package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the evaluations judge a predicted speaker against the annotated one. */
class EvalScorerTest {

    private static EvalScorer.Gold gold(String speaker) {
        return new EvalScorer.Gold(0, 10, speaker, -1, -1, true);
    }

    private static EvalScorer.Predicted predicted(String... names) {
        return new EvalScorer.Predicted(0, 10, names[0], List.of(names), names[0], -1, -1);
    }

    private static boolean same(String gold, List<String> article, String... names) {
        return EvalScorer.sameSpeaker("", gold(gold), predicted(names), article);
    }

    @Test
    void a_surname_or_a_titled_name_names_the_gold_person() {
        assertThat(same("John Smith", List.of("John Smith"), "Smith")).isTrue();
        assertThat(same("Donald Trump", List.of("Donald Trump"), "President Trump")).isTrue();
        assertThat(same("Donald Trump", List.of("Donald Trump"), "Trump campaign")).isTrue();
        assertThat(same("Smith", List.of("Smith"), "John Smith")).isTrue();
    }

    @Test
    void another_person_who_shares_the_surname_is_wrong() {
        assertThat(same("John Smith", List.of("John Smith", "Jane Smith"), "Jane Smith")).isFalse();
        assertThat(same("John Smith", List.of("John Smith"), "Jane Smith")).isFalse();
    }

    @Test
    void a_surname_two_gold_people_share_names_neither_unless_an_alias_is_full() {
        assertThat(same("John Smith", List.of("John Smith", "Jane Smith"), "Smith")).isFalse();
        assertThat(same("John Smith", List.of("John Smith", "Jane Smith"), "Smith", "John Smith")).isTrue();
    }

    @Test
    void a_gold_source_span_matches_the_mention_it_overlaps() {
        var g = new EvalScorer.Gold(0, 10, "someone", 20, 22, true);
        var p = new EvalScorer.Predicted(0, 10, "he", List.of("Jane Doe"), "he", 20, 22);
        assertThat(EvalScorer.sameSpeaker("", g, p, List.of("someone"))).isTrue();
    }
}

package org.verbatim.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.verbatim.registry.LikelyDuplicates.Entry;
import org.verbatim.registry.LikelyDuplicates.Pair;

class LikelyDuplicatesTest {

    private static List<Pair> among(Entry... entries) {
        return LikelyDuplicates.among(List.of(entries), 50);
    }

    @Test
    void the_same_surname_and_affiliation_is_suggested_however_the_affiliation_is_written() {
        assertThat(among(new Entry(1, "Tove Rask", "Velmora"), new Entry(2, "T. Rask", "Velmoran government")))
                .containsExactly(new Pair(1, 2, "same surname and affiliation"));
        assertThat(among(new Entry(1, "Tove Rask", "Port Authority"), new Entry(2, "Rask", "Port Authority")))
                .containsExactly(new Pair(1, 2, "same surname and affiliation"));
    }

    @Test
    void name_variants_without_a_conflicting_affiliation_are_suggested() {
        assertThat(among(new Entry(1, "Dr. Tove Rask", null), new Entry(2, "Tove Rask", "Port Authority"),
                new Entry(3, "Tövé Rask Jr.", null)))
                .containsExactly(new Pair(1, 2, "name variants"), new Pair(1, 3, "name variants"),
                        new Pair(2, 3, "name variants"));
    }

    @Test
    void namesakes_with_other_given_names_or_other_affiliations_are_left_alone() {
        assertThat(among(new Entry(1, "Tove Rask", "Port Authority"), new Entry(2, "Mats Rask", "Port Authority"),
                new Entry(3, "Tove Rask", "Harbour Police"), new Entry(4, "Tove Lind", "Port Authority"),
                new Entry(5, "M. Rask", null)))
                .containsExactly(new Pair(2, 5, "name variants"));
    }

    @Test
    void at_most_the_limit_is_returned() {
        assertThat(LikelyDuplicates.among(List.of(new Entry(1, "Rask", null), new Entry(2, "T. Rask", null),
                new Entry(3, "Tove Rask", null)), 2)).hasSize(2);
    }
}

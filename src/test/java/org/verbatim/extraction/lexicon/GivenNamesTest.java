package org.verbatim.extraction.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNamesTest {

    @Test
    void a_name_on_one_list_has_that_sex_and_one_on_both_lists_is_a_given_name_of_unknown_sex() {
        assertThat(GivenNames.sex("Desmond")).isEqualTo(1);
        assertThat(GivenNames.sex("denise")).isEqualTo(-1);
        assertThat(GivenNames.sex("Jason")).isZero();
        assertThat(GivenNames.isGivenName("Jason")).isTrue();
        assertThat(GivenNames.isGivenName("Church")).isFalse();
        assertThat(GivenNames.sex("Coate")).isZero();
    }

    @Test
    void a_name_written_with_accents_is_the_name_the_lists_write_without_them() {
        assertThat(GivenNames.isGivenName("Siobhán")).isTrue();
        assertThat(GivenNames.sex("Siobhán")).isEqualTo(GivenNames.sex("Siobhan")).isEqualTo(-1);
    }
}

package org.verbatim.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractorVersionOrderTest {

    @Test
    void versions_are_ordered_number_by_number_so_1_10_follows_1_9() {
        List<String> versions = new ArrayList<>(List.of("1.10", "1.9", "1.2", "2.0", "1.9.1"));
        versions.sort(ExtractorAccuracy::compareVersions);
        assertThat(versions).containsExactly("1.2", "1.9", "1.9.1", "1.10", "2.0");
    }

    @Test
    void a_version_that_is_not_numbers_is_still_ordered_and_a_missing_one_comes_first() {
        assertThat(ExtractorAccuracy.compareVersions(null, "1.0")).isNegative();
        assertThat(ExtractorAccuracy.compareVersions("1.0-beta", "1.0-alpha")).isPositive();
        assertThat(ExtractorAccuracy.compareVersions("1.0", "1.0")).isZero();
    }
}

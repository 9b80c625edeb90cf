package org.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimRatingsTest {

    @Test
    void the_default_scale_runs_from_true_to_false_with_unverifiable_outside_it() {
        ClaimRatings ratings = ClaimRatings.standard();

        assertThat(ratings.scale()).extracting(ClaimRating::label).containsExactly("True", "Mostly true", "Mixed",
                "Misleading", "Mostly false", "False", "Unverifiable");
        assertThat(ratings.best()).isEqualTo(6);
        assertThat(ratings.worst()).isEqualTo(1);
        assertThat(ratings.require("mostly FALSE").value()).isEqualTo(2);
        assertThat(ratings.require("Unverifiable").ranked()).isFalse();
        assertThat(ratings.describe("Mostly false")).isEqualTo("Mostly false (2 of 1–6)");
        assertThat(ratings.describe("Unverifiable")).isEqualTo("Unverifiable");
        assertThat(ratings.describe("Pants on fire")).as("a label no longer on the scale reads as it was said")
                .isEqualTo("Pants on fire");
    }

    @Test
    void a_configured_scale_replaces_the_default() {
        ClaimRatings ratings = new ClaimRatings(List.of(new ClaimRating("Correct", 10), new ClaimRating("Wrong", 0)));

        assertThat(ratings.best()).isEqualTo(10);
        assertThat(ratings.worst()).isZero();
        assertThat(ratings.find("Mostly false")).isEmpty();
        assertThatThrownBy(() -> ratings.require("Mostly false")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use one of Correct, Wrong");
    }

    @Test
    void a_scale_that_names_a_rating_twice_or_cannot_rank_is_refused() {
        assertThatThrownBy(() -> new ClaimRatings(List.of(new ClaimRating("True", 2), new ClaimRating("true", 1))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new ClaimRatings(List.of(new ClaimRating("True", 2), new ClaimRating("False", 2))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new ClaimRatings(List.of(new ClaimRating("True", 1),
                new ClaimRating("Unclear", null)))).hasMessageContaining("two ranked");
        assertThatThrownBy(() -> new ClaimRating(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.verbatim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-12T15:30:00.123456Z");

    @Test
    void recent_times_are_relative() {
        assertThat(Formats.when(NOW.minusSeconds(20), NOW, BERLIN)).isEqualTo("just now");
        assertThat(Formats.when(NOW.minusSeconds(5 * 60 + 3), NOW, BERLIN)).isEqualTo("5 min ago");
        assertThat(Formats.when(NOW.minusSeconds(3 * 3600), NOW, BERLIN)).isEqualTo("3 h ago");
        assertThat(Formats.when(NOW.plusSeconds(4), NOW, BERLIN)).as("a clock a little ahead").isEqualTo("just now");
    }

    @Test
    void older_times_are_days_and_minutes_in_the_persons_time_zone() {
        // 06:10 UTC is 07:10 in Berlin (winter time)
        assertThat(Formats.when(Instant.parse("2026-03-12T06:10:00.5Z"), NOW, BERLIN)).isEqualTo("today 07:10");
        assertThat(Formats.when(Instant.parse("2026-03-11T22:59:59Z"), NOW, BERLIN)).isEqualTo("yesterday 23:59");
        assertThat(Formats.when(Instant.parse("2026-01-02T09:00:00Z"), NOW, BERLIN)).isEqualTo("2 Jan 10:00");
        assertThat(Formats.when(Instant.parse("2025-07-02T09:00:00Z"), NOW, BERLIN)).isEqualTo("2 Jul 2025 11:00");
    }

    @Test
    void absolute_times_name_their_zone_and_drop_fractions() {
        assertThat(Formats.dateTime(Instant.parse("2026-07-02T09:00:01.987654Z"), BERLIN))
                .isEqualTo("2026-07-02 11:00:01 CEST");
        assertThat(Formats.dateTime(null, BERLIN)).isEmpty();
    }

    @Test
    void an_excerpt_is_one_line_cut_with_an_ellipsis() {
        assertThat(Formats.excerpt("The ferry\n  runs\tall winter", 40)).isEqualTo("The ferry runs all winter");
        assertThat(Formats.excerpt("abcdefghij", 10)).isEqualTo("abcdefghij");
        assertThat(Formats.excerpt("abcdefghijk", 10)).isEqualTo("abcdefghi…").hasSize(10);
        assertThat(Formats.excerpt(null, 10)).isEmpty();
    }
}

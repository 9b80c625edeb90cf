package org.verbatim.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final HandClock clock = new HandClock();
    final SignInThrottle throttle = new SignInThrottle(new SignInProperties(5, 30, Duration.ofMinutes(15),
            Duration.ofMinutes(15)), clock);

    @Test
    void five_failures_lock_the_account_from_every_address_until_the_lock_out_has_passed() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("Tom", "10.0.0." + i)).isEmpty();
        }
        var begun = throttle.failed("tom", "10.0.0.9");
        assertThat(begun).singleElement().satisfies(l -> {
            assertThat(l.subject()).isEqualTo("account tom");
            assertThat(l.failures()).isEqualTo(5);
            assertThat(l.until()).isEqualTo(clock.now.plus(Duration.ofMinutes(15)));
        });
        assertThat(throttle.lockedUntil("TOM", "192.168.1.1")).as("any address, any case").isPresent();
        assertThat(throttle.lockedUntil("tina", "10.0.0.9")).as("others sign in").isEmpty();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.lockedUntil("tom", "10.0.0.9")).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_add_up() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.failed("slow", "10.1.0.1")).isEmpty();
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.lockedUntil("slow", "10.1.0.1")).isEmpty();
    }

    @Test
    void a_successful_sign_in_clears_its_account_count() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada", "10.2.0.1");
        }
        throttle.succeeded("ADA");
        assertThat(throttle.failed("ada", "10.2.0.1")).isEmpty();
        assertThat(throttle.lockedUntil("ada", "10.2.0.1")).isEmpty();
    }

    @Test
    void one_address_trying_many_accounts_is_locked_out_for_all_of_them() {
        for (int i = 0; i < 29; i++) {
            assertThat(throttle.failed("user" + i, "203.0.113.7")).isEmpty();
        }
        assertThat(throttle.failed("user29", "203.0.113.7")).singleElement()
                .satisfies(l -> assertThat(l.subject()).isEqualTo("address 203.0.113.7"));
        assertThat(throttle.lockedUntil("someone-else", "203.0.113.7")).isPresent();
        assertThat(throttle.lockedUntil("someone-else", "198.51.100.1")).isEmpty();
    }
}

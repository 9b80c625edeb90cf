package org.verbatim.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins (form or HTTP basic) within {@code window} lock an account, or a client address, out, and
 * for how long.
 */
@ConfigurationProperties("verbatim.security.sign-in")
public record SignInProperties(@DefaultValue("5") int accountFailures, @DefaultValue("30") int addressFailures,
                               @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {
    public SignInProperties {
        if (accountFailures < 1 || addressFailures < 1 || !window.isPositive() || !lockout.isPositive()) {
            throw new IllegalArgumentException("verbatim.security.sign-in: count at least one failure over a positive"
                    + " window and lock out for a positive time");
        }
    }
}

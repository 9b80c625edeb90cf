package org.verbatim.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this account or from this address: refused, unchecked, until {@code until}. */
public class SignInLockedException extends LockedException {

    private final Instant until;

    SignInLockedException(Instant until) {
        super("Too many failed sign-ins: try again after " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}

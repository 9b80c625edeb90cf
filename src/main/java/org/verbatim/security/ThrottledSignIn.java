package org.verbatim.security;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.ChangeReason;

/**
 * The password check behind the sign-in form and HTTP basic, throttled ({@link SignInThrottle}): a locked-out account
 * or address is refused before its password is even compared. Each lock-out goes into the audit log and the server log.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInLockoutRepository lockouts;
    private final TransactionTemplate tx;
    private final Clock clock;

    ThrottledSignIn(UserDetailsService users, PasswordEncoder encoder, SignInProperties policy,
                    SignInLockoutRepository lockouts, PlatformTransactionManager transactions, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = new SignInThrottle(policy, clock);
        this.lockouts = lockouts;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var locked = throttle.lockedUntil(account, address);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(account);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            record(throttle.failed(account, address), address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private void record(List<SignInThrottle.Lockout> begun, String address) {
        for (SignInThrottle.Lockout lockout : begun) {
            String reason = "Sign-in locked for " + lockout.subject() + " after " + lockout.failures()
                    + " failed attempts" + (address == null ? "" : " (last from " + address + ")") + ", until "
                    + lockout.until();
            log.warn(reason);
            try {
                ChangeReason.during(reason, () -> tx.executeWithoutResult(status -> lockouts.save(new SignInLockout(
                        lockout.subject(), lockout.failures(), lockout.until(), clock.instant()))));
            } catch (RuntimeException e) {
                // the lock-out holds anyway; only its record is missing
                log.error("Could not record the lock-out of {}", lockout.subject(), e);
            }
        }
    }
}

package org.verbatim.security;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Holds a person to their account as it is now, not as it was when they signed in: at every use-case call a
 * disabled account, or one whose password was reset since, is refused, and the roles checked are the account's current
 * ones. A session's remembered authorities count for nothing. Work the server starts itself (the system user) is not
 * an account and passes unchanged.
 * <p>
 * Within one HTTP request (a page, a click: one Vaadin round trip that may call a dozen use cases) the account is read
 * once and remembered in the request, unless an account was changed on this server meanwhile; the next request reads
 * it again. Work outside a request (a screen's polling) reads it at every call.
 */
final class AccountCheck {

    private static final String REMEMBERED = AccountCheck.class.getName() + ".current";
    /** Counts account changes made on this server, so that a change within a request counts at once. */
    private static final AtomicLong CHANGES = new AtomicLong();

    private final Supplier<UserAccountRepository> users;

    /** What one request found for one signed-in account. */
    private record Remembered(SignedInAccount who, long changes, Authentication current) {
    }

    /** {@code users} is looked up on first use: this check is built with the method-security infrastructure. */
    AccountCheck(Supplier<UserAccountRepository> users) {
        this.users = users;
    }

    /** An account was changed: what requests remember of accounts no longer counts. */
    static void accountsChanged() {
        CHANGES.incrementAndGet();
    }

    /** {@code authentication} with the account's current roles; refused when the account may no longer act. */
    Authentication current(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
            return authentication;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        long changes = CHANGES.get();
        if (request != null && request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST)
                instanceof Remembered r && r.who() == signedIn && r.changes() == changes) {
            return r.current();
        }
        Authentication current = read(signedIn);
        if (request != null) {
            request.setAttribute(REMEMBERED, new Remembered(signedIn, changes, current),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return current;
    }

    private Authentication read(SignedInAccount signedIn) {
        UserAccount account = users.get().findById(signedIn.accountId())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists"));
        if (!account.isEnabled()) {
            throw new AccessDeniedException("Your account has been disabled");
        }
        if (!Objects.equals(account.getPasswordChangedAt(), signedIn.passwordChangedAt())) {
            throw new AccessDeniedException("Your password has been changed: sign in again");
        }
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
                account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}

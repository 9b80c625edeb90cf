package org.verbatim.security;

import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Holds a person to their account as it is now, not as it was when they signed in: at every use-case call a
 * disabled account, or one whose password was reset since, is refused, and the roles checked are the account's current
 * ones. A session's remembered authorities count for nothing. Work the server starts itself (the system user) is not
 * an account and passes unchanged.
 */
final class AccountCheck {

    private final Supplier<UserAccountRepository> users;

    /** {@code users} is looked up on first use: this check is built with the method-security infrastructure. */
    AccountCheck(Supplier<UserAccountRepository> users) {
        this.users = users;
    }

    /** {@code authentication} with the account's current roles; refused when the account may no longer act. */
    Authentication current(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInAccount signedIn)) {
            return authentication;
        }
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

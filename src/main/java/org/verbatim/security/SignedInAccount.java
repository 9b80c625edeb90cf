package org.verbatim.security;

import java.time.Instant;
import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Who signed in, with what {@link AccountCheck} needs to hold them to their account as it is now: the account's id and
 * when its password last changed. Equal to another principal of the same user name (as the session registry needs).
 */
final class SignedInAccount extends User {

    private final long accountId;
    private final Instant passwordChangedAt;

    SignedInAccount(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
        this.accountId = account.getId();
        this.passwordChangedAt = account.getPasswordChangedAt();
    }

    long accountId() {
        return accountId;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}

package org.verbatim.security;

import java.util.Arrays;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The identity of work started on the server itself, such as the command line: {@value CurrentUser#SYSTEM} with
 * every role. Whoever can run commands on the server can read its data folder anyway, so there is no sign-in.
 */
public final class SystemUser {

    private SystemUser() {
    }

    public static Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(CurrentUser.SYSTEM, null,
                Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}

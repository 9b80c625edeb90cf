package org.verbatim.support;

import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.security.Role;

/**
 * Acts as another user for a few steps of one test, where {@code @WithMockUser} gives the whole test one user:
 * {@code RunAs.user("erin", Role.EDITOR).call(() -> workflow.approve(id, version))}.
 */
public final class RunAs {

    private final String username;
    private final Role[] roles;

    private RunAs(String username, Role[] roles) {
        this.username = username;
        this.roles = roles;
    }

    public static RunAs user(String username, Role... roles) {
        return new RunAs(username, roles);
    }

    /** Stays signed in as this user until the context is cleared (a browserless test's screens, one after another). */
    public void signIn() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
    }

    public <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        signIn();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}

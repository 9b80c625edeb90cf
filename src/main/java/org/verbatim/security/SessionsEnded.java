package org.verbatim.security;

import java.util.Set;

/** An administrator's change ended these browser sessions of {@code username}; their screens should go at once. */
public record SessionsEnded(String username, Set<String> sessionIds) {
    public SessionsEnded {
        sessionIds = Set.copyOf(sessionIds);
    }
}

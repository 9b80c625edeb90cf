package org.verbatim.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of each signed-in person. Ending them takes effect at the session's next request: it is signed
 * out and lands on the sign-in page; open screens are told at once ({@link SessionsEnded}).
 */
@Component
class SignedInSessions {

    private final SessionRegistry registry;
    private final ApplicationEventPublisher events;

    SignedInSessions(SessionRegistry registry, ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
    }

    /** Ends every session of {@code username}; returns how many there were. */
    int end(String username) {
        Set<String> ended = new HashSet<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(username)) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended.add(session.getSessionId());
                }
            }
        }
        if (!ended.isEmpty()) {
            events.publishEvent(new SessionsEnded(username, ended));
        }
        return ended.size();
    }
}

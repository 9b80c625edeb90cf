package org.verbatim.security.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.verbatim.security.SessionsEnded;

/**
 * When an administrator disables someone, changes their roles or resets their password, that person's open screens
 * reload at once (through push) instead of showing what they may no longer see; the reload finds the session ended
 * and lands on the sign-in page.
 */
@Component
class EndedSessionScreens implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @EventListener
    void reload(SessionsEnded ended) {
        for (VaadinSession session : sessions) {
            String id = httpSessionId(session);
            if (id != null && ended.sessionIds().contains(id)) {
                session.access(() -> session.getUIs().forEach(EndedSessionScreens::reload));
            }
        }
    }

    private static void reload(UI ui) {
        ui.getPage().reload();
    }

    private static String httpSessionId(VaadinSession session) {
        try {
            WrappedSession http = session.getSession();
            return http == null ? null : http.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}

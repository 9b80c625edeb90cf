package org.verbatim.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

/**
 * Whether the person's window is as narrow as a phone's, for what CSS cannot do (a grid's columns): told once the
 * component is shown, and again whenever the window is resized across the line. The same line as the stylesheet's.
 *
 * <p>The answer is remembered in the person's session: the first screen that asks costs a round trip to the browser
 * for its window's width, later ones (every page load makes a new UI that knows no width) are told at once and only
 * hear again when a window is resized across the line.
 */
public final class ScreenWidth {

    /** Windows at most this wide (CSS pixels) get the one-column layout. */
    public static final int PHONE = 700;

    private static final String LAST_KNOWN = ScreenWidth.class.getName() + ".narrow";

    private ScreenWidth() {
    }

    public static void onNarrowChange(Component component, Consumer<Boolean> narrow) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            VaadinSession session = attach.getSession();
            Consumer<Boolean> tell = isNarrow -> {
                session.setAttribute(LAST_KNOWN, isNarrow);
                narrow.accept(isNarrow);
            };
            if (session.getAttribute(LAST_KNOWN) instanceof Boolean known) {
                narrow.accept(known);
            } else {
                page.retrieveExtendedClientDetails(details -> {
                    if (details.getWindowInnerWidth() > 0) {
                        tell.accept(details.getWindowInnerWidth() <= PHONE);
                    }
                });
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> tell.accept(e.getWidth() <= PHONE));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}

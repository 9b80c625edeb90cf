package org.verbatim.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Whether the person's window is as narrow as a phone's, for what CSS cannot do (a grid's columns): told once the
 * component is shown, and again whenever the window is resized across the line. The same line as the stylesheet's.
 */
public final class ScreenWidth {

    /** Windows at most this wide (CSS pixels) get the one-column layout. */
    public static final int PHONE = 700;

    private ScreenWidth() {
    }

    public static void onNarrowChange(Component component, Consumer<Boolean> narrow) {
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() > 0
                    && details.getWindowInnerWidth() <= PHONE));
            Registration resize = page.addBrowserWindowResizeListener(e -> narrow.accept(e.getWidth() <= PHONE));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}

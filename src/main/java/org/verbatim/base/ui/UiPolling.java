package org.verbatim.base.ui;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads something for an open screen every few seconds ({@code verbatim.ui.poll}, 10 s) and pushes it to the browser:
 * how a screen learns of what another node wrote to the database. The read runs as the person the screen is signed
 * in as, so the use cases check their roles as for a click.
 */
@org.springframework.stereotype.Component
public class UiPolling implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UiPolling.class);

    private final ScheduledExecutorService executor;
    private final Duration interval;

    UiPolling(@Value("${verbatim.ui.poll:PT10S}") Duration interval) {
        this.interval = interval;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "ui-poll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * While {@code component} is attached, reads {@code read} every interval and hands the result to {@code show}
     * inside the component's UI (pushed). Call from the UI's thread, signed in.
     */
    public <T> Registration whileAttached(Component component, Supplier<T> read, Consumer<T> show) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        Registration[] current = new Registration[1];
        Registration onAttach = component.addAttachListener(
                e -> current[0] = start(component, e.getUI(), signedIn, read, show));
        Registration onDetach = component.addDetachListener(e -> {
            if (current[0] != null) {
                current[0].remove();
                current[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> current[0] = start(component, ui, signedIn, read, show));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            if (current[0] != null) {
                current[0].remove();
            }
        };
    }

    private <T> Registration start(Component component, UI ui, SecurityContext signedIn, Supplier<T> read,
                                   Consumer<T> show) {
        long millis = interval.toMillis();
        ScheduledFuture<?>[] future = new ScheduledFuture<?>[1];
        future[0] = executor.scheduleWithFixedDelay(() -> {
            // a screen closed without detaching (a session that timed out) reads nothing more
            if (ui.isClosing() || ui.getSession() == null || !component.isAttached()) {
                future[0].cancel(false);
                return;
            }
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            try {
                T value = read.get();
                ui.access(() -> show.accept(value));
            } catch (UIDetachedException e) {
                future[0].cancel(false);
            } catch (RuntimeException e) {
                // one failed read (the database restarting) must not end the polling
                log.debug("Polling for a screen failed: {}", e.toString());
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return () -> future[0].cancel(false);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}

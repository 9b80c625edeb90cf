package org.verbatim.review.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.verbatim.quote.ReviewStatus;

/** A quote's review state as a coloured badge: its status, or Returned while an editor's return waits for a reviewer. */
final class StatusBadge {

    static final String RETURNED = "Returned";

    private StatusBadge() {
    }

    static Span of(ReviewStatus status, boolean returned) {
        Span badge = new Span(label(status, returned));
        badge.addClassNames("vb-status", "vb-status-" + cssName(status, returned));
        return badge;
    }

    static String label(ReviewStatus status, boolean returned) {
        return returned ? RETURNED : status.label();
    }

    /** The state's name in class names and in the reader's highlighting: {@code pending}, {@code returned}… */
    static String cssName(ReviewStatus status, boolean returned) {
        return returned ? "returned" : status.name().toLowerCase(Locale.ROOT);
    }
}

package org.verbatim.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the missing-page and not-allowed views have in common: inside the frame, a headline, why, and a way on. */
abstract class ErrorPage extends VerticalLayout {

    private final H2 headline = new H2();
    private final Paragraph explanation = new Paragraph();
    private final Paragraph path = new Paragraph();

    ErrorPage(String code) {
        addClassName("vb-error-page");
        getElement().setAttribute("data-status", code);
        path.addClassName("vb-meta");
        add(headline, explanation, path, new Anchor("", "Go to the articles"));
    }

    void say(String title, String why, String requested) {
        headline.setText(title);
        explanation.setText(why);
        path.setText(requested.isEmpty() ? "" : "You asked for /" + requested);
    }
}

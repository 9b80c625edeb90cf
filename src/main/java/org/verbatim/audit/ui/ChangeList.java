package org.verbatim.audit.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.verbatim.audit.FieldChange;

/** Each field's from → to, one per line, the old value struck through. */
final class ChangeList {

    private ChangeList() {
    }

    static Div of(List<FieldChange> changes) {
        Div list = new Div();
        list.addClassName("vb-changes");
        for (FieldChange c : changes) {
            Div line = new Div();
            line.addClassName("vb-change");
            Span field = new Span(c.field() + ": ");
            field.addClassName("vb-change-field");
            line.add(field);
            if (c.from() != null) {
                Span from = new Span(show(c.from()));
                from.addClassName("vb-change-from");
                line.add(from, new Span(" → "));
            }
            Span to = new Span(show(c.to()));
            to.addClassName("vb-change-to");
            line.add(to);
            list.add(line);
        }
        return list;
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}

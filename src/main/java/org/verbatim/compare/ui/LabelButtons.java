package org.verbatim.compare.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.base.ui.Notifications;
import org.verbatim.compare.PairLabels;
import org.verbatim.compare.PairVerdict;

/** Contradicts / consistent / unrelated, with a note, for one pair; shown to fact-checkers only. */
class LabelButtons extends HorizontalLayout {

    final TextField note = new TextField();
    final Span current = new Span();

    LabelButtons(PairLabels labels, long a, long b, PairVerdict existing, String existingNote, boolean mayLabel) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("vb-label-buttons");
        current.addClassName("vb-label");
        show(existing, existingNote);
        add(current);
        if (!mayLabel) {
            return;
        }
        note.setPlaceholder("Note (why)");
        note.setAriaLabel("Note for the label");
        add(note);
        for (PairVerdict verdict : PairVerdict.values()) {
            Button button = new Button(verdict.label(), e -> {
                try {
                    labels.label(a, b, verdict, note.getValue());
                    show(verdict, note.getValue());
                    Notifications.success("Labelled " + verdict.label().toLowerCase());
                } catch (RuntimeException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    verdict == PairVerdict.CONTRADICTS ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            button.getElement().setAttribute("data-verdict", verdict.name());
            add(button);
        }
    }

    /** The chosen label and its note, as the card shows them. */
    private void show(PairVerdict verdict, String why) {
        current.setText(verdict == null ? "Not labelled" : "Labelled: " + verdict.label()
                + (why == null || why.isBlank() ? "" : " — " + why.strip()));
    }
}

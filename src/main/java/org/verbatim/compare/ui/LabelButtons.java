package org.verbatim.compare.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.base.ui.Notifications;
import org.verbatim.compare.PairLabels;
import org.verbatim.compare.PairVerdict;

/**
 * Contradicts / consistent / unrelated, with a note, for one pair: everyone sees the chosen label (coloured) and the
 * reviewer's note; fact-checkers get the buttons, the chosen one pressed, and the note to edit.
 */
class LabelButtons extends HorizontalLayout {

    final TextField note = new TextField();
    final Span current = new Span();
    final Map<PairVerdict, Button> buttons = new EnumMap<>(PairVerdict.class);

    LabelButtons(PairLabels labels, long a, long b, PairVerdict existing, String existingNote, boolean mayLabel) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("vb-label-buttons");
        current.addClassName("vb-label");
        add(current);
        if (mayLabel) {
            note.setPlaceholder("Note (why)");
            note.setAriaLabel("Note for the label");
            note.setValue(existingNote == null ? "" : existingNote);
            add(note);
            for (PairVerdict verdict : PairVerdict.values()) {
                Button button = new Button(verdict.label(), e -> {
                    try {
                        labels.label(a, b, verdict, note.getValue());
                        show(verdict, note.getValue());
                        Notifications.success("Labelled " + verdict.label().toLowerCase(Locale.ROOT));
                    } catch (RuntimeException ex) {
                        Notifications.error(ex.getMessage());
                    }
                });
                button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                        verdict == PairVerdict.CONTRADICTS ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
                button.getElement().setAttribute("data-verdict", verdict.name());
                buttons.put(verdict, button);
                add(button);
            }
        }
        show(existing, existingNote);
    }

    /** The chosen label and its note, as the card shows them; the chosen button pressed. */
    private void show(PairVerdict verdict, String why) {
        current.setText(verdict == null ? "Not labelled" : "Labelled: " + verdict.label()
                + (why == null || why.isBlank() ? "" : " — " + why.strip()));
        for (PairVerdict v : PairVerdict.values()) {
            current.removeClassName("vb-label-" + v.name().toLowerCase(Locale.ROOT));
        }
        if (verdict != null) {
            current.addClassName("vb-label-" + verdict.name().toLowerCase(Locale.ROOT));
        }
        buttons.forEach((v, button) -> {
            boolean chosen = v == verdict;
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.addClassName("vb-label-chosen");
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                button.removeClassName("vb-label-chosen");
            }
        });
    }
}

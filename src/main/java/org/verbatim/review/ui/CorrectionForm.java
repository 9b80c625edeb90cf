package org.verbatim.review.ui;

import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.review.ReviewWorkflow.Correction;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerFinder;

/**
 * The correction a fact-checker is drafting: a new span selected in the article, another speaker, another type, and
 * why. The draft lives here until it is saved or cancelled, so that a conflict with someone else's change keeps it.
 */
class CorrectionForm extends VerticalLayout {

    private static final String SPAN_UNCHANGED = "Unchanged — select text in the article to change it";

    final SpeakerPicker speakerPicker;
    final Select<QuoteType> type = new Select<>();
    final TextArea reason = new TextArea("Reason for the correction");
    private final Span spanPreview = new Span();
    /** Where a conflict is explained: just above the Save button, where the reviewer is looking. */
    final Div conflictSlot = new Div();
    private QuotePanel.Selection newSpan;

    CorrectionForm(SpeakerFinder speakers, Runnable save) {
        this.speakerPicker = new SpeakerPicker(speakers);
        setPadding(false);
        addClassName("vb-editor");
        type.setLabel("Type");
        type.setItems(QuoteType.values());
        type.setItemLabelGenerator(QuoteType::label);
        reason.setWidthFull();
        reason.setRequired(true);
        spanPreview.addClassName("vb-selection");
        NativeLabel spanLabel = new NativeLabel("Span");
        spanLabel.addClassName("vb-field-label");
        Button saveButton = new Button("Save correction", e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        HorizontalLayout buttons = new HorizontalLayout(saveButton, cancel);
        buttons.setWrap(true);
        add(new H3("Correct"), spanLabel, spanPreview, speakerPicker, type, reason, conflictSlot, buttons);
        setVisible(false);
    }

    /** Opens an empty draft for {@code quote}. */
    void start(Quote quote) {
        newSpan = null;
        spanPreview.setText(SPAN_UNCHANGED);
        speakerPicker.reset(quote.getSpeaker());
        type.setValue(quote.getType());
        reason.clear();
        reason.setInvalid(false);
        conflictSlot.removeAll();
        setVisible(true);
        speakerPicker.existing.focus();
    }

    void close() {
        conflictSlot.removeAll();
        setVisible(false);
    }

    void select(QuotePanel.Selection s) {
        newSpan = s;
        spanPreview.setText(s == null ? SPAN_UNCHANGED : "“" + s.text() + "”");
    }

    /** The draft as a correction of {@code quote}; parts left as they are stay {@code null}. */
    Correction correctionOf(Quote quote) {
        boolean speakerChanged = speakerPicker.createsNew() || speakerPicker.none.getValue()
                || !Objects.equals(idOf(speakerPicker.picked()), idOf(quote.getSpeaker()));
        return new Correction(
                newSpan == null ? null : newSpan.start(), newSpan == null ? null : newSpan.end(),
                speakerChanged && speakerPicker.picked() != null ? speakerPicker.picked().getId() : null,
                speakerChanged ? speakerPicker.newSpeaker() : null,
                speakerChanged && speakerPicker.none.getValue(),
                type.getValue() == quote.getType() ? null : type.getValue());
    }

    /** The reason, or {@code null} after marking the field: the audit history needs one. */
    String reasonOrComplain() {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Say why: the audit history keeps it");
            return null;
        }
        return reason.getValue();
    }

    private static Long idOf(Speaker s) {
        return s == null ? null : s.getId();
    }
}

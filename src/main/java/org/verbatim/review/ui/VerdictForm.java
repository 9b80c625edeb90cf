package org.verbatim.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ReviewNotes.Notes;

/**
 * The attribution verdict with its note and sources. Filled from what is recorded (sources included, so that a
 * verdict saved again keeps them); kept as drafted when someone else's change got in the way.
 */
class VerdictForm extends VerticalLayout {

    /** What the fact-checker asks to record. */
    record Draft(Verdict verdict, String note, String sources) {
    }

    final Select<Verdict> verdict = new Select<>();
    final TextArea note = new TextArea("Note");
    final TextArea sources = new TextArea("Source links");
    final Div conflictSlot = new Div();
    private final Button record;

    VerdictForm(java.util.function.Consumer<Draft> onRecord) {
        setPadding(false);
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdict::label);
        note.setWidthFull();
        sources.setPlaceholder("One link per line: recording, transcript, original post");
        sources.setWidthFull();
        record = new Button("Record verdict", e -> {
            if (verdict.getValue() == null) {
                verdict.setInvalid(true);
                verdict.setErrorMessage("Choose a verdict");
                return;
            }
            onRecord.accept(new Draft(verdict.getValue(), note.getValue(), sources.getValue()));
        });
        add(new H3("Verdict"), verdict, note, sources, conflictSlot, record);
    }

    /** Shows what is recorded for {@code quote}. */
    void fill(Quote quote, Notes notes) {
        verdict.setValue(quote.getVerdict());
        verdict.setInvalid(false);
        note.setValue(quote.getVerdictNote() == null ? "" : quote.getVerdictNote());
        sources.setValue(notes.sources() == null ? "" : notes.sources());
        conflictSlot.removeAll();
        enableFor(quote);
    }

    void enableFor(Quote quote) {
        record.setEnabled(quote.getStatus() != ReviewStatus.REJECTED && quote.getStatus() != ReviewStatus.APPROVED);
    }
}

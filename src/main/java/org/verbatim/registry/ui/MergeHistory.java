package org.verbatim.registry.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Formats;
import org.verbatim.base.ui.Notifications;
import org.verbatim.registry.PastMerge;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;

/**
 * The entries merged into a speaker, newest first, each with who merged it, when and why; those who may merge can
 * undo a merge from here (with a reason, for the audit history), which brings the merged entry back.
 */
class MergeHistory extends VerticalLayout {

    private final SpeakerDirectory directory;
    private final SpeakerCuration curation;
    private final boolean curator;
    private final Runnable changed;
    private long speakerId;

    MergeHistory(SpeakerDirectory directory, SpeakerCuration curation, boolean curator, Runnable changed) {
        this.directory = directory;
        this.curation = curation;
        this.curator = curator;
        this.changed = changed;
        setId("merge-history");
        setPadding(false);
        setSpacing(false);
    }

    void show(long speaker) {
        this.speakerId = speaker;
        removeAll();
        List<PastMerge> merges = directory.mergesInto(speaker);
        setVisible(!merges.isEmpty());
        if (merges.isEmpty()) {
            return;
        }
        add(new H3("Merged into this entry"));
        for (PastMerge merge : merges) {
            Div row = new Div(new Span(merge.mergedName() + " · " + merge.quotes()
                    + (merge.quotes() == 1 ? " quote" : " quotes") + " · merged by " + merge.mergedBy() + ", "
                    + Formats.dateTime(merge.mergedAt()) + " · “" + merge.reason() + "” "));
            row.addClassName("vb-past-merge");
            if (merge.undone()) {
                row.add(new Span("· undone by " + merge.undoneBy() + ", " + Formats.dateTime(merge.undoneAt())
                        + " → "));
                row.add(new RouterLink(merge.mergedName(), SpeakerStatementsView.class, merge.restoredId()));
            } else if (curator) {
                Button undo = new Button("Undo…", e -> confirmUndo(merge));
                undo.setId("undo-merge-" + merge.id());
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(undo);
            }
            add(row);
        }
    }

    private void confirmUndo(PastMerge merge) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Undo the merge of " + merge.mergedName());
        TextField reason = new TextField("Reason");
        reason.setId("undo-merge-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("Recorded in the audit history, e.g. “Two people: the minister's namesake”");
        dialog.add(new Span(merge.mergedName() + " comes back as its own entry, with the quotes that moved (those"
                + " attributed elsewhere since stay), and this entry gives back the names it took over."), reason);
        Button confirm = new Button("Undo merge", e -> {
            try {
                SpeakerSummary restored = curation.undoMerge(merge.id(), reason.getValue());
                dialog.close();
                Notifications.success(restored.name() + " is its own entry again, with " + restored.quotes()
                        + (restored.quotes() == 1 ? " quote" : " quotes"));
                show(speakerId);
                changed.run();
            } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        confirm.setId("undo-merge-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }
}

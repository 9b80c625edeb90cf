package org.verbatim.registry.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Notifications;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerCuration.MergeOutcome;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;

/** Merges the selected speaker into another entry for the same speaker: quotes move, names become aliases. */
class MergeDialog extends Dialog {

    final ComboBox<SpeakerSummary> target = new ComboBox<>("Merge into");
    final TextField reason = new TextField("Reason");
    final Paragraph consequence = new Paragraph();
    final Button merge = new Button("Merge");

    MergeDialog(SpeakerDirectory directory, SpeakerCuration curation, SpeakerSummary merged,
                Consumer<MergeOutcome> done) {
        setHeaderTitle("Merge " + merged.name());
        setWidth("36em");
        target.setId("merge-target");
        target.setWidthFull();
        target.setItemLabelGenerator(SpeakerSummary::label);
        target.setItems(query -> directory.speakers(query.getFilter().orElse(""), merged.id(), query.getOffset(),
                query.getLimit()).stream());
        target.addValueChangeListener(e -> describe(merged, e.getValue()));
        reason.setId("merge-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setHelperText("Recorded in the audit history, e.g. “Same person: Wikidata Q42”");
        consequence.addClassName("vb-consequence");
        describe(merged, null);
        add(target, consequence, reason);

        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.addClickListener(e -> {
            SpeakerSummary survivor = target.getValue();
            if (survivor == null) {
                Notifications.error("Choose the speaker to merge into");
                return;
            }
            try {
                MergeOutcome outcome = curation.merge(merged.id(), merged.version(), survivor.id(),
                        survivor.version(), reason.getValue());
                close();
                done.accept(outcome);
            } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }

    private void describe(SpeakerSummary merged, SpeakerSummary survivor) {
        String into = survivor == null ? "the speaker you choose" : survivor.name();
        consequence.setText(merged.quotes() + (merged.quotes() == 1 ? " quote moves" : " quotes move") + " to "
                + into + ", “" + merged.name() + "” and its aliases become aliases of " + into + ", and the entry “"
                + merged.name() + "” is deleted.");
    }
}

package org.verbatim.registry.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Notifications;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDetails;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.speaker.SpeakerKind;

/** Adds a speaker, or corrects one ({@code existing} not null); a change needs a reason for the audit history. */
class SpeakerDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea aliases = new TextArea("Also known as");
    final TextField roleTitle = new TextField("Role");
    final TextField affiliation = new TextField("Affiliation");
    final RadioButtonGroup<SpeakerKind> kind = new RadioButtonGroup<>("Kind");
    final TextField externalId = new TextField("External id");
    final TextField reason = new TextField("Reason for the change");
    final Button save = new Button();

    SpeakerDialog(SpeakerCuration curation, SpeakerSummary existing, Consumer<SpeakerSummary> saved) {
        setHeaderTitle(existing == null ? "New speaker" : "Edit " + existing.name());
        setWidth("40em");
        name.setId("speaker-name");
        name.setRequired(true);
        aliases.setId("speaker-aliases");
        aliases.setHelperText("One name per line");
        roleTitle.setId("speaker-role");
        affiliation.setId("speaker-affiliation");
        kind.setId("speaker-kind");
        kind.setItems(SpeakerKind.values());
        kind.setItemLabelGenerator(SpeakerKind::label);
        kind.setValue(SpeakerKind.PERSON);
        externalId.setId("speaker-external-id");
        externalId.setHelperText("e.g. a Wikidata QID such as Q42");
        externalId.setMaxLength(100);
        reason.setId("speaker-reason");
        reason.setRequired(existing != null);
        reason.setHelperText(existing == null ? "Optional" : "Recorded in the audit history");
        if (existing != null) {
            name.setValue(existing.name());
            aliases.setValue(String.join("\n", existing.aliases()));
            roleTitle.setValue(nullToEmpty(existing.roleTitle()));
            affiliation.setValue(nullToEmpty(existing.affiliation()));
            kind.setValue(existing.kind());
            externalId.setValue(nullToEmpty(existing.externalId()));
        }
        FormLayout form = new FormLayout(name, roleTitle, affiliation, externalId, kind, aliases, reason);
        form.setColspan(aliases, 2);
        form.setColspan(reason, 2);
        add(form);

        save.setText(existing == null ? "Add speaker" : "Save");
        save.setId("speaker-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            SpeakerDetails details = new SpeakerDetails(name.getValue(), lines(aliases.getValue()),
                    roleTitle.getValue(), affiliation.getValue(), kind.getValue(), externalId.getValue());
            try {
                SpeakerSummary result = existing == null ? curation.create(details, reason.getValue())
                        : curation.edit(existing.id(), existing.version(), details, reason.getValue());
                close();
                saved.accept(result);
            } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

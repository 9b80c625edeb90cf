package org.verbatim.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.review.ReviewWorkflow.NewSpeaker;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerFinder;
import org.verbatim.speaker.SpeakerKind;

/** Picks a speaker from the registry by any name or alias, creates a new one, or says there is none. */
class SpeakerPicker extends VerticalLayout {

    final ComboBox<Speaker> existing = new ComboBox<>("Speaker");
    final Checkbox none = new Checkbox("No speaker (e.g. a quoted headline)");
    private final Button createToggle = new Button("New speaker…");
    private final FormLayout newForm = new FormLayout();
    final TextField newName = new TextField("Name");
    final TextField newRole = new TextField("Role or title");
    final TextField newAffiliation = new TextField("Affiliation");
    final Select<SpeakerKind> newKind = new Select<>();

    SpeakerPicker(SpeakerFinder finder) {
        setPadding(false);
        setSpacing(false);
        existing.setItems(query -> finder.matching(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        existing.setItemLabelGenerator(s -> s.getCanonicalName()
                + (s.getRoleTitle() == null ? "" : " — " + s.getRoleTitle())
                + (s.getAffiliation() == null ? "" : " (" + s.getAffiliation() + ")"));
        existing.setWidthFull();
        existing.setPlaceholder("Type a name or alias");
        none.addValueChangeListener(e -> existing.setEnabled(!e.getValue()));
        newKind.setLabel("Kind");
        newKind.setItems(SpeakerKind.values());
        newKind.setItemLabelGenerator(SpeakerKind::label);
        newKind.setValue(SpeakerKind.PERSON);
        newForm.add(newName, newRole, newAffiliation, newKind);
        newForm.setVisible(false);
        createToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        createToggle.addClickListener(e -> {
            newForm.setVisible(!newForm.isVisible());
            existing.setEnabled(!newForm.isVisible());
            createToggle.setText(newForm.isVisible() ? "Pick an existing speaker" : "New speaker…");
        });
        add(existing, createToggle, newForm, none);
    }

    void reset(Speaker current) {
        existing.setValue(current);
        none.setValue(false);
        newForm.setVisible(false);
        existing.setEnabled(true);
        createToggle.setText("New speaker…");
        newName.clear();
        newRole.clear();
        newAffiliation.clear();
        newKind.setValue(SpeakerKind.PERSON);
    }

    boolean createsNew() {
        return newForm.isVisible();
    }

    NewSpeaker newSpeaker() {
        return createsNew() ? new NewSpeaker(newName.getValue(), newRole.getValue(), newAffiliation.getValue(),
                newKind.getValue()) : null;
    }

    Speaker picked() {
        return createsNew() || none.getValue() ? null : existing.getValue();
    }
}

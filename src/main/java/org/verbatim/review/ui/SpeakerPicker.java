package org.verbatim.review.ui;

import java.util.List;

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

/**
 * Picks a speaker from the registry by any name or alias, creates a new one, or says there is none. When nothing in the
 * registry matches what the reviewer typed, it says so and offers to create that speaker (Enter, or the button).
 */
class SpeakerPicker extends VerticalLayout {

    final ComboBox<Speaker> existing = new ComboBox<>("Speaker");
    final Checkbox none = new Checkbox("No speaker (e.g. a quoted headline)");
    private final Button createToggle = new Button("New speaker…");
    private final FormLayout newForm = new FormLayout();
    final TextField newName = new TextField("Name");
    final TextField newRole = new TextField("Role or title");
    final TextField newAffiliation = new TextField("Affiliation");
    final Select<SpeakerKind> newKind = new Select<>();

    private String unmatched;

    SpeakerPicker(SpeakerFinder finder) {
        setPadding(false);
        setSpacing(false);
        existing.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<Speaker> found = finder.matching(typed, query.getOffset(), query.getLimit());
            if (query.getOffset() == 0) {
                noMatchFor(found.isEmpty() && !typed.isBlank() ? typed.strip() : null);
            }
            return found.stream();
        });
        existing.setAllowCustomValue(true);
        existing.addCustomValueSetListener(e -> createNamed(e.getDetail()));
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
            if (!newForm.isVisible() && unmatched != null) {
                createNamed(unmatched);
                return;
            }
            showNewForm(!newForm.isVisible());
        });
        add(existing, createToggle, newForm, none);
    }

    /** What the reviewer typed matches nobody ({@code typed}), or something again ({@code null}). */
    private void noMatchFor(String typed) {
        unmatched = typed;
        existing.setHelperText(typed == null ? null
                : "No speaker matches “" + typed + "” — press Enter or the button below to create it");
        if (!newForm.isVisible()) {
            createToggle.setText(typed == null ? "New speaker…" : "Create “" + typed + "”…");
        }
    }

    private void createNamed(String name) {
        existing.clear();
        newName.setValue(name == null ? "" : name.strip());
        showNewForm(true);
        newRole.focus();
    }

    private void showNewForm(boolean show) {
        newForm.setVisible(show);
        existing.setEnabled(!show);
        existing.setHelperText(null);
        createToggle.setText(show ? "Pick an existing speaker" : "New speaker…");
    }

    void reset(Speaker current) {
        unmatched = null;
        existing.setHelperText(null);
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

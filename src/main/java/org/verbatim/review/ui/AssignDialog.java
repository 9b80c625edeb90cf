package org.verbatim.review.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.verbatim.base.ui.Notifications;
import org.verbatim.review.Assignment;

/** An editor gives an article or a quote to a fact-checker, with a due day if there is one. */
class AssignDialog extends Dialog {

    /** Does the assigning; throws what the use case refuses. */
    interface Assigner {
        void assign(String assignee, LocalDate dueOn);
    }

    final ComboBox<String> assignee = new ComboBox<>("Fact-checker");
    final DatePicker due = new DatePicker("Due (optional)");
    final Button assign;

    AssignDialog(String what, List<String> factCheckers, Assignment current, Assigner assigner, Runnable done) {
        setHeaderTitle("Assign " + what);
        assignee.setItems(factCheckers);
        assignee.setRequired(true);
        assignee.setWidth("18rem");
        due.setClearButtonVisible(true);
        if (current != null) {
            assignee.setValue(current.getAssignee());
            due.setValue(current.getDueOn());
            add(new Paragraph("Now with " + current.getAssignee()
                    + (current.getDueOn() == null ? "" : ", due " + current.getDueOn()) + "."));
        }
        add(assignee, due);
        assign = new Button("Assign", e -> {
            if (assignee.getValue() == null) {
                assignee.setInvalid(true);
                assignee.setErrorMessage("Choose who is to review it");
                return;
            }
            try {
                assigner.assign(assignee.getValue(), due.getValue());
                Notifications.success("Assigned to " + assignee.getValue());
                close();
                done.run();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), assign);
    }
}

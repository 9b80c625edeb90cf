package org.verbatim.security.ui;

import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Notifications;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration;
import org.verbatim.security.UserAdministration.UserSummary;

/** Changes which roles a user holds. */
class RolesDialog extends Dialog {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Button save = new Button("Save roles");

    RolesDialog(UserAdministration administration, UserSummary user, Consumer<UserSummary> saved) {
        setHeaderTitle("Roles of " + user.username());
        roles.setId("edit-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(user.roles());
        add(roles);
        save.setId("save-roles");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                UserSummary changed = administration.changeRoles(user.id(), user.version(), roles.getValue());
                close();
                saved.accept(changed);
            } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}

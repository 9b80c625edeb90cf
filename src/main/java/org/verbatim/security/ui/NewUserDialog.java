package org.verbatim.security.ui;

import java.util.EnumSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.base.ui.Notifications;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration;
import org.verbatim.security.UserAdministration.NewUser;
import org.verbatim.security.UserAdministration.PasswordIssued;

/** Creates an account: user name, display name, one or more roles, and a typed or generated password. */
class NewUserDialog extends Dialog {

    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Display name");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final PasswordChoice password = new PasswordChoice();
    final Button create = new Button("Create user");

    NewUserDialog(UserAdministration administration, Consumer<PasswordIssued> created) {
        setHeaderTitle("New user");
        username.setId("new-username");
        username.setRequired(true);
        username.setHelperText("Letters, digits, dots, dashes, underscores or @; used to sign in");
        displayName.setId("new-display-name");
        roles.setId("new-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(Role::label);
        roles.setValue(EnumSet.of(Role.FACT_CHECKER));
        FormLayout form = new FormLayout(username, displayName, roles, password);
        form.setColspan(roles, 2);
        form.setColspan(password, 2);
        add(form);

        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                PasswordIssued issued = administration.create(new NewUser(username.getValue(),
                        displayName.getValue(), roles.getValue(), password.typedOrNull()));
                close();
                created.accept(issued);
            } catch (IllegalArgumentException | IllegalStateException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}

package org.verbatim.security.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Notifications;
import org.verbatim.security.UserAdministration;
import org.verbatim.security.UserAdministration.PasswordIssued;
import org.verbatim.security.UserAdministration.UserSummary;

/** Gives a user a new password, typed by the administrator or generated. */
class ResetPasswordDialog extends Dialog {

    final PasswordChoice password = new PasswordChoice();
    final Button reset = new Button("Reset password");

    ResetPasswordDialog(UserAdministration administration, UserSummary user, Consumer<PasswordIssued> done) {
        setHeaderTitle("New password for " + user.username());
        add(password);
        reset.setId("reset-password");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(e -> {
            try {
                PasswordIssued issued = administration.resetPassword(user.id(), user.version(),
                        password.typedOrNull());
                close();
                done.accept(issued);
            } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), reset);
    }
}

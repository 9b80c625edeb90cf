package org.verbatim.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a generated password once, read-only so that it can be copied; it is not stored in clear anywhere. */
class IssuedPasswordDialog extends Dialog {

    IssuedPasswordDialog(String username, String password) {
        setHeaderTitle("Password for " + username);
        addClassName("vb-issued-password");
        setCloseOnOutsideClick(false);
        TextField shown = new TextField("Password");
        shown.setId("issued-password");
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.addClassName("vb-mono");
        add(new Paragraph("Give this password to " + username + " in person or by a separate channel. "
                + "It is shown only now."), shown);
        Button done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}

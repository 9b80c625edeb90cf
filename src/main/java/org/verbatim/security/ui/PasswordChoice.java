package org.verbatim.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;

/** Generate a password (the default), or type one of at least 12 characters. */
class PasswordChoice extends VerticalLayout {

    final Checkbox generate = new Checkbox("Generate a password and show it once", true);
    final PasswordField password = new PasswordField("Password");

    PasswordChoice() {
        setPadding(false);
        setSpacing(false);
        password.setId("password");
        password.setHelperText("At least 12 characters");
        password.setMinLength(12);
        password.setWidthFull();
        password.setVisible(false);
        generate.setId("generate-password");
        generate.addValueChangeListener(e -> password.setVisible(!e.getValue()));
        add(generate, password);
    }

    /** The typed password, or {@code null} for a generated one. */
    String typedOrNull() {
        return generate.getValue() ? null : password.getValue();
    }
}

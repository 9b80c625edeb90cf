package org.verbatim.review.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks why, before a change that the audit history must explain. The reason is required. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");

    ReasonDialog(String title, String explanation, String confirmLabel, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        reason.setWidth("28rem");
        reason.setRequired(true);
        reason.setPlaceholder("Goes into the audit history");
        add(new Paragraph(explanation), reason);
        Button confirm = new Button(confirmLabel, e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why: the audit history keeps it");
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}

package org.verbatim.security.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.security.ApiTokens;
import org.verbatim.security.ApiTokens.TokenSummary;

/** A signed-in user's personal tokens for the REST API: create one (its secret is shown once), revoke any. */
@Route("api-tokens")
@PageTitle("API tokens · Verbatim")
@Menu(order = 90, title = "API tokens", icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final ApiTokens tokens;
    private final Grid<TokenSummary> grid = new Grid<>();
    private final TextField name = new TextField("New token's name");

    public ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("vb-api-tokens");
        setSizeFull();
        Paragraph help = new Paragraph("Scripts and other programs use the REST API (/api, described at /api/docs) with"
                + " a personal token sent as “Authorization: Bearer …”. A token acts as you, with your roles. It is"
                + " shown once when created; revoke it when it is no longer needed or may have leaked.");
        name.setPlaceholder("e.g. nightly export");
        name.setMaxLength(100);
        Button create = new Button("Create token", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(TokenSummary::name).setHeader("Name").setFlexGrow(2).setKey("name");
        grid.addColumn(TokenSummary::prefix).setHeader("Token").setFlexGrow(1);
        grid.addColumn(t -> when(t.createdAt())).setHeader("Created").setFlexGrow(1);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : when(t.lastUsedAt())).setHeader("Last used")
                .setFlexGrow(1);
        grid.addComponentColumn(t -> {
            if (!t.active()) {
                return new Paragraph("revoked " + when(t.revokedAt()));
            }
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                Notification.show("Token “" + t.name() + "” revoked");
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader("").setFlexGrow(1).setKey("revoke");
        add(new H2("API tokens"), help, form, grid);
        refresh();
    }

    private void create() {
        try {
            ApiTokens.CreatedToken created = tokens.create(name.getValue());
            name.clear();
            refresh();
            showOnce(created);
        } catch (IllegalArgumentException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
        }
    }

    private void showOnce(ApiTokens.CreatedToken created) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Token “" + created.token().name() + "” created");
        TextField secret = new TextField("Copy it now: it is not shown again");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("vb-token-secret");
        dialog.add(secret);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.setWidth("40em");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static String when(TemporalAccessor t) {
        return t == null ? "" : WHEN.format(t);
    }
}

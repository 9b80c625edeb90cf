package org.verbatim.security.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;
import org.verbatim.base.ui.Formats;
import org.verbatim.base.ui.Notifications;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration;
import org.verbatim.security.UserAdministration.PasswordIssued;
import org.verbatim.security.UserAdministration.UserSummary;

/**
 * Administrators manage accounts here: create, change roles, disable or enable, reset passwords. The rules (nobody
 * locks themselves out, the last administrator stays) are the use case's; this view reports them.
 */
@Route("admin/users")
@PageTitle("Users · Verbatim")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    private final UserAdministration administration;
    private final Grid<UserSummary> grid = new Grid<>();
    private final Button newUser = new Button("New user", VaadinIcon.PLUS.create());
    private final Button changeRoles = new Button("Change roles…");
    private final Button toggleEnabled = new Button("Disable");
    private final Button resetPassword = new Button("Reset password…");

    public UsersView(UserAdministration administration) {
        this.administration = administration;
        setSizeFull();
        addClassName("vb-users");

        grid.setId("users");
        grid.addColumn(UserSummary::username).setHeader("User name").setKey("username").setFlexGrow(1);
        grid.addColumn(UserSummary::displayName).setHeader("Display name").setKey("displayName").setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setKey("roles").setFlexGrow(2);
        grid.addComponentColumn(u -> {
            Span badge = new Span(u.enabled() ? "enabled" : "disabled");
            badge.addClassNames("vb-account", u.enabled() ? "vb-account-enabled" : "vb-account-disabled");
            return badge;
        }).setHeader("Status").setKey("status").setFlexGrow(0).setWidth("8em");
        grid.addColumn(u -> Formats.dateTime(u.createdAt())).setHeader("Created").setFlexGrow(0).setWidth("14em");
        grid.addColumn(u -> Formats.dateTime(u.passwordChangedAt())).setHeader("Password set")
                .setFlexGrow(0).setWidth("14em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> updateActions(e.getValue()));

        newUser.setId("new-user");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(e -> new NewUserDialog(administration, this::created).open());
        changeRoles.setId("change-roles");
        changeRoles.addClickListener(e -> selected(u -> new RolesDialog(administration, u, changed -> {
            Notifications.success("Roles of " + changed.username() + " saved");
            refresh(changed);
        }).open()));
        toggleEnabled.setId("toggle-enabled");
        toggleEnabled.addClickListener(e -> selected(this::toggleEnabled));
        resetPassword.setId("reset-password-open");
        resetPassword.addClickListener(e -> selected(u -> new ResetPasswordDialog(administration, u, issued -> {
            if (issued.generated()) {
                new IssuedPasswordDialog(issued.user().username(), issued.generatedPassword()).open();
            } else {
                Notifications.success("Password of " + issued.user().username() + " changed");
            }
            refresh(issued.user());
        }).open()));

        HorizontalLayout actions = new HorizontalLayout(newUser, changeRoles, toggleEnabled, resetPassword);
        actions.addClassName("vb-toolbar");
        add(new H2("Users"), actions, grid);
        expand(grid);
        refresh(null);
    }

    private void created(PasswordIssued issued) {
        if (issued.generated()) {
            new IssuedPasswordDialog(issued.user().username(), issued.generatedPassword()).open();
        } else {
            Notifications.success("User " + issued.user().username() + " created");
        }
        refresh(issued.user());
    }

    private void toggleEnabled(UserSummary user) {
        try {
            UserSummary changed = user.enabled() ? administration.disable(user.id(), user.version())
                    : administration.enable(user.id(), user.version());
            Notifications.success(changed.username() + (changed.enabled() ? " can sign in again" : " is disabled"));
            refresh(changed);
        } catch (IllegalArgumentException | IllegalStateException | OptimisticLockingFailureException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void selected(java.util.function.Consumer<UserSummary> action) {
        UserSummary user = grid.asSingleSelect().getValue();
        if (user != null) {
            action.accept(user);
        }
    }

    /** Reloads the list, keeping {@code select} (or nothing) selected. */
    private void refresh(UserSummary select) {
        var all = administration.users();
        grid.setItems(all);
        UserSummary again = select == null ? null
                : all.stream().filter(u -> u.id() == select.id()).findFirst().orElse(null);
        grid.asSingleSelect().setValue(again);
        updateActions(again);
    }

    private void updateActions(UserSummary user) {
        boolean some = user != null;
        changeRoles.setEnabled(some);
        toggleEnabled.setEnabled(some);
        resetPassword.setEnabled(some);
        toggleEnabled.setText(some && !user.enabled() ? "Enable" : "Disable");
    }
}

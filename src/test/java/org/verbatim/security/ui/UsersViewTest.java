package org.verbatim.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.verbatim.base.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration.UserSummary;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class UsersViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_sees_the_accounts_with_their_roles() {
        navigate(UsersView.class);
        var grid = test(usersGrid());
        List<String> names = rows().stream().map(UserSummary::username).toList();
        assertThat(names).contains("admin");
        int admin = names.indexOf("admin");
        assertThat(grid.getCellText(admin, grid.getColumnPosition("roles"))).contains("Administrator");
    }

    @Test
    @WithMockUser(username = "fiona", roles = {"FACT_CHECKER", "EDITOR", "AUDITOR"})
    void everyone_but_an_administrator_is_refused_the_users_view() {
        // Vaadin's navigation access control answers "not found", so the view's existence is not revealed
        assertThatThrownBy(() -> navigate(UsersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class).isNotInstanceOf(UsersView.class);
        assertThat($(UsersView.class).all()).isEmpty();
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_creates_a_user_through_the_form_and_sees_the_password_once() {
        String name = "nadia-" + Long.toString(System.nanoTime(), 36);
        navigate(UsersView.class);

        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("new-username")).setValue(name);
        test($(TextField.class).id("new-display-name")).setValue("Nadia Q.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).id("new-roles");
        test(roles).selectItem(Role.EDITOR.label());
        assertThat($(Checkbox.class).id("generate-password").getValue()).isTrue();
        test($(Button.class).id("create-user")).click();

        String shown = $(TextField.class).id("issued-password").getValue();
        assertThat(shown).hasSizeGreaterThanOrEqualTo(12);
        UserSummary created = rows().stream().filter(u -> u.username().equals(name)).findFirst()
                .orElseThrow();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.FACT_CHECKER, Role.EDITOR);
        assertThat(created.displayName()).isEqualTo("Nadia Q.");

        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, shown))
                .isAuthenticated()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_disables_the_selected_user() {
        String name = "oscar-" + Long.toString(System.nanoTime(), 36);
        navigate(UsersView.class);
        test($(Button.class).id("new-user")).click();
        test($(TextField.class).id("new-username")).setValue(name);
        test($(Button.class).id("create-user")).click();
        test($(Button.class).withText("Done").first()).click();

        int row = rows().stream().map(UserSummary::username).toList().indexOf(name);
        test(usersGrid()).select(row);
        Button toggle = $(Button.class).id("toggle-enabled");
        assertThat(toggle.getText()).isEqualTo("Disable");
        test(toggle).click();

        UserSummary after = rows().stream().filter(u -> u.username().equals(name)).findFirst().orElseThrow();
        assertThat(after.enabled()).isFalse();
        assertThat(toggle.getText()).isEqualTo("Enable");
        assertThat(userDetails.loadUserByUsername(name).isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private Grid<UserSummary> usersGrid() {
        return $(Grid.class).id("users");
    }

    private List<UserSummary> rows() {
        var tester = test(usersGrid());
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}

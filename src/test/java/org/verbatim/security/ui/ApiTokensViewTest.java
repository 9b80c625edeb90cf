package org.verbatim.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.security.ApiTokens;
import org.verbatim.security.Role;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(classes = ApiTokensView.class)
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @BeforeEach
    void account() {
        users.create("tina", Role.FACT_CHECKER);
    }

    @Test
    @WithMockUser(username = "tina", roles = "FACT_CHECKER")
    void a_user_creates_a_token_sees_its_secret_once_and_revokes_it() {
        navigate(ApiTokensView.class);
        test($(TextField.class).withCaption("New token's name").single()).setValue("nightly export");
        test($(Button.class).withText("Create token").single()).click();

        TextField secret = $(TextField.class).withClassName("vb-token-secret").single();
        assertThat(secret.getValue()).startsWith("vbt_").hasSizeGreaterThan(40);
        @SuppressWarnings("unchecked")
        Grid<ApiTokens.TokenSummary> grid = $(Grid.class).single();
        var row = test(grid);
        assertThat(row.size()).isGreaterThanOrEqualTo(1);
        assertThat(row.getCellText(0, 0)).isEqualTo("nightly export");
        assertThat(row.getCellText(0, 1)).endsWith("…").doesNotContain(secret.getValue());

        $(com.vaadin.flow.component.dialog.Dialog.class).single().close();
        test((Button) row.getCellComponent(0, "revoke")).click();
        assertThat(test($(Grid.class).single()).getCellComponent(0, "revoke")).isNotInstanceOf(Button.class);
    }
}

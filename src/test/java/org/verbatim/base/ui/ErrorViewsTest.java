package org.verbatim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.review.ui.ApprovalView;
import org.verbatim.review.ui.ArticleReaderView;
import org.verbatim.support.VerbatimIntegrationTest;

/** Missing and forbidden pages are views of their own, inside the frame with its navigation. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ErrorViewsTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void an_unknown_address_shows_not_found_inside_the_layout() {
        NotFoundView view = navigate("no-such-page/at-all", NotFoundView.class);

        assertThat(view.getElement().getAttribute("data-status")).isEqualTo("404");
        assertThat(view.getElement().getTextRecursively()).contains("Nothing here")
                .contains("You asked for /no-such-page/at-all");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(target -> assertThat(target).isInstanceOf(MainLayout.class));
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Articles");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_screen_the_role_does_not_open_says_so_inside_the_layout() {
        try {
            navigate(ApprovalView.class);
        } catch (IllegalArgumentException | IllegalStateException | AssertionError expected) {
            // the test helper complains that it did not land on the approvals: that is the point
        }
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        AccessDeniedView view = (AccessDeniedView) getCurrentView();
        assertThat(view.getElement().getAttribute("data-status")).isEqualTo("403");
        assertThat(view.getElement().getTextRecursively()).contains("Not for your role").contains("/approvals");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(target -> assertThat(target).isInstanceOf(MainLayout.class));
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void an_article_that_does_not_exist_is_not_found_with_the_reason() {
        try {
            navigate(ArticleReaderView.class, Map.of("articleId", "987654321"));
        } catch (IllegalArgumentException | IllegalStateException | AssertionError expected) {
            // rerouted to the error view
        }
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(((NotFoundView) getCurrentView()).getElement().getTextRecursively())
                .contains("There is no such article");
    }
}

package org.verbatim.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ArticlesViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_signed_in_user_sees_the_demo_articles_and_their_quotes() {
        navigate(ArticlesView.class);
        @SuppressWarnings("unchecked")
        Grid<org.verbatim.quote.ArticleCatalog.ArticleSummary> articles = $(Grid.class).first();
        var grid = test(articles);
        assertThat(grid.size()).isGreaterThanOrEqualTo(5);

        grid.select(0);
        @SuppressWarnings("unchecked")
        Grid<org.verbatim.quote.Quote> quotes = $(Grid.class).all().get(1);
        assertThat(test(quotes).size()).isGreaterThan(0);
    }
}

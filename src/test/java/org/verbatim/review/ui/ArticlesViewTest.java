package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ArticlesViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_signed_in_user_sees_the_demo_articles_with_their_progress() {
        ArticlesView view = navigate(ArticlesView.class);
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(5);
        assertThat(grid.getCellText(0, 3)).matches("\\d+ pending / \\d+ done");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void searching_narrows_the_list_and_a_click_opens_the_reader() {
        var story = articles.harbourStory();
        ArticlesView view = navigate(ArticlesView.class);
        String marker = story.text().replaceAll("(?s).*Portvale (\\S+)\\..*", "$1");

        test(view.search).setValue("harbour-" + marker);
        assertThat(test(view.grid).size()).isEqualTo(1);

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ArticleReaderView.class);
        assertThat(((ArticleReaderView) getCurrentView()).quotes()).hasSameSizeAs(story.quotes());
    }
}

package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.presence.QuotePresence;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class QuotePresenceViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    QuotePresence presence;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_panel_says_who_else_has_the_quote_open_and_closing_it_leaves() {
        String m = Long.toString(System.nanoTime(), 36);
        RunAs fiona = RunAs.user("pv-fiona-" + m, Role.FACT_CHECKER);
        RunAs erin = RunAs.user("pv-erin-" + m, Role.EDITOR);
        fiona.signIn();
        var story = articles.harbourStory();
        long first = story.quotes().getFirst().getId();
        long second = story.quotes().get(1).getId();
        erin.run(() -> presence.beat(first));      // erin has it open, perhaps on another node

        ArticleReaderView view = navigate(ArticleReaderView.class,
                Map.of("articleId", String.valueOf(story.articleId())));
        view.select(first);
        assertThat(view.panel().others().isVisible()).isTrue();
        assertThat(view.panel().others().getText()).isEqualTo("Also open now: pv-erin-" + m);
        assertThat(erin.call(() -> presence.beat(first))).as("erin sees fiona").containsExactly("pv-fiona-" + m);

        view.select(second);
        assertThat(view.panel().others().isVisible()).isFalse();
        assertThat(erin.call(() -> presence.beat(first))).as("fiona moved on").isEmpty();
        assertThat(erin.call(() -> presence.beat(second))).containsExactly("pv-fiona-" + m);

        view.panel().close();
        assertThat(erin.call(() -> presence.beat(second))).as("closed").isEmpty();
    }
}

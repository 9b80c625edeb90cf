package org.verbatim.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.review.Assignments;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.review.ui.ApprovalView;
import org.verbatim.review.ui.ReviewQueueView;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    Assignments assignments;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    Clock clock;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_role_starts_from_its_own_counts_and_each_count_opens_its_list() {
        String m = Long.toString(System.nanoTime(), 36);
        String fiona = users.create("hv-fiona-" + m, Role.FACT_CHECKER).getUsername();
        String erin = "hv-erin-" + m;
        RunAs checker = RunAs.user(fiona, Role.FACT_CHECKER);
        RunAs editor = RunAs.user(erin, Role.EDITOR);
        var assigned = checker.call(() -> articles.harbourStory());
        var reviewed = checker.call(() -> articles.harbourStory());
        editor.run(() -> assignments.assignArticle(assigned.articleId(), fiona, LocalDate.now(clock).minusDays(2)));
        long returned = reviewed.quotes().get(0).getId();
        long waiting = reviewed.quotes().get(1).getId();
        checker.run(() -> workflow.confirm(returned, version(returned)));
        checker.run(() -> workflow.confirm(waiting, version(waiting)));
        editor.run(() -> workflow.returnForReview(returned, version(returned), "Which recording?"));

        RunAs.user(fiona, Role.FACT_CHECKER).signIn();
        navigate(HomeView.class);
        assertThat(count("vb-count-assigned")).isEqualTo("1 assigned to me, 1 overdue");
        assertThat(href("vb-count-assigned")).isEqualTo("my-work");
        assertThat(count("vb-count-returned")).isEqualTo("1 returned to me");
        assertThat(href("vb-count-returned")).isEqualTo("queue?mine");
        assertThat($(Anchor.class).withClassName("vb-overdue").first().getHref())
                .isEqualTo("articles/" + assigned.articleId());
        assertThat($(Anchor.class).withClassName("vb-count-waiting").all()).as("approvals are editors' work")
                .isEmpty();
        com.vaadin.flow.component.UI.getCurrent().navigate(ReviewQueueView.class,
                com.vaadin.flow.router.QueryParameters.of("mine", ""));
        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).first().getValue())
                .as("the link opens the queue at my own quotes").isTrue();

        RunAs.user(erin, Role.EDITOR).signIn();
        navigate(HomeView.class);
        assertThat(count("vb-count-waiting")).contains("waiting for approval, oldest reviewed");
        assertThat(href("vb-count-waiting")).isEqualTo("approvals");
        String before = $(Span.class).withClassName("vb-throughput-total").first().getText();
        editor.run(() -> workflow.approve(waiting, version(waiting)));
        navigate(ApprovalView.class);    // away and back: the home screen is made anew
        navigate(HomeView.class);
        String after = $(Span.class).withClassName("vb-throughput-total").first().getText();
        assertThat(approved(after)).as("the approval counts in the last 7 days").isEqualTo(approved(before) + 1);
        assertThat($(Anchor.class).withClassName("vb-count-assigned").all()).isEmpty();

        RunAs.user("hv-audrey-" + m, Role.AUDITOR).signIn();
        navigate(org.verbatim.review.ui.ArticlesView.class);
        navigate(HomeView.class);
        assertThat(href("vb-count-changes")).isEqualTo("history");
        Anchor latest = $(Anchor.class).withClassName("vb-home-item").first();
        assertThat(latest.getText()).contains(erin).contains("Approved");
        assertThat(latest.getHref()).isEqualTo("history/quote/" + waiting);
    }

    private String count(String className) {
        return $(Anchor.class).withClassName(className).first().getElement().getTextRecursively();
    }

    private String href(String className) {
        return $(Anchor.class).withClassName(className).first().getHref();
    }

    private static long approved(String total) {
        return Long.parseLong(total.replaceAll(".* reviewed, (\\d+) approved.*", "$1"));
    }

    private long version(long quoteId) {
        return quotes.findById(quoteId).orElseThrow().getVersion();
    }
}

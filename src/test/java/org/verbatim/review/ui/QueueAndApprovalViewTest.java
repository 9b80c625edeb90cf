package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import com.vaadin.flow.component.html.Anchor;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class QueueAndApprovalViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void the_queue_lists_pending_quotes_least_certain_first_and_assigns_to_me() {
        var story = articles.harbourStory();
        ReviewQueueView view = navigate(ReviewQueueView.class);
        var all = view.grid.getGenericDataView().getItems().toList();
        assertThat(all).isNotEmpty();
        assertThat(all.stream().filter(q -> !q.returned()).toList())
                .extracting(q -> q.confidence() == null ? 0 : q.confidence()).isSorted();

        test(view.article).selectItem(view.article.getListDataView().getItems()
                .filter(a -> a.id() == story.articleId()).findFirst().orElseThrow().title());
        var mine = view.grid.getGenericDataView().getItems().toList();
        assertThat(mine).extracting(QueueItem::articleId).containsOnly(story.articleId());

        test((Button) test(view.grid).getCellComponent(0, 5)).click();
        test(view.onlyMine).click();
        assertThat(view.grid.getGenericDataView().getItems().toList())
                .isNotEmpty().allSatisfy(q -> assertThat(q.assignedTo()).isEqualTo("fiona"));
    }

    @Test
    @WithMockUser(username = "erin", roles = {"FACT_CHECKER", "EDITOR"})
    void an_editor_approves_another_reviewers_quote_but_not_their_own() {
        var story = articles.harbourStory();
        var first = story.quotes().get(0);
        var second = story.quotes().get(1);
        workflow.confirm(first.getId(), first.getVersion());                    // erin's own review
        actAs("fiona", "ROLE_FACT_CHECKER", () -> workflow.confirm(second.getId(), second.getVersion()));

        ApprovalView view = navigate(ApprovalView.class);
        var rows = view.grid.getGenericDataView().getItems().toList();
        QueueItem own = rows.get(indexOf(rows, first.getId()));
        QueueItem others = rows.get(indexOf(rows, second.getId()));
        assertThat(view.actions.getValueProviders().get("own").apply(own)).isEqualTo(true);
        assertThat(view.actions.getValueProviders().get("own").apply(others)).isEqualTo(false);

        // what a row's Approve button sends from the browser: one's own review is refused
        ComponentUtil.fireEvent(view.grid, new ApprovalView.QuoteAction(view.grid, true, "approve", first.getId()));
        // typed into the search and clicked in one round trip: the rows re-render before the click arrives
        view.search.setValue(second.getText().substring(0, 20));
        ComponentUtil.fireEvent(view.grid, new ApprovalView.QuoteAction(view.grid, true, "approve", second.getId()));
        assertThat(quotes.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(quotes.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_auditor_cannot_open_the_queue_or_the_approvals() {
        assertThatThrownBy(() -> navigate(ReviewQueueView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(ReviewQueueView.class);
        assertThatThrownBy(() -> navigate(ApprovalView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(ApprovalView.class);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_fact_checker_cannot_open_the_approvals_and_the_menu_does_not_offer_them() {
        assertThatThrownBy(() -> navigate(ApprovalView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(ApprovalView.class);
        navigate(ArticlesView.class);
        assertThat($(com.vaadin.flow.component.sidenav.SideNavItem.class).all())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Articles", "Review queue").doesNotContain("Approvals");
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void only_mine_lists_a_quote_an_editor_returned_first_with_the_editors_comment() {
        var story = articles.harbourStory();
        var first = story.quotes().get(1);
        var confirmed = workflow.confirm(first.getId(), first.getVersion());
        RunAs.user("erin", Role.EDITOR).call(() -> workflow.returnForReview(first.getId(), confirmed.getVersion(),
                "Who is 'he'? Brell or his deputy?"));

        ReviewQueueView view = navigate(ReviewQueueView.class);
        test(view.onlyMine).click();
        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows.getFirst().quoteId()).as("returned work first").isEqualTo(first.getId());
        assertThat(rows.getFirst().returned()).isTrue();
        assertThat(rows.getFirst().returnedBy()).isEqualTo("erin");
        String cell = test(view.grid).getCellComponent(0, 2).getElement().getTextRecursively();
        assertThat(cell).contains("Returned").contains("by erin: Who is 'he'? Brell or his deputy?");
    }

    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void approvals_show_the_verdict_its_note_and_its_sources_as_links() {
        var story = articles.harbourStory();
        var first = story.quotes().getFirst();
        RunAs.user("fiona", Role.FACT_CHECKER).call(() -> workflow.recordVerdict(first.getId(), first.getVersion(),
                org.verbatim.quote.Verdict.ACCURATE, "Matches the minister's transcript",
                "https://gov.example/transcript\nfile:///etc/passwd"));

        ApprovalView view = navigate(ApprovalView.class);
        int row = indexOf(view.grid.getGenericDataView().getItems().toList(), first.getId());
        var evidence = test(view.grid).getCellComponent(row, 2);
        assertThat(evidence.getElement().getTextRecursively()).contains("Confirmed · Accurate")
                .contains("Matches the minister's transcript").contains("file:///etc/passwd");
        assertThat($(Anchor.class, evidence).all()).extracting(Anchor::getHref)
                .containsExactly("https://gov.example/transcript");
    }

    @Test
    @WithMockUser(username = "erin", roles = {"FACT_CHECKER", "EDITOR"})
    void bulk_approve_approves_the_selected_and_lists_the_refused_with_why() {
        var story = articles.harbourStory();
        var first = story.quotes().get(0);
        var second = story.quotes().get(1);
        workflow.confirm(first.getId(), first.getVersion());                    // erin's own review
        actAs("fiona", "ROLE_FACT_CHECKER", () -> workflow.confirm(second.getId(), second.getVersion()));
        var elsewhere = articles.harbourStory().quotes().get(0);               // waiting, but not in the search
        actAs("fiona", "ROLE_FACT_CHECKER", () -> workflow.confirm(elsewhere.getId(), elsewhere.getVersion()));
        String marker = story.text().substring(story.text().indexOf("Portvale ") + 9, story.text().indexOf(".\n"));

        ApprovalView view = navigate(ApprovalView.class);
        test(view.search).setValue(marker);
        assertThat(view.grid.getGenericDataView().getItems().toList()).extracting(QueueItem::quoteId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(view.count.getText()).matches("2 of \\d+ waiting shown");
        assertThat(view.approveSelected.isEnabled()).isFalse();

        view.grid.asMultiSelect().select(view.grid.getGenericDataView().getItems().toList());
        assertThat(view.approveSelected.getText()).isEqualTo("Approve 2 selected");
        test(view.approveSelected).click();

        assertThat(quotes.findById(second.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(quotes.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(view.outcome.getElement().getTextRecursively()).contains("1 not approved:")
                .contains("You reviewed this quote yourself").contains(first.getText().substring(0, 20));
        assertThat(view.grid.getGenericDataView().getItems().toList()).extracting(QueueItem::quoteId)
                .containsExactly(first.getId());
    }

    @Test
    @WithMockUser(username = "erin", roles = {"FACT_CHECKER", "EDITOR"})
    void approvals_narrow_to_a_reviewer_and_hide_ones_own_reviews() {
        var story = articles.harbourStory();
        var first = story.quotes().get(0);
        var second = story.quotes().get(1);
        workflow.confirm(first.getId(), first.getVersion());
        actAs("fiona", "ROLE_FACT_CHECKER", () -> workflow.confirm(second.getId(), second.getVersion()));

        ApprovalView view = navigate(ApprovalView.class);
        test(view.reviewer).selectItem("fiona");
        assertThat(view.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.reviewedBy()).isEqualTo("fiona"))
                .extracting(QueueItem::quoteId).contains(second.getId()).doesNotContain(first.getId());
        view.reviewer.clear();
        test(view.hideOwn).click();
        assertThat(view.grid.getGenericDataView().getItems().toList()).extracting(QueueItem::reviewedBy)
                .doesNotContain("erin");
    }

    private static int indexOf(java.util.List<QueueItem> rows, long quoteId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quoteId() == quoteId) {
                return i;
            }
        }
        throw new AssertionError("quote " + quoteId + " not in the approval list");
    }

    private static void actAs(String user, String role, Runnable work) {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, "x",
                AuthorityUtils.createAuthorityList(role)));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }
}

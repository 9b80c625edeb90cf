package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.comment.ui.CommentThread;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class QuoteCommentsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    ReviewWorkflow workflow;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_fact_checker_asks_on_the_panel_and_the_editor_reads_it_in_approvals() {
        String m = Long.toString(System.nanoTime(), 36);
        String fiona = users.create("cv-fiona-" + m, Role.FACT_CHECKER).getUsername();
        String erin = users.create("cv-erin-" + m, Role.EDITOR).getUsername();
        RunAs.user(fiona, Role.FACT_CHECKER).signIn();
        var story = articles.harbourStory();
        var first = story.quotes().getFirst();
        workflow.confirm(first.getId(), first.getVersion());

        ArticleReaderView reader = navigate(ArticleReaderView.class,
                Map.of("articleId", String.valueOf(story.articleId())));
        reader.select(first.getId());
        CommentThread thread = $(CommentThread.class).single();
        assertThat(thread.getElement().getTextRecursively()).contains("No comments yet.");
        test($(TextArea.class, thread).single()).setValue("@" + erin + " the minister said it twice; which one?");
        test($(Button.class, thread).withText("Comment").single()).click();
        assertThat(thread.getElement().getTextRecursively()).contains(fiona + " · ")
                .contains("the minister said it twice; which one?").doesNotContain("No comments yet.");
        assertThat($(TextArea.class, thread).single().getValue()).as("the box is empty again").isEmpty();

        RunAs.user(erin, Role.EDITOR).signIn();
        ApprovalView approvals = navigate(ApprovalView.class);
        var rows = approvals.grid.getGenericDataView().getItems().map(QueueItem::quoteId).toList();
        int row = rows.indexOf(first.getId());
        assertThat(row).isNotNegative();
        String evidence = test(approvals.grid).getCellComponent(row, 2).getElement().getTextRecursively();
        assertThat(evidence).contains(fiona).contains("@" + erin).contains("which one?");
    }

    @Test
    void an_auditor_reads_the_thread_but_has_no_box_to_write_in() {
        String m = Long.toString(System.nanoTime(), 36);
        RunAs.user("cv-fiona-" + m, Role.FACT_CHECKER).signIn();
        var story = articles.harbourStory();
        RunAs.user("cv-audrey-" + m, Role.AUDITOR).signIn();
        ArticleReaderView reader = navigate(ArticleReaderView.class,
                Map.of("articleId", String.valueOf(story.articleId())));
        reader.select(story.quotes().getFirst().getId());
        CommentThread thread = $(CommentThread.class).single();
        assertThat($(TextArea.class, thread).all()).isEmpty();
        assertThat($(Button.class, thread).all()).isEmpty();
    }
}

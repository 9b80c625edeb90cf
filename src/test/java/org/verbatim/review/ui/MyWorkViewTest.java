package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.review.Assignments;
import org.verbatim.review.Assignments.WorkItem;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class MyWorkViewTest extends SpringBrowserlessTest {

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    Assignments assignments;

    @Autowired
    Clock clock;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_editor_assigns_an_article_from_the_list_and_the_fact_checker_finds_it_overdue_first_in_my_work() {
        String m = Long.toString(System.nanoTime(), 36);
        String fiona = users.create("mw-fiona-" + m, Role.FACT_CHECKER).getUsername();
        var late = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        var later = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);

        RunAs.user("mw-erin-" + m, Role.EDITOR).signIn();
        ArticlesView list = navigate(ArticlesView.class);
        list.search.setValue(later.text().split("Portvale ")[1].split("\\.")[0]);
        int row = indexOf(list, later.articleId());
        test((Button) test(list.grid).getCellComponent(row, "assign")).click();
        AssignDialog dialog = $(AssignDialog.class).first();
        test(dialog.assignee).selectItem(fiona);
        test(dialog.assign).click();
        RunAs.user("mw-erin-" + m, Role.EDITOR).run(() -> assignments.assignArticle(late.articleId(), fiona,
                yesterday));

        RunAs.user(fiona, Role.FACT_CHECKER).signIn();
        MyWorkView view = navigate(MyWorkView.class);
        List<WorkItem> rows = view.shownMine();
        assertThat(rows).extracting(WorkItem::articleId).containsExactly(late.articleId(), later.articleId());
        assertThat(test(view.mine).getCellComponent(0, 0).getElement().getText()).endsWith("overdue");
        assertThat(view.everyone.isAttached()).as("only editors see everyone's").isFalse();

        test(view.mine).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ArticleReaderView.class);
        navigate(ArticlesView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getText)
                .as("the home screen says what waits").contains("2 assignments wait for you, 1 overdue");
    }

    @Test
    void an_editor_sees_every_open_assignment_and_withdraws_one() {
        String m = Long.toString(System.nanoTime(), 36);
        String fiona = users.create("mw-fiona-" + m, Role.FACT_CHECKER).getUsername();
        var story = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        RunAs.user("mw-erin-" + m, Role.EDITOR).run(() -> assignments.assignArticle(story.articleId(), fiona, null));

        RunAs.user("mw-erin-" + m, Role.EDITOR).signIn();
        MyWorkView view = navigate(MyWorkView.class);
        assertThat(view.mine.isAttached()).isFalse();
        var rows = view.everyone.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(w -> w.articleId() == story.articleId()).findFirst()
                .orElseThrow());
        test((Button) test(view.everyone).getCellComponent(row, 5)).click();
        assertThat(view.everyone.getGenericDataView().getItems()).extracting(WorkItem::articleId)
                .doesNotContain(story.articleId());
        assertThat(RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.myWork())).isEmpty();
    }

    private int indexOf(ArticlesView list, long articleId) {
        var items = list.grid.getGenericDataView().getItems().toList();
        return items.indexOf(items.stream().filter(a -> a.id() == articleId).findFirst().orElseThrow());
    }
}

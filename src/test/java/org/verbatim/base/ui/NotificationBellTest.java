package org.verbatim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.home.ui.HomeView;
import org.verbatim.review.Assignments;
import org.verbatim.review.ui.ArticleReaderView;
import org.verbatim.review.ui.ArticlesView;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

/** The bell in the frame: unread count from the database, read on navigation; opening one goes to its quote. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class NotificationBellTest extends SpringBrowserlessTest {

    @Autowired
    TestUsers users;

    @Autowired
    TestArticles articles;

    @Autowired
    Assignments assignments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_assignment_rings_the_bell_and_opening_it_shows_the_quote_and_marks_it_read() {
        String m = Long.toString(System.nanoTime(), 36);
        String fiona = users.create("bell-fiona-" + m, Role.FACT_CHECKER).getUsername();
        RunAs.user(fiona, Role.FACT_CHECKER).signIn();
        var story = articles.harbourStory();
        long quoteId = story.quotes().get(1).getId();
        navigate(HomeView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.badge.isVisible()).isFalse();

        RunAs.user("bell-erin-" + m, Role.EDITOR).run(() -> assignments.assignQuote(quoteId, fiona, null));
        navigate(ArticlesView.class);
        assertThat(bell.badge.getText()).isEqualTo("1");
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.button.getAriaLabel()).contains("Notifications, 1 unread");

        bell.showList();
        Div item = $(Div.class, bell.list).withClassName("vb-bell-item").single();
        assertThat(item.getElement().getTextRecursively()).contains("bell-erin-" + m + " assigned you “");
        assertThat(item.hasClassName("vb-bell-unread")).isTrue();
        test(item).click();

        assertThat(getCurrentView()).isInstanceOf(ArticleReaderView.class);
        assertThat(bell.badge.isVisible()).as("read once opened").isFalse();
        assertThat(jdbc.sql("select count(*) from notification where recipient = ? and read_at is not null")
                .param(fiona).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_poll_reads_on_its_own_thread_as_the_signed_in_person_pushes_what_it_read_and_stops_when_detached()
            throws InterruptedException {
        RunAs.user("poll-fiona", Role.FACT_CHECKER).signIn();
        navigate(HomeView.class);
        UiPolling fast = new UiPolling(Duration.ofMillis(40));
        try {
            Div target = new Div();
            UI.getCurrent().add(target);
            List<String> reads = new CopyOnWriteArrayList<>();
            fast.whileAttached(target, () -> {
                reads.add(Thread.currentThread().getName() + " as " + CurrentUser.usernameOrSystem());
                return CurrentUser.usernameOrSystem();
            }, target::setText);
            long deadline = System.currentTimeMillis() + 5000;
            while (reads.isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(60);
            // what releasing the session's lock does after a request or a push: runs the access tasks the poll queued
            MockVaadin.runUIQueue();
            assertThat(reads).isNotEmpty();
            assertThat(reads.getFirst()).startsWith("ui-poll-").endsWith(" as poll-fiona");
            assertThat(target.getText()).isEqualTo("poll-fiona");

            UI.getCurrent().remove(target);
            Thread.sleep(100);
            int after = reads.size();
            Thread.sleep(200);
            assertThat(reads).as("no reads once detached").hasSize(after);
        } finally {
            fast.destroy();
        }
    }

    @Test
    void a_notification_written_by_another_node_shows_on_the_next_look() {
        String fiona = users.create("bell-node-" + Long.toString(System.nanoTime(), 36), Role.FACT_CHECKER)
                .getUsername();
        RunAs.user(fiona, Role.FACT_CHECKER).signIn();
        navigate(HomeView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        jdbc.sql("insert into notification (recipient, kind, text, route, created_at)"
                + " values (?, 'APPROVED', 'approved on node B', 'home', current_timestamp(6))").param(fiona).update();
        bell.refresh();   // what the poll does every few seconds
        assertThat(bell.badge.getText()).isEqualTo("1");
        bell.showList();
        assertThat(bell.list.getElement().getTextRecursively()).contains("approved on node B");
    }
}

package org.verbatim.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.base.Inbox;
import org.verbatim.comment.QuoteComments;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.review.Assignments;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class NotificationsIT {

    @Autowired
    Inbox inbox;

    @Autowired
    Assignments assignments;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteComments comments;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifier notifier;

    @Autowired
    ReadNotificationPurge purge;

    String fionaName;
    String erinName;
    RunAs fiona;
    RunAs erin;

    @BeforeEach
    void a_desk() {
        String m = Long.toString(System.nanoTime(), 36);
        fionaName = users.create("nt-fiona-" + m, Role.FACT_CHECKER).getUsername();
        erinName = users.create("nt-erin-" + m, Role.EDITOR).getUsername();
        fiona = RunAs.user(fionaName, Role.FACT_CHECKER);
        erin = RunAs.user(erinName, Role.EDITOR);
    }

    @Test
    void a_fact_checker_is_told_of_an_assignment_a_return_an_approval_and_a_mention_each_linking_to_it() {
        var story = fiona.call(() -> articles.harbourStory());
        var first = story.quotes().getFirst();
        var second = story.quotes().get(1);
        erin.run(() -> assignments.assignArticle(story.articleId(), fionaName, null));
        var confirmed = fiona.call(() -> workflow.confirm(first.getId(), first.getVersion()));
        erin.call(() -> workflow.returnForReview(first.getId(), confirmed.getVersion(), "Which Morvath?"));
        var again = fiona.call(() -> workflow.confirm(first.getId(),
                quotes.findById(first.getId()).orElseThrow().getVersion()));
        erin.call(() -> workflow.approve(first.getId(), again.getVersion()));
        erin.call(() -> comments.post(second.getId(), "@" + fionaName + " please look at the second one"));

        List<Inbox.Message> mine = fiona.call(() -> inbox.latest(10));
        String quoteRoute = "articles/" + story.articleId() + "?quote=" + first.getId();
        assertThat(mine.getFirst().text()).startsWith(erinName + " mentioned you on “" + second.getText())
                .endsWith("”: @" + fionaName + " please look at the second one");
        assertThat(mine.subList(1, mine.size())).extracting(Inbox.Message::text).containsExactly(
                erinName + " approved your review of “" + first.getText() + "”",
                erinName + " returned “" + first.getText() + "” to you: Which Morvath?",
                erinName + " assigned you the article “" + titleOf(story.articleId()) + "”");
        assertThat(mine).extracting(Inbox.Message::route).containsExactly(
                "articles/" + story.articleId() + "?quote=" + second.getId(), quoteRoute, quoteRoute,
                "articles/" + story.articleId());
        assertThat(fiona.call(() -> inbox.unread())).isEqualTo(4);
        assertThat(erin.call(() -> inbox.latest(10))).as("nobody is told of what they did themselves").isEmpty();
    }

    @Test
    void opening_marks_read_and_nobody_opens_or_counts_another_persons_notifications() {
        var story = fiona.call(() -> articles.harbourStory());
        long quoteId = story.quotes().getFirst().getId();
        erin.run(() -> assignments.assignQuote(quoteId, fionaName, null));
        erin.call(() -> comments.post(quoteId, "@" + fionaName + " and @" + erinName + ": by Friday"));
        var mine = fiona.call(() -> inbox.latest(10));
        assertThat(mine).hasSize(2).allSatisfy(m -> assertThat(m.read()).isFalse());

        assertThat(erin.call(() -> inbox.open(mine.getFirst().id()))).as("not erin's").isEmpty();
        assertThat(erin.call(() -> inbox.unread())).isZero();
        assertThat(fiona.call(() -> inbox.open(mine.getFirst().id())))
                .contains("articles/" + story.articleId() + "?quote=" + quoteId);
        assertThat(fiona.call(() -> inbox.unread())).isEqualTo(1);
        assertThat(fiona.call(() -> inbox.latest(10))).extracting(Inbox.Message::read).containsExactly(true, false);
        fiona.run(() -> inbox.markAllRead());
        assertThat(fiona.call(() -> inbox.unread())).isZero();
    }

    @Test
    void a_notification_another_node_wrote_is_in_the_inbox_and_the_same_key_tells_once() {
        // another node shares only the database: its notifier's row is all there is
        jdbc.sql("insert into notification (recipient, kind, text, route, dedupe_key, created_at)"
                + " values (?, 'CONFLICT', 'from node B', 'conflicts', 'conflict:1:2', current_timestamp(6))")
                .param(fionaName).update();
        assertThat(fiona.call(() -> inbox.unread())).isEqualTo(1);
        assertThat(fiona.call(() -> inbox.latest(5))).extracting(Inbox.Message::text).containsExactly("from node B");
        notifier.tellOnce(fionaName, NotificationKind.CONFLICT, "again, from node A", "conflicts", "conflict:1:2");
        notifier.tellOnce(fionaName, NotificationKind.CONFLICT, "another pair", "conflicts", "conflict:1:3");
        assertThat(fiona.call(() -> inbox.latest(5))).extracting(Inbox.Message::text)
                .containsExactly("another pair", "from node B");
    }

    @Test
    void read_notifications_older_than_the_retention_period_are_purged_and_unread_ones_stay_however_old() {
        String insert = "insert into notification (recipient, kind, text, route, created_at, read_at) values (?,"
                + " 'MENTION', ?, 'conflicts', date_sub(current_timestamp(6), interval ? day), %s)";
        jdbc.sql(insert.formatted("date_sub(current_timestamp(6), interval 100 day)"))
                .param(fionaName).param("read long ago").param(120).update();
        jdbc.sql(insert.formatted("date_sub(current_timestamp(6), interval 10 day)"))
                .param(fionaName).param("read last week").param(11).update();
        jdbc.sql(insert.formatted("null")).param(fionaName).param("never read").param(400).update();

        assertThat(purge.purge()).isPositive();

        assertThat(fiona.call(() -> inbox.latest(10))).extracting(Inbox.Message::text)
                .containsExactlyInAnyOrder("read last week", "never read");
        assertThat(purge.purge()).as("nothing left to purge").isZero();
    }

    private String titleOf(long articleId) {
        return jdbc.sql("select title from article where id = ?").param(articleId).query(String.class).single();
    }
}

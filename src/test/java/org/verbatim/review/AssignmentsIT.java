package org.verbatim.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.envers.AuditReaderFactory;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.review.Assignments.WorkItem;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class AssignmentsIT {

    @Autowired
    Assignments assignments;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    TestArticles articles;

    @Autowired
    TestUsers users;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ReviewQueue queue;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    String fiona;
    String gustav;
    RunAs editor;

    @BeforeEach
    void a_desk() {
        String m = Long.toString(System.nanoTime(), 36);
        fiona = users.create("as-fiona-" + m, Role.FACT_CHECKER).getUsername();
        gustav = users.create("as-gustav-" + m, Role.FACT_CHECKER).getUsername();
        editor = RunAs.user("as-erin-" + m, Role.EDITOR);
    }

    @Test
    void a_fact_checker_sees_only_their_own_work_overdue_first_and_finished_work_drops_off() {
        LocalDate today = LocalDate.now(clock);
        var calm = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        var late = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        var other = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        long quoteId = calm.quotes().get(1).getId();
        editor.run(() -> {
            assignments.assignArticle(calm.articleId(), fiona, null);
            assignments.assignQuote(quoteId, fiona, today.plusDays(2));
            assignments.assignArticle(late.articleId(), fiona, today.minusDays(1));
            assignments.assignArticle(other.articleId(), gustav, today.minusDays(3));
        });

        List<WorkItem> mine = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.myWork());
        assertThat(mine).extracting(w -> w.articleId() + (w.isArticle() ? "" : "/" + w.quoteId()))
                .as("overdue first, then by due day, then the undated")
                .containsExactly(late.articleId() + "", calm.articleId() + "/" + quoteId, calm.articleId() + "");
        assertThat(mine.getFirst().overdue()).isTrue();
        assertThat(mine.getFirst().pending()).isEqualTo(2);
        assertThat(mine.get(1).overdue()).isFalse();
        assertThat(mine.get(1).quoteText()).contains("Nothing has been repaired");
        assertThat(mine).allSatisfy(w -> assertThat(w.assignee()).isEqualTo(fiona));
        assertThat(quotes.findById(quoteId).orElseThrow().getAssignedTo()).as("the quote shows who has it")
                .isEqualTo(fiona);
        assertThat(RunAs.user(fiona, Role.FACT_CHECKER).call(() -> queue.pending(new ReviewQueue.Filter(null, null,
                null, null, true)))).as("only mine in the queue: the quote given to me and the assigned articles'")
                .extracting(QueueItem::quoteId).containsExactlyInAnyOrder(calm.quotes().get(0).getId(), quoteId,
                        late.quotes().get(0).getId(), late.quotes().get(1).getId());

        var q = quotes.findById(quoteId).orElseThrow();
        RunAs.user(fiona, Role.FACT_CHECKER).call(() -> workflow.confirm(quoteId, q.getVersion()));
        assertThat(RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.myWork()))
                .as("nothing of the quote pending: done").extracting(WorkItem::quoteId).containsOnlyNulls()
                .hasSize(2);
        assertThat(RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.myWork()).get(1).pending())
                .isEqualTo(1);
        assertThat(editor.call(() -> assignments.allOpen())).extracting(WorkItem::assignee).contains(fiona, gustav);
    }

    @Test
    void only_editors_and_administrators_assign_and_only_to_fact_checkers() {
        var story = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        assertThatThrownBy(() -> RunAs.user(fiona, Role.FACT_CHECKER)
                .call(() -> assignments.assignArticle(story.articleId(), fiona, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.allOpen()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> editor.call(() -> assignments.myWork()))
                .isInstanceOf(AuthorizationDeniedException.class);
        String auditor = users.create(fiona + "-aud", Role.AUDITOR).getUsername();
        assertThatThrownBy(() -> editor.call(() -> assignments.assignArticle(story.articleId(), auditor, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no fact-checker");
        assertThat(RunAs.user("as-admin", Role.ADMIN).call(() -> assignments.assignArticle(story.articleId(), fiona,
                null)).getAssignedBy()).isEqualTo("as-admin");
    }

    @Test
    void assigning_again_hands_the_work_on_and_the_audit_trail_keeps_each_hand() {
        var story = RunAs.user(fiona, Role.FACT_CHECKER).call(() -> articles.harbourStory());
        LocalDate due = LocalDate.now(clock).plusDays(5);
        Assignment first = editor.call(() -> assignments.assignArticle(story.articleId(), fiona, null));
        Assignment second = editor.call(() -> assignments.assignArticle(story.articleId(), gustav, due));
        assertThat(second.getId()).as("one assignment per article").isEqualTo(first.getId());
        assertThat(RunAs.user(fiona, Role.FACT_CHECKER).call(() -> assignments.myWork()))
                .extracting(WorkItem::articleId).doesNotContain(story.articleId());
        assertThat(RunAs.user(gustav, Role.FACT_CHECKER).call(() -> assignments.myWork()))
                .extracting(WorkItem::articleId, WorkItem::dueOn).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(story.articleId(), due));

        List<Number> revisions = new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(s -> AuditReaderFactory.get(EntityManagerFactoryUtils.getTransactionalEntityManager(emf))
                        .getRevisions(Assignment.class, first.getId()));
        assertThat(revisions).hasSize(2);
        var entries = RunAs.user("as-audrey", Role.AUDITOR).call(() -> auditLog.log(
                AuditLogFilter.everything(), 0, 50));
        assertThat(entries).filteredOn(e -> e.record() == AuditedRecord.ASSIGNMENT && e.recordId() == first.getId())
                .extracting(e -> e.detail() + " | " + e.reason())
                .containsExactly("Article " + story.articleId() + " to " + gustav + ", due " + due + " | Assigned to "
                        + gustav + ", due " + due, "Article " + story.articleId() + " to " + fiona + " | Assigned to "
                        + fiona);

        editor.run(() -> assignments.unassign(first.getId()));
        assertThat(RunAs.user(gustav, Role.FACT_CHECKER).call(() -> assignments.myWork())).isEmpty();
    }
}

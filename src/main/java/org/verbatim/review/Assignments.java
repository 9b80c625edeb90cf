package org.verbatim.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.article.ArticleRepository;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.notification.NotificationKind;
import org.verbatim.notification.Notifier;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Who is to review what, by when. Editors (and administrators) assign an article or one quote to a fact-checker;
 * a fact-checker sees their own work, overdue first; an assignment is open while what it names has quotes pending.
 */
@Service
public class Assignments {

    /**
     * An open assignment as a list shows it. {@code quoteId} is {@code null} for a whole article; {@code pending} and
     * {@code returned} count the quotes of it still to review, and those an editor sent back.
     */
    public record WorkItem(long assignmentId, long articleId, String articleTitle, Long quoteId, String quoteText,
                           String assignee, String assignedBy, Instant assignedAt, LocalDate dueOn, boolean overdue,
                           int pending, int returned) {

        public boolean isArticle() {
            return quoteId == null;
        }
    }

    private final AssignmentRepository assignments;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate reads;
    private final Notifier notifier;

    @PersistenceContext
    private EntityManager em;

    Assignments(AssignmentRepository assignments, ArticleRepository articles, QuoteRepository quotes,
                CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions,
                Notifier notifier) {
        this.assignments = assignments;
        this.articles = articles;
        this.quotes = quotes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.notifier = notifier;
    }

    /** Gives a whole article to a fact-checker (again: to another, or with another due day). */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Assignment assignArticle(long articleId, String assignee, LocalDate dueOn) {
        return assign(articleId, null, assignee, dueOn);
    }

    /** Gives one quote to a fact-checker; the quote shows them as the one working on it, as "Assign to me" does. */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Assignment assignQuote(long quoteId, String assignee, LocalDate dueOn) {
        return assign(null, quoteId, assignee, dueOn);
    }

    private Assignment assign(Long articleId, Long quoteId, String name, LocalDate dueOn) {
        String assignee = name == null ? null : name.strip();
        String by = currentUser.username();
        String reason = "Assigned to " + assignee + (dueOn == null ? "" : ", due " + dueOn);
        return ChangeReason.during(reason, () -> tx.execute(s -> {
            requireFactChecker(assignee);
            long article;
            String what;
            String route;
            if (quoteId != null) {
                Quote quote = quotes.lockById(quoteId)
                        .orElseThrow(() -> new IllegalArgumentException("This quote no longer exists"));
                quote.assignTo(assignee);
                article = quote.getArticle().getId();
                what = "“" + ReviewWorkflow.excerpt(quote.getText()) + "”";
                route = ReviewWorkflow.routeTo(quote);
            } else {
                var found = articles.findById(articleId)
                        .orElseThrow(() -> new IllegalArgumentException("This article no longer exists"));
                article = found.getId();
                what = "the article “" + found.getTitle() + "”";
                route = "articles/" + article;
            }
            notifier.tell(assignee, NotificationKind.ASSIGNED, by + " assigned you " + what
                    + (dueOn == null ? "" : ", due " + dueOn), route);
            Instant now = clock.instant();
            Assignment assignment = assignments.findByTarget(Assignment.targetOf(article, quoteId))
                    .map(a -> {
                        a.handTo(assignee, by, now, dueOn);
                        return a;
                    })
                    .orElseGet(() -> Assignment.of(article, quoteId, assignee, by, now, dueOn));
            return assignments.saveAndFlush(assignment);
        }));
    }

    /** Takes an assignment back. */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public void unassign(long assignmentId) {
        ChangeReason.during("Assignment withdrawn", () -> tx.execute(s -> {
            assignments.findById(assignmentId).ifPresent(assignments::delete);
            return null;
        }));
    }

    /** The people work can be given to: enabled fact-checkers, by name. */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public List<String> factCheckers() {
        return reads.execute(s -> em.createQuery("select u.username from UserAccount u where u.enabled = true"
                + " and :role member of u.roles order by u.username", String.class)
                .setParameter("role", Role.FACT_CHECKER).getResultList());
    }

    /** What is assigned to the signed-in fact-checker and still open: overdue first, then by due day. */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public List<WorkItem> myWork() {
        String me = currentUser.username();
        return reads.execute(s -> open(em.createQuery("select a from Assignment a where a.assignee = :me",
                Assignment.class).setParameter("me", me).getResultList()));
    }

    /** Every open assignment, for the editors who hand work out: overdue first, then by due day. */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public List<WorkItem> allOpen() {
        return reads.execute(s -> open(em.createQuery("select a from Assignment a", Assignment.class)
                .getResultList()));
    }

    /** The assignment of an article, or of one quote, if it has one (open or not). */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public java.util.Optional<Assignment> of(long articleId, Long quoteId) {
        return reads.execute(s -> assignments.findByTarget(Assignment.targetOf(articleId, quoteId)));
    }

    /** The assignments whose article or quote still has quotes pending, as work items in the order to do them. */
    private List<WorkItem> open(List<Assignment> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        Set<Long> articleIds = all.stream().map(Assignment::getArticleId).collect(Collectors.toSet());
        Map<Long, String> titles = new HashMap<>();
        em.createQuery("select a.id, a.title from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(r -> titles.put((Long) r[0], (String) r[1]));
        Map<Long, List<Pending>> pendingByArticle = pendingQuotes(articleIds).stream()
                .collect(Collectors.groupingBy(Pending::articleId));
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        for (Assignment a : all) {
            List<Pending> pending = pendingByArticle.getOrDefault(a.getArticleId(), List.of()).stream()
                    .filter(p -> a.getQuoteId() == null || p.quoteId() == a.getQuoteId()).toList();
            if (pending.isEmpty()) {
                continue;
            }
            String quoteText = a.getQuoteId() == null ? null : pending.getFirst().text();
            items.add(new WorkItem(a.getId(), a.getArticleId(), titles.get(a.getArticleId()), a.getQuoteId(),
                    quoteText, a.getAssignee(), a.getAssignedBy(), a.getAssignedAt(), a.getDueOn(),
                    a.getDueOn() != null && a.getDueOn().isBefore(today), pending.size(),
                    (int) pending.stream().filter(Pending::returned).count()));
        }
        items.sort(Comparator.comparing((WorkItem w) -> !w.overdue())
                .thenComparing(WorkItem::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WorkItem::assignedAt));
        return items;
    }

    private record Pending(long quoteId, long articleId, String text, boolean returned) {
    }

    /** The pending quotes of these articles, each marked when an editor's return is the last word on it. */
    private List<Pending> pendingQuotes(Collection<Long> articleIds) {
        return em.createQuery("select q.id, q.article.id, q.text, (select r.action from Review r where r.id = "
                        + ReviewQueue.Subqueries.LATEST + ") from Quote q"
                        + " where q.status = :pending and q.article.id in :ids", Object[].class)
                .setParameter("pending", ReviewStatus.PENDING)
                .setParameter("ids", articleIds)
                .getResultList().stream()
                .map(r -> new Pending((Long) r[0], (Long) r[1], (String) r[2], r[3] == ReviewAction.RETURN))
                .toList();
    }

    private void requireFactChecker(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("assignee: say who is to review it");
        }
        Long found = em.createQuery("select count(u) from UserAccount u where u.username = :name"
                + " and u.enabled = true and :role member of u.roles", Long.class)
                .setParameter("name", username).setParameter("role", Role.FACT_CHECKER).getSingleResult();
        if (found == 0) {
            throw new IllegalArgumentException("assignee: " + username + " is no fact-checker here");
        }
    }
}

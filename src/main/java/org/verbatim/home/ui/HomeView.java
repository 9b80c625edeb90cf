package org.verbatim.home.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogEntry;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.base.ui.Formats;
import org.verbatim.review.Assignments;
import org.verbatim.review.Assignments.WorkItem;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewQueue;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Where a desk starts its day, by role: a fact-checker's assigned and returned work; an editor's approvals waiting,
 * oldest first, and the last seven days' throughput; an auditor's latest changes. Each count links to its list.
 */
@Route("home")
@PageTitle("Home · Verbatim")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    static final int SHOWN = 5;

    public HomeView(Assignments assignments, ReviewQueue queue, AuditLog audit, CurrentUser user, Clock clock) {
        addClassName("vb-home");
        add(new H2("Today"));
        if (user.hasRole(Role.FACT_CHECKER)) {
            add(factChecker(assignments.myWork(), queue.pending(new ReviewQueue.Filter(null, null, null, null,
                    true))));
        }
        if (user.hasRole(Role.EDITOR)) {
            add(editor(queue.awaitingApproval(), queue.throughput(LocalDate.now(clock), 7)));
        }
        if (user.hasRole(Role.AUDITOR) || user.hasRole(Role.ADMIN)) {
            add(auditor(audit.log(AuditLogFilter.everything(), 0, 10)));
        }
        if (getComponentCount() == 1) {
            add(new Span("Nothing waits for you here: the articles are under Articles."));
        }
    }

    private static Div factChecker(List<WorkItem> work, List<QueueItem> mine) {
        long overdue = work.stream().filter(WorkItem::overdue).count();
        long returned = mine.stream().filter(QueueItem::returned).count();
        Div section = section("My work",
                count(work.size(), "assigned to me" + (overdue == 0 ? "" : ", " + overdue + " overdue"), "my-work",
                        "vb-count-assigned"),
                count(returned, "returned to me", "queue?mine", "vb-count-returned"));
        for (WorkItem w : work.subList(0, Math.min(SHOWN, work.size()))) {
            String href = w.isArticle() ? "articles/" + w.articleId()
                    : "articles/" + w.articleId() + "?quote=" + w.quoteId();
            Anchor item = new Anchor(href, w.articleTitle() + (w.isArticle() ? "" : " · one quote")
                    + (w.dueOn() == null ? "" : " · due " + Formats.date(w.dueOn()))
                    + (w.overdue() ? " (overdue)" : ""));
            item.addClassName(w.overdue() ? "vb-overdue" : "vb-home-item");
            section.add(item);
        }
        return section;
    }

    private static Div editor(List<QueueItem> waiting, ReviewQueue.Throughput week) {
        Div section = section("Approvals",
                count(waiting.size(), "waiting for approval" + (waiting.isEmpty() ? ""
                        : ", oldest reviewed " + Formats.when(waiting.getFirst().reviewedAt())), "approvals",
                        "vb-count-waiting"));
        for (QueueItem q : waiting.subList(0, Math.min(SHOWN, waiting.size()))) {
            Anchor item = new Anchor("articles/" + q.articleId() + "?quote=" + q.quoteId(), "“" + Formats.excerpt(q.text(), 90)
                    + "” · " + q.reviewedBy() + " · " + Formats.when(q.reviewedAt()));
            item.addClassName("vb-home-item");
            section.add(item);
        }
        Div days = new Div();
        days.addClassName("vb-throughput");
        for (int i = 0; i < week.days().size(); i++) {
            Span day = new Span(week.days().get(i).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " " + week.reviewed().get(i) + "/" + week.approved().get(i));
            day.addClassName("vb-throughput-day");
            days.add(day);
        }
        Span total = new Span("Last 7 days: " + week.totalReviewed() + " quotes reviewed, " + week.totalApproved()
                + " approved (per day: reviewed/approved)");
        total.addClassName("vb-throughput-total");
        section.add(total, days);
        return section;
    }

    private static Div auditor(List<AuditLogEntry> latest) {
        Div section = section("Latest changes", count(latest.size(), "most recent, of the whole log", "history",
                "vb-count-changes"));
        for (AuditLogEntry e : latest) {
            String href = e.quoteId() != null ? "history/quote/" + e.quoteId()
                    : e.articleId() != null ? "history/article/" + e.articleId() : "history";
            Anchor item = new Anchor(href, Formats.when(e.at()) + " · " + (e.username() == null ? "system"
                    : e.username()) + " · " + e.action() + (e.detail() == null || e.detail().isBlank() ? ""
                    : " · " + Formats.excerpt(e.detail(), 90)));
            item.addClassName("vb-home-item");
            section.add(item);
        }
        return section;
    }

    private static Div section(String title, Anchor... counts) {
        Div row = new Div(counts);
        row.addClassName("vb-home-counts");
        Div section = new Div(new H3(title), row);
        section.addClassName("vb-home-section");
        return section;
    }

    /** A number that opens the list it counts. */
    private static Anchor count(long n, String what, String href, String className) {
        Span number = new Span(Long.toString(n));
        number.addClassName("vb-count-number");
        Anchor count = new Anchor(href);
        count.add(number, new Span(" " + what));
        count.addClassName("vb-count");
        count.addClassName(className);
        return count;
    }
}

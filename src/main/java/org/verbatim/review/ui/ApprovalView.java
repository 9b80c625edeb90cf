package org.verbatim.review.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.base.ui.Notifications;
import org.verbatim.comment.QuoteComments;
import org.verbatim.comment.ui.CommentThread;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.SelfApprovalException;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewQueue;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/** Reviewed quotes waiting for an editor: approve, or return with a comment. Never one's own review. */
@Route("approvals")
@PageTitle("Approvals · Verbatim")
@Menu(order = 3, title = "Approvals", icon = "vaadin:check-square-o")
@RolesAllowed(Role.EDITOR_NAME)
public class ApprovalView extends VerticalLayout {

    final Grid<QueueItem> grid = new Grid<>();
    private final ReviewQueue queue;
    private final QuoteComments comments;
    private Map<Long, List<QuoteComments.Comment>> threads = Map.of();

    public ApprovalView(ReviewQueue queue, ReviewWorkflow workflow, QuoteComments comments, ClaimRatings ratings,
                        CurrentUser user) {
        this.queue = queue;
        this.comments = comments;
        setSizeFull();
        grid.addColumn(q -> q.speaker() == null ? "—" : q.speaker()).setHeader("Speaker").setFlexGrow(1);
        grid.addColumn(QueueItem::text).setHeader("Quote").setFlexGrow(4);
        grid.addComponentColumn(q -> evidence(q, ratings, threads.getOrDefault(q.quoteId(), List.of()))).setHeader("Review").setFlexGrow(2);
        grid.addColumn(QueueItem::reviewedBy).setHeader("Reviewed by").setFlexGrow(0).setWidth("9em");
        grid.addColumn(QueueItem::articleTitle).setHeader("Article").setFlexGrow(2);
        grid.addComponentColumn(q -> {
            boolean own = user.username().equals(q.reviewedBy());
            Button approve = new Button("Approve", e -> act(() -> workflow.approve(q.quoteId(), q.version()),
                    "Approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            approve.setAriaLabel("Approve “" + (q.text().length() > 80 ? q.text().substring(0, 80) : q.text()) + "”");
            approve.setEnabled(!own);
            if (own) {
                approve.setTooltipText("You reviewed this quote yourself; another editor must approve it");
            }
            Button giveBack = new Button("Return…", e -> new ReasonDialog("Return for review",
                    "Tell the reviewer what to look at again.", "Return",
                    comment -> act(() -> workflow.returnForReview(q.quoteId(), q.version(), comment), "Returned"))
                    .open());
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(approve, giveBack);
        }).setWidth("14em").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemDoubleClickListener(e -> ArticleReaderView.openAt(e.getItem().articleId(), e.getItem().quoteId()));
        grid.setSizeFull();
        Paragraph hint = new Paragraph("Double-click a quote to read it in its article.");
        hint.addClassName("vb-meta");
        add(new H2("Waiting for approval"), hint, grid);
        refresh();
    }

    /**
     * What the reviewer found and on what grounds: status, verdict, note, the claim's rating, sources as links, and
     * the quote's comments.
     */
    private static Div evidence(QueueItem q, ClaimRatings ratings, List<QuoteComments.Comment> thread) {
        Div cell = new Div();
        cell.addClassName("vb-evidence");
        cell.add(new Span(q.status().label() + (q.verdict() == null ? "" : " · " + q.verdict().label())));
        if (q.verdictNote() != null) {
            Div note = new Div(q.verdictNote());
            note.addClassName("vb-meta");
            cell.add(note);
        }
        if (q.claimRating() != null) {
            Div claim = new Div("Claim: " + ratings.describe(q.claimRating())
                    + (q.claimRatingNote() == null ? "" : " — " + q.claimRatingNote()));
            claim.addClassName("vb-claim-rating");
            cell.add(claim);
        }
        if (q.sources() != null) {
            cell.add(SourceLinks.of(q.sources()));
        }
        if (!thread.isEmpty()) {
            cell.add(CommentThread.readOnly(thread));
        }
        return cell;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (SelfApprovalException | ConflictingEditException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    void refresh() {
        List<QueueItem> items = queue.awaitingApproval();
        threads = comments.on(items.stream().map(QueueItem::quoteId).toList());
        grid.setItems(items);
    }
}

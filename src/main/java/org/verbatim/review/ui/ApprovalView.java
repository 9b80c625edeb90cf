package org.verbatim.review.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.base.ui.Formats;
import org.verbatim.base.ui.Notifications;
import org.verbatim.comment.QuoteComments;
import org.verbatim.comment.ui.CommentThread;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.SelfApprovalException;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewQueue;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Reviewed quotes waiting for an editor: approve, or return with a comment; several at once by selecting them. Never
 * one's own review: the server refuses it, one by one, and the screen says which and why.
 */
@Route("approvals")
@PageTitle("Approvals · Verbatim")
@Menu(order = 3, title = "Approvals", icon = "vaadin:check-square-o")
@RolesAllowed(Role.EDITOR_NAME)
public class ApprovalView extends VerticalLayout {

    final Grid<QueueItem> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<String> reviewer = new ComboBox<>("Reviewed by");
    final Select<Verdict> verdict = new Select<>();
    final Checkbox hideOwn = new Checkbox("Hide my own reviews");
    final Span count = new Span();
    final Button approveSelected = new Button("Approve selected");
    final Div outcome = new Div();
    private final ReviewQueue queue;
    private final ReviewWorkflow workflow;
    private final QuoteComments comments;
    private final CurrentUser user;
    private List<QueueItem> waiting = List.of();
    private Map<Long, List<QuoteComments.Comment>> threads = Map.of();

    /** Approve and Return… per row, plain buttons in the browser that report which quote they belong to. */
    final LitRenderer<QueueItem> actions = LitRenderer.<QueueItem>of("""
            <vaadin-horizontal-layout theme="spacing-s">
              <vaadin-button theme="small primary" aria-label=${item.label} ?disabled=${item.own} title=${item.tip}
                  @click=${e => e.currentTarget.dispatchEvent(new CustomEvent('vb-quote-action',
                      {bubbles: true, detail: {action: 'approve', id: item.id}}))}>Approve</vaadin-button>
              <vaadin-button theme="small"
                  @click=${e => e.currentTarget.dispatchEvent(new CustomEvent('vb-quote-action',
                      {bubbles: true, detail: {action: 'return', id: item.id}}))}>Return…</vaadin-button>
            </vaadin-horizontal-layout>""")
            .withProperty("id", QueueItem::quoteId)
            .withProperty("label", q -> "Approve “" + (q.text().length() > 80 ? q.text().substring(0, 80) : q.text())
                    + "”")
            .withProperty("own", this::own)
            .withProperty("tip", q -> own(q) ? "You reviewed this quote yourself; another editor must approve it"
                    : "");

    public ApprovalView(ReviewQueue queue, ReviewWorkflow workflow, QuoteComments comments, ClaimRatings ratings,
                        CurrentUser user) {
        this.queue = queue;
        this.workflow = workflow;
        this.comments = comments;
        this.user = user;
        setSizeFull();
        grid.addColumn(q -> q.speaker() == null ? "—" : q.speaker()).setHeader("Speaker").setFlexGrow(1);
        grid.addColumn(QueueItem::text).setHeader("Quote").setFlexGrow(4);
        grid.addComponentColumn(q -> evidence(q, ratings, threads.getOrDefault(q.quoteId(), List.of())))
                .setHeader("Review").setFlexGrow(2);
        grid.addColumn(QueueItem::reviewedBy).setHeader("Reviewed by").setFlexGrow(0).setWidth("9em");
        grid.addColumn(QueueItem::articleTitle).setHeader("Article").setFlexGrow(2);
        grid.addColumn(actions).setWidth("14em").setFlexGrow(0);
        // an action names its quote, not a button: typing in the search and clicking at once re-renders the rows
        // in the same round trip, and a click on a button component the re-render replaced would be lost
        ComponentUtil.addListener(grid, QuoteAction.class, e -> act(e.action(), e.quoteId()));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(e -> showSelection());
        grid.addItemDoubleClickListener(e -> ArticleReaderView.openAt(e.getItem().articleId(), e.getItem().quoteId()));
        grid.setSizeFull();

        search.setPlaceholder("Quote, speaker or article");
        search.setAriaLabel("Search the approvals");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilters());
        reviewer.setClearButtonVisible(true);
        reviewer.addValueChangeListener(e -> applyFilters());
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> v == null ? "Any" : v.label());
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption("Any");
        verdict.addValueChangeListener(e -> applyFilters());
        hideOwn.addValueChangeListener(e -> applyFilters());
        approveSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveSelected.addClickListener(e -> approveSelection());
        count.addClassName("vb-meta");
        count.getElement().setAttribute("role", "status");
        outcome.addClassName("vb-bulk-outcome");
        HorizontalLayout filters = new HorizontalLayout(search, reviewer, verdict, hideOwn, approveSelected);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Paragraph hint = new Paragraph("Double-click a quote to read it in its article; tick several to approve them"
                + " at once.");
        hint.addClassName("vb-meta");
        add(new H2("Waiting for approval"), hint, filters, count, outcome, grid);
        refresh();
    }

    /** What the reviewer found and on what grounds: status, why it was corrected, verdict, note, the claim's rating, sources, comments. */
    private static Div evidence(QueueItem q, ClaimRatings ratings, List<QuoteComments.Comment> thread) {
        Div cell = new Div();
        cell.addClassName("vb-evidence");
        cell.add(new Span(q.status().label() + (q.verdict() == null ? "" : " · " + q.verdict().label())));
        if (q.correctionReason() != null) {
            Div correction = new Div("Corrected: " + q.correctionReason());
            correction.addClassName("vb-correction-reason");
            cell.add(correction);
        }
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

    private void approveSelection() {
        List<QueueItem> chosen = List.copyOf(grid.getSelectedItems());
        if (chosen.isEmpty()) {
            return;
        }
        ReviewWorkflow.BulkOutcome done = workflow.approveAll(chosen.stream()
                .map(q -> new ReviewWorkflow.Approval(q.quoteId(), q.version())).toList());
        outcome.removeAll();
        if (!done.refused().isEmpty()) {
            Span head = new Span(done.refused().size() + " not approved:");
            head.addClassName("vb-bulk-refused-head");
            outcome.add(head);
            for (QueueItem q : chosen) {
                String why = done.refused().get(q.quoteId());
                if (why != null) {
                    Div line = new Div("“" + Formats.excerpt(q.text(), 80) + "” — " + why);
                    line.addClassName("vb-bulk-refused");
                    outcome.add(line);
                }
            }
        }
        if (done.approved().isEmpty()) {
            Notifications.error("Nothing approved: see why above the list");
        } else {
            Notifications.success("Approved " + done.approved().size()
                    + (done.refused().isEmpty() ? "" : "; " + done.refused().size() + " refused"));
        }
        refresh();
    }

    private boolean own(QueueItem q) {
        return user.username().equals(q.reviewedBy());
    }

    /** A row's button was clicked: the quote is looked up among those waiting, whatever the grid shows now. */
    void act(String action, long quoteId) {
        QueueItem q = waiting.stream().filter(w -> w.quoteId() == quoteId).findFirst().orElse(null);
        if (q == null) {
            Notifications.error("That quote is no longer waiting for approval");
            refresh();
            return;
        }
        switch (action) {
            case "approve" -> act(() -> workflow.approve(q.quoteId(), q.version()), "Approved");
            case "return" -> new ReasonDialog("Return for review", "Tell the reviewer what to look at again.",
                    "Return", comment -> act(() -> workflow.returnForReview(q.quoteId(), q.version(), comment),
                    "Returned")).open();
            default -> { }
        }
    }

    /** Approve or return, from a row's button in the browser. */
    @DomEvent("vb-quote-action")
    public static class QuoteAction extends ComponentEvent<Grid<?>> {
        private final String action;
        private final long quoteId;

        public QuoteAction(Grid<?> source, boolean fromClient, @EventData("event.detail.action") String action,
                           @EventData("event.detail.id") long quoteId) {
            super(source, fromClient);
            this.action = action;
            this.quoteId = quoteId;
        }

        String action() {
            return action;
        }

        long quoteId() {
            return quoteId;
        }
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
        waiting = queue.awaitingApproval();
        threads = comments.on(waiting.stream().map(QueueItem::quoteId).toList());
        String chosenReviewer = reviewer.getValue();
        reviewer.setItems(waiting.stream().map(QueueItem::reviewedBy).filter(Objects::nonNull).distinct().sorted()
                .toList());
        if (chosenReviewer != null && waiting.stream().anyMatch(q -> chosenReviewer.equals(q.reviewedBy()))) {
            reviewer.setValue(chosenReviewer);
        }
        applyFilters();
    }

    private void applyFilters() {
        String words = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        String me = user.username();
        List<QueueItem> shown = waiting.stream()
                .filter(q -> reviewer.getValue() == null || reviewer.getValue().equals(q.reviewedBy()))
                .filter(q -> verdict.getValue() == null || verdict.getValue() == q.verdict())
                .filter(q -> !hideOwn.getValue() || !me.equals(q.reviewedBy()))
                .filter(q -> words.isEmpty() || contains(q.text(), words) || contains(q.speaker(), words)
                        || contains(q.articleTitle(), words))
                .toList();
        grid.deselectAll();
        grid.setItems(shown);
        count.setText(shown.size() == waiting.size() ? waiting.size() + " waiting"
                : shown.size() + " of " + waiting.size() + " waiting shown");
        showSelection();
    }

    private void showSelection() {
        int n = grid.getSelectedItems().size();
        approveSelected.setText(n == 0 ? "Approve selected" : "Approve " + n + " selected");
        approveSelected.setEnabled(n > 0);
    }

    private static boolean contains(String text, String lowerWords) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerWords);
    }

}

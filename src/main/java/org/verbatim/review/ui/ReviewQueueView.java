package org.verbatim.review.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.base.ui.Notifications;
import org.verbatim.base.ui.ScreenWidth;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.quote.ArticleCatalog.ArticleSummary;
import org.verbatim.review.ConflictingEditException;
import org.verbatim.review.QueueItem;
import org.verbatim.review.ReviewQueue;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Pending quotes across all articles: those an editor returned first, with the editor's comment, then the least
 * certain. A reviewer takes one and opens it in its article.
 */
@Route("queue")
@PageTitle("Review queue · Verbatim")
@Menu(order = 2, title = "Review queue", icon = "vaadin:tasks")
@RolesAllowed(Role.FACT_CHECKER_NAME)
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<QueueItem> grid = new Grid<>();
    final ComboBox<ArticleSummary> article = new ComboBox<>();
    final TextField speaker = new TextField();
    final NumberField maxConfidence = new NumberField();
    final Select<String> extractor = new Select<>();
    final Checkbox onlyMine = new Checkbox("Only mine");
    private final ReviewQueue queue;

    public ReviewQueueView(ReviewQueue queue, ReviewWorkflow workflow, ArticleCatalog catalog, CurrentUser user) {
        this.queue = queue;
        setSizeFull();
        article.setPlaceholder("Any article");
        article.setItems(catalog.articles());
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setClearButtonVisible(true);
        article.setWidth("22rem");
        speaker.setPlaceholder("Speaker or alias");
        speaker.setValueChangeMode(ValueChangeMode.LAZY);
        speaker.setClearButtonVisible(true);
        maxConfidence.setPlaceholder("Confidence ≤");
        maxConfidence.setMin(0);
        maxConfidence.setMax(1);
        maxConfidence.setStep(0.05);
        maxConfidence.setClearButtonVisible(true);
        extractor.setEmptySelectionAllowed(true);
        extractor.setEmptySelectionCaption("Any extractor");
        extractor.setItems(queue.extractors());
        HorizontalLayout filters = new HorizontalLayout(article, speaker, maxConfidence, extractor, onlyMine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        var confidence = grid.addColumn(q -> q.confidence() == null ? "—"
                : String.format(Locale.ROOT, "%.2f", q.confidence())).setHeader("Confidence").setWidth("8em")
                .setFlexGrow(0);
        grid.addColumn(q -> q.speaker() == null ? "—" : q.speaker()).setHeader("Speaker").setFlexGrow(1);
        grid.addComponentColumn(ReviewQueueView::quoteCell).setHeader("Quote").setFlexGrow(4);
        var articleTitle = grid.addColumn(QueueItem::articleTitle).setHeader("Article").setFlexGrow(2);
        var assigned = grid.addColumn(q -> q.assignedTo() == null ? "" : q.assignedTo()).setHeader("Assigned")
                .setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(q -> {
            Button take = new Button("Assign to me", e -> {
                try {
                    workflow.assignToMe(q.quoteId(), q.version());
                    refresh();
                } catch (ConflictingEditException ex) {
                    Notifications.error(ex.getMessage());
                    refresh();
                }
            });
            take.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            take.setVisible(!user.username().equals(q.assignedTo()));
            return take;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> ArticleReaderView.openAt(e.getItem().articleId(), e.getItem().quoteId()));
        grid.setSizeFull();
        // a phone shows who said what and the button; the rest is one tap away in the reader
        ScreenWidth.onNarrowChange(this, narrow -> {
            confidence.setVisible(!narrow);
            articleTitle.setVisible(!narrow);
            assigned.setVisible(!narrow);
        });

        article.addValueChangeListener(e -> refresh());
        speaker.addValueChangeListener(e -> refresh());
        maxConfidence.addValueChangeListener(e -> refresh());
        extractor.addValueChangeListener(e -> refresh());
        onlyMine.addValueChangeListener(e -> refresh());
        add(new H2("Review queue"), filters, grid);
        refresh();
    }

    /** The quote's words; above them, when an editor returned it, who did and what they asked for. */
    private static Div quoteCell(QueueItem q) {
        Div cell = new Div();
        if (q.returned()) {
            Div returned = new Div(StatusBadge.of(q.status(), true),
                    new Span(" by " + q.returnedBy() + ": " + q.returnComment()));
            returned.addClassName("vb-returned-line");
            cell.add(returned);
        }
        cell.add(new Span(q.text()));
        return cell;
    }

    /** {@code queue?mine} opens it narrowed to the reviewer's own quotes (the home screen links there). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("mine")) {
            onlyMine.setValue(true);
        }
    }

    void refresh() {
        grid.setItems(queue.pending(new ReviewQueue.Filter(article.getValue() == null ? null : article.getValue().id(),
                speaker.getValue(), maxConfidence.getValue(), extractor.getValue(), onlyMine.getValue())));
    }
}

package org.verbatim.quote.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.quote.ArticleCatalog.ArticleSummary;
import org.verbatim.quote.Quote;

/** The articles in Verbatim with their review progress, and the quotes of the one selected. */
@Route("")
@PageTitle("Articles · Verbatim")
@Menu(order = 1, title = "Articles", icon = "vaadin:newspaper")
@PermitAll
public class ArticlesView extends VerticalLayout {

    private final ArticleCatalog catalog;
    private final Grid<ArticleSummary> articleGrid = new Grid<>();
    private final Grid<Quote> quoteGrid = new Grid<>();
    private final H2 selectedTitle = new H2();

    public ArticlesView(ArticleCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        addClassName("vb-articles");

        articleGrid.addColumn(r -> r.title()).setHeader("Title").setFlexGrow(4).setKey("title");
        articleGrid.addColumn(r -> r.publisher() == null ? "" : r.publisher())
                .setHeader("Publisher").setFlexGrow(1);
        articleGrid.addColumn(r -> r.publishedOn() == null ? "" : r.publishedOn().toString())
                .setHeader("Published").setFlexGrow(0).setWidth("9em");
        articleGrid.addColumn(r -> r.pending() + " pending / " + r.done() + " done")
                .setHeader("Review").setFlexGrow(0).setWidth("13em");
        articleGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        articleGrid.setItems(catalog.articles());
        articleGrid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        quoteGrid.addColumn(q -> q.getSpeaker() == null ? "—" : q.getSpeaker().getCanonicalName())
                .setHeader("Speaker").setFlexGrow(1).setKey("speaker");
        quoteGrid.addColumn(Quote::getText).setHeader("Quote").setFlexGrow(4).setKey("text");
        quoteGrid.addColumn(q -> q.getType().name().toLowerCase()).setHeader("Type").setFlexGrow(0).setWidth("7em");
        quoteGrid.addComponentColumn(q -> {
            Span badge = new Span(q.getStatus().name().toLowerCase());
            badge.addClassNames("vb-status", "vb-status-" + q.getStatus().name().toLowerCase());
            return badge;
        }).setHeader("Status").setFlexGrow(0).setWidth("8em");
        quoteGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        VerticalLayout detail = new VerticalLayout(selectedTitle, quoteGrid);
        detail.setSizeFull();
        detail.setPadding(false);
        SplitLayout split = new SplitLayout(articleGrid, detail, SplitLayout.Orientation.VERTICAL);
        split.setSizeFull();
        split.setSplitterPosition(40);
        add(split);
        selectedTitle.setText("Select an article to see its quotes");
    }

    private void show(ArticleSummary row) {
        if (row == null) {
            selectedTitle.setText("Select an article to see its quotes");
            quoteGrid.setItems(List.of());
            return;
        }
        selectedTitle.setText(row.title());
        quoteGrid.setItems(catalog.quotesOf(row.id()));
    }
}

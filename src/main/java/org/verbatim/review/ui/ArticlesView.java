package org.verbatim.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ui.ImportDialog;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.review.Assignments;
import org.verbatim.quote.ArticleCatalog.ArticleSummary;
import org.verbatim.quote.ArticleCatalog.Filter;
import org.verbatim.quote.ArticleCatalog.Progress;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/** The articles in Verbatim with their review progress; search, filter, import, and open one to review it. */
@Route("")
@PageTitle("Articles · Verbatim")
@Menu(order = 1, title = "Articles", icon = "vaadin:newspaper")
@PermitAll
public class ArticlesView extends VerticalLayout {

    final Grid<ArticleSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<String> publisher = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<Progress> progress = new Select<>();

    /** What the reader should look at first (new conflicts with verified statements), above the articles. */
    final com.vaadin.flow.component.html.Div alerts = new com.vaadin.flow.component.html.Div();

    public ArticlesView(ArticleCatalog catalog, ArticleImporter importer, Assignments assignments, CurrentUser user,
                        java.util.List<org.verbatim.base.Alerts> alertSources) {
        setSizeFull();
        addClassName("vb-articles");

        search.setPlaceholder("Search titles, publishers, files");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        publisher.setPlaceholder("Any publisher");
        publisher.setItems(catalog.publishers());
        publisher.setClearButtonVisible(true);
        from.setPlaceholder("Published from");
        to.setPlaceholder("to");
        progress.setItems(Progress.values());
        progress.setItemLabelGenerator(p -> switch (p) {
            case ANY -> "Any progress";
            case PENDING -> "Quotes pending";
            case DONE -> "All reviewed";
        });
        progress.setValue(Progress.ANY);

        Button importButton = new Button("Import…", VaadinIcon.UPLOAD.create(),
                e -> new ImportDialog(importer, () -> grid.getDataProvider().refreshAll()).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(user.hasRole(Role.FACT_CHECKER) || user.hasRole(Role.EDITOR)
                || user.hasRole(Role.ADMIN));

        HorizontalLayout filters = new HorizontalLayout(search, publisher, from, to, progress, importButton);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setFlexGrow(1, search);
        filters.setWrap(true);

        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(4).setKey("title");
        grid.addColumn(r -> r.publisher() == null ? "" : r.publisher()).setHeader("Publisher").setFlexGrow(1);
        grid.addColumn(r -> r.publishedOn() == null ? "" : r.publishedOn().toString())
                .setHeader("Published").setFlexGrow(0).setWidth("9em");
        grid.addColumn(r -> r.pending() + " pending / " + r.done() + " done")
                .setHeader("Review").setFlexGrow(0).setWidth("13em").setKey("progress");
        if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
            grid.addComponentColumn(r -> {
                Button assign = new Button("Assign…", e -> new AssignDialog("“" + r.title() + "”",
                        assignments.factCheckers(), assignments.of(r.id(), null).orElse(null),
                        (who, due) -> assignments.assignArticle(r.id(), who, due), () -> { }).open());
                assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                assign.setAriaLabel("Assign “" + r.title() + "” to a fact-checker");
                return assign;
            }).setAutoWidth(true).setFlexGrow(0).setKey("assign");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> catalog.articles(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> catalog.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setSizeFull();

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        publisher.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        progress.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        alerts.addClassName("vb-home-alerts");
        for (org.verbatim.base.Alerts source : alertSources) {
            source.current().forEach(a -> alerts.add(new com.vaadin.flow.component.html.Anchor(a.route(), a.text())));
        }
        alerts.setVisible(alerts.getComponentCount() > 0);
        add(new H2("Articles"), alerts, filters, grid);
    }

    Filter filter() {
        return new Filter(search.getValue(), publisher.getValue(), from.getValue(), to.getValue(),
                progress.getValue());
    }

    void open(ArticleSummary article) {
        getUI().ifPresent(ui -> ui.navigate(ArticleReaderView.class,
                new RouteParameters("articleId", String.valueOf(article.id()))));
    }
}

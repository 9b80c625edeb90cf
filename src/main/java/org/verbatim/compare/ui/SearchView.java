package org.verbatim.compare.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.compare.RelatedStatements;

/**
 * Search over every quote: words, facets with counts, highlighted hits that open in their article, and per hit its
 * related statements, its contradiction candidates, and a place in the comparison.
 */
@Route("search")
@PageTitle("Search · Verbatim")
@Menu(order = 4, title = "Search", icon = "vaadin:search")
@PermitAll
public class SearchView extends HorizontalLayout implements BeforeEnterObserver {

    final TextField query = new TextField();
    final Map<Facet, CheckboxGroup<QuoteSearch.FacetValue>> facets = new EnumMap<>(Facet.class);
    final Div results = new Div();
    final Span summary = new Span();
    final Span problem = new Span();
    final Button compare = new Button("Compare selected");
    final Button previous = new Button("Previous");
    final Button next = new Button("Next");
    final Set<Long> selected = new LinkedHashSet<>();

    static final int PAGE_SIZE = 50;

    private final QuoteSearch search;
    private final RelatedStatements related;
    private boolean updatingFacets;
    /** The search shown, as its address says. */
    private SearchLink shown = new SearchLink("", null, 0);

    public SearchView(QuoteSearch search, RelatedStatements related) {
        this.search = search;
        this.related = related;
        setSizeFull();
        addClassName("vb-search");

        query.setPlaceholder("Words, \"a phrase\", -not, either|or, prefix*");
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setAriaLabel("Search quotes");
        query.addKeyPressListener(Key.ENTER, e -> run());
        Button go = new Button("Search", e -> run());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setEnabled(false);
        compare.addClickListener(e -> CompareView.open(List.copyOf(selected)));
        HorizontalLayout bar = new HorizontalLayout(query, go, compare);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.addClassName("vb-search-bar");
        bar.expand(query);

        problem.addClassName("vb-problem");
        problem.setVisible(false);
        summary.addClassName("vb-meta");
        results.addClassName("vb-results");
        previous.setId("search-previous");
        next.setId("search-next");
        previous.addClickListener(e -> show(shown.atPage(shown.page() - 1)));
        next.addClickListener(e -> show(shown.atPage(shown.page() + 1)));
        HorizontalLayout pages = new HorizontalLayout(previous, next);
        VerticalLayout main = new VerticalLayout(bar, problem, summary, results, pages);
        main.addClassName("vb-search-main");
        main.setWidthFull();

        VerticalLayout side = new VerticalLayout();
        side.addClassName("vb-facets");
        side.setWidth("18rem");
        for (Facet facet : Facet.values()) {
            CheckboxGroup<QuoteSearch.FacetValue> group = new CheckboxGroup<>(facet.label());
            group.setItemLabelGenerator(v -> v.label() + " (" + v.count() + ")");
            group.addThemeName("vertical");
            group.addValueChangeListener(e -> {
                if (!updatingFacets) {
                    run();
                }
            });
            facets.put(facet, group);
            side.add(group);
        }
        add(side, main);
        setFlexGrow(1, main);
    }

    /** Runs the search the address holds: a shared or bookmarked address, back and forward, or {@link #show}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shown = SearchLink.of(event.getLocation().getQueryParameters());
        query.setValue(shown.text());
        search(shown);
    }

    /** Searches for what the fields say, from the first page. */
    void run() {
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        facets.forEach((facet, group) -> {
            Set<String> values = new LinkedHashSet<>();
            group.getValue().forEach(v -> values.add(v.value()));
            if (!values.isEmpty()) {
                chosen.put(facet, values);
            }
        });
        show(new SearchLink(query.getValue(), chosen, 0));
    }

    /** Puts {@code link} in the address bar (a new history entry), which runs it. */
    private void show(SearchLink link) {
        getUI().ifPresentOrElse(ui -> ui.navigate(SearchView.class, link.parameters()), () -> {
            shown = link;
            search(link);
        });
    }

    private void search(SearchLink link) {
        QuoteSearch.Result result = search.search(new QuoteSearch.Query(link.text(), link.chosen(),
                link.page() * PAGE_SIZE, PAGE_SIZE));
        results.removeAll();
        problem.setVisible(result.problem() != null);
        problem.setText(result.problem() == null ? "" : result.problem());
        previous.setVisible(false);
        next.setVisible(false);
        if (result.problem() != null) {
            summary.setText("");
            return;
        }
        long first = (long) link.page() * PAGE_SIZE;
        String count = result.total() + (result.total() == 1 ? " statement" : " statements");
        summary.setText(result.total() > PAGE_SIZE && !result.hits().isEmpty()
                ? count + " · " + (first + 1) + "–" + (first + result.hits().size()) : count);
        previous.setVisible(link.page() > 0);
        next.setVisible(first + result.hits().size() < result.total());
        showFacets(result, link.chosen());
        for (QuoteSearch.Hit hit : result.hits()) {
            results.add(hitCard(hit));
        }
    }

    private void showFacets(QuoteSearch.Result result, Map<Facet, Set<String>> chosen) {
        updatingFacets = true;
        try {
            facets.forEach((facet, group) -> {
                List<QuoteSearch.FacetValue> values = new ArrayList<>(result.facets().getOrDefault(facet, List.of()));
                Set<String> keep = chosen.getOrDefault(facet, Set.of());
                group.setItems(values);
                group.setValue(new LinkedHashSet<>(values.stream().filter(v -> keep.contains(v.value())).toList()));
                group.setVisible(!values.isEmpty());
            });
        } finally {
            updatingFacets = false;
        }
    }

    private Div hitCard(QuoteSearch.Hit hit) {
        StatementCard card = new StatementCard(hit.card(), hit.highlight());
        long id = hit.card().quoteId();
        Button relatedButton = new Button("Related", e -> showRelated(id));
        Button contradictions = new Button("Contradictions", e -> ConflictsView.openFor(id));
        Checkbox pick = new Checkbox("Compare", selected.contains(id));
        pick.addValueChangeListener(e -> {
            if (e.getValue()) {
                selected.add(id);
            } else {
                selected.remove(id);
            }
            compare.setEnabled(selected.size() >= 2);
        });
        for (Button b : List.of(relatedButton, contradictions)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout actions = new HorizontalLayout(relatedButton, contradictions, pick);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.CENTER);
        card.add(actions);
        card.getElement().setAttribute("data-quote", String.valueOf(id));
        return card;
    }

    void showRelated(long quoteId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Related statements in other articles");
        dialog.setWidth("min(60rem, 95vw)");
        var found = related.relatedTo(quoteId, 10);
        if (found.isEmpty()) {
            dialog.add(new Span("Nothing similar in other articles."));
        }
        for (RelatedStatements.Related r : found) {
            StatementCard card = new StatementCard(r.card(), null);
            Span shared = new Span("Shared: " + String.join(", ", r.sharedWords()));
            shared.addClassName("vb-shared");
            card.add(shared);
            dialog.add(card);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    static void open(String q) {
        com.vaadin.flow.component.UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", q));
    }

    static H3 heading(String text) {
        return new H3(text);
    }
}

package org.verbatim.compare.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.compare.PairLabels;
import org.verbatim.compare.QuoteCard;
import org.verbatim.compare.StatementComparison;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/** Two or more statements side by side ({@code compare?quotes=1,2}); a pair can be labelled here. */
@Route("compare")
@PageTitle("Compare · Verbatim")
@PermitAll
public class CompareView extends VerticalLayout implements BeforeEnterObserver {

    final Div columns = new Div();
    final Span empty = new Span("Choose two or more statements in the search to compare them.");
    LabelButtons labelButtons;
    List<QuoteCard> shown = List.of();

    private final StatementComparison comparison;
    private final PairLabels labels;
    private final CurrentUser user;

    public CompareView(StatementComparison comparison, PairLabels labels, CurrentUser user) {
        this.comparison = comparison;
        this.labels = labels;
        this.user = user;
        columns.addClassName("vb-compare-columns");
        add(new H2("Compare statements"), empty, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Long> ids = new ArrayList<>();
        event.getLocation().getQueryParameters().getSingleParameter("quotes").ifPresent(list -> {
            for (String part : list.split(",")) {
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException ignored) {
                    // a hand-edited address: skip what is not an id
                }
            }
        });
        show(ids);
    }

    void show(List<Long> ids) {
        columns.removeAll();
        if (labelButtons != null) {
            remove(labelButtons);
            labelButtons = null;
        }
        shown = comparison.cards(ids);
        empty.setVisible(shown.size() < 2);
        for (QuoteCard card : shown) {
            StatementCard column = new StatementCard(card, null);
            column.addClassName("vb-compare-column");
            columns.add(column);
        }
        if (shown.size() == 2) {
            long a = shown.get(0).quoteId();
            long b = shown.get(1).quoteId();
            var mark = labels.markOf(a, b);
            labelButtons = new LabelButtons(labels, a, b, mark.verdict(), mark.note(), user.hasRole(Role.FACT_CHECKER));
            add(labelButtons);
        }
    }

    static void open(List<Long> quoteIds) {
        UI.getCurrent().navigate(CompareView.class, QueryParameters.of("quotes",
                quoteIds.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }
}

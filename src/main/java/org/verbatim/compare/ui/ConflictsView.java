package org.verbatim.compare.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.compare.ContradictionFinder;
import org.verbatim.compare.PairLabels;
import org.verbatim.compare.PairVerdict;
import org.verbatim.compare.UnreadableQueryException;
import org.verbatim.compare.WatchList;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Conflicts: the watch list of newly imported statements that contradict confirmed ones, the contradiction finder
 * for a topic or a quote grouped by affiliation ("conflicting statements by one government"), with label buttons,
 * and the search over labelled pairs.
 */
@Route("conflicts")
@PageTitle("Conflicts · Verbatim")
@Menu(order = 6, title = "Conflicts", icon = "vaadin:scale-unbalance")
@RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
public class ConflictsView extends VerticalLayout implements BeforeEnterObserver {

    final Div watch = new Div();
    final Button markSeen = new Button("Mark all as seen");
    final TextField topic = new TextField();
    final Div groups = new Div();
    final Span finderMessage = new Span();
    final TextField labelQuery = new TextField();
    final Select<PairVerdict> labelVerdict = new Select<>();
    final Div labelled = new Div();
    Long quoteId;

    private final ContradictionFinder finder;
    private final WatchList watchList;
    private final PairLabels labels;
    private final boolean mayLabel;

    public ConflictsView(ContradictionFinder finder, WatchList watchList, PairLabels labels, CurrentUser user) {
        this.finder = finder;
        this.watchList = watchList;
        this.labels = labels;
        this.mayLabel = user.hasRole(Role.FACT_CHECKER);

        markSeen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markSeen.addClickListener(e -> {
            watchList.markSeen();
            showWatch();
        });
        watch.addClassName("vb-watch");

        topic.setPlaceholder("Topic, e.g. a party and what is said of it");
        topic.setAriaLabel("Topic");
        topic.setClearButtonVisible(true);
        topic.setWidth("28rem");
        topic.addKeyPressListener(Key.ENTER, e -> {
            quoteId = null;
            showCandidates();
        });
        Button find = new Button("Find contradictions", e -> {
            quoteId = null;
            showCandidates();
        });
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finderMessage.addClassName("vb-meta");

        labelQuery.setPlaceholder("Search labelled pairs");
        labelQuery.setAriaLabel("Search labelled pairs");
        labelQuery.addKeyPressListener(Key.ENTER, e -> showLabelled());
        labelVerdict.setItems(PairVerdict.values());
        labelVerdict.setItemLabelGenerator(v -> v == null ? "Any label" : v.label());
        labelVerdict.setEmptySelectionAllowed(true);
        labelVerdict.setEmptySelectionCaption("Any label");
        labelVerdict.setValue(PairVerdict.CONTRADICTS);
        labelVerdict.addValueChangeListener(e -> showLabelled());
        Button searchLabels = new Button("Search", e -> showLabelled());

        add(new HorizontalLayout(new H3("New conflicts"), markSeen), watch,
                new H3("Contradiction finder"), new HorizontalLayout(topic, find), finderMessage, groups,
                new H3("Labelled pairs"), new HorizontalLayout(labelQuery, labelVerdict, searchLabels), labelled);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        quoteId = params.getSingleParameter("quote").flatMap(ConflictsView::parse).orElse(null);
        params.getSingleParameter("topic").ifPresent(topic::setValue);
        showWatch();
        if (quoteId != null || !topic.isEmpty()) {
            showCandidates();
        }
        showLabelled();
    }

    void showWatch() {
        watch.removeAll();
        List<WatchList.Conflict> conflicts = watchList.newConflicts();
        if (conflicts.isEmpty()) {
            watch.add(new Span("No new conflicts since you last looked."));
        }
        for (WatchList.Conflict c : conflicts) {
            long newer = c.newer().quoteId();
            long earlier = c.earlier().quoteId();
            // a pair someone labelled since it was found shows its label and note like any other
            var mark = labels.markOf(newer, earlier);
            watch.add(pair(new StatementCard(c.newer(), null), new StatementCard(c.earlier(), null), c.reasons(),
                    newer, earlier, mark.verdict(), mark.note()));
        }
    }

    void showCandidates() {
        groups.removeAll();
        List<ContradictionFinder.Group> found;
        try {
            found = finder.byAffiliation(topic.getValue(), quoteId, 25);
        } catch (UnreadableQueryException | IllegalArgumentException e) {
            finderMessage.setText(e.getMessage());
            return;
        }
        int count = found.stream().mapToInt(g -> g.candidates().size()).sum();
        finderMessage.setText(count == 0 ? "No candidate pairs."
                : count + " candidate pairs" + (quoteId != null ? " for the chosen statement" : "")
                + ", grouped by affiliation");
        for (ContradictionFinder.Group g : found) {
            VerticalLayout inside = new VerticalLayout();
            inside.setPadding(false);
            for (ContradictionFinder.Candidate c : g.candidates()) {
                inside.add(pair(new StatementCard(c.first(), null), new StatementCard(c.second(), null), c.reasons(),
                        c.first().quoteId(), c.second().quoteId(), c.label(), c.labelNote()));
            }
            Details details = new Details(g.label() + " — " + g.candidates().size()
                    + (g.candidates().size() == 1 ? " pair" : " pairs"), inside);
            details.setOpened(g == found.getFirst() || g.key() != null);
            details.addClassName("vb-group");
            groups.add(details);
        }
    }

    void showLabelled() {
        labelled.removeAll();
        try {
            var found = labels.find(labelQuery.getValue(), labelVerdict.getValue(), 50);
            if (found.isEmpty()) {
                labelled.add(new Span("No labelled pairs match."));
            }
            for (PairLabels.LabelView l : found) {
                Div row = pair(new StatementCard(l.first(), null), new StatementCard(l.second(), null),
                        l.note() == null ? List.of() : List.of("Note: " + l.note()), l.first().quoteId(),
                        l.second().quoteId(), l.verdict(), l.note());
                labelled.add(row);
            }
        } catch (UnreadableQueryException e) {
            labelled.add(new Span(e.getMessage()));
        }
    }

    private Div pair(StatementCard a, StatementCard b, List<String> reasons, long first, long second,
                     PairVerdict label, String note) {
        Div pair = new Div();
        pair.addClassName("vb-pair");
        Div sides = new Div(a, b);
        sides.addClassName("vb-compare-columns");
        UnorderedList why = new UnorderedList();
        why.addClassName("vb-reasons");
        reasons.forEach(r -> why.add(new ListItem(r)));
        Button compare = new Button("Side by side", e -> CompareView.open(List.of(first, second)));
        compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        pair.add(sides, why, new HorizontalLayout(new LabelButtons(labels, first, second, label, note, mayLabel), compare));
        return pair;
    }

    static void openFor(long quoteId) {
        UI.getCurrent().navigate(ConflictsView.class, QueryParameters.of("quote", String.valueOf(quoteId)));
    }

    private static java.util.Optional<Long> parse(String s) {
        try {
            return java.util.Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}

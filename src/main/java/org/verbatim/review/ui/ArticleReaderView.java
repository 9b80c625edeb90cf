package org.verbatim.review.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.verbatim.base.ui.UiPolling;
import org.verbatim.comment.QuoteComments;
import org.verbatim.presence.QuotePresence;
import org.verbatim.quote.ArticleCatalog;
import org.verbatim.quote.ArticleCatalog.ArticleReading;
import org.verbatim.quote.ArticleCatalog.ArticleSummary;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.Assignments;
import org.verbatim.review.ReviewNotes;
import org.verbatim.review.ReviewNotes.Notes;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.CurrentUser;
import org.verbatim.speaker.SpeakerFinder;

/**
 * One article as received, every quote highlighted by status, and the panel to review the selected quote.
 * {@code articles/<id>?quote=<id>} opens it at a quote. Keys: j/k, c, x, e, Esc, ?. The article's head stays in
 * view while its text scrolls; on a phone the panel comes below the text.
 */
@Route("articles/:articleId")
@PermitAll
public class ArticleReaderView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle,
        QuotePanel.Host {

    private final ArticleCatalog catalog;
    private final ReviewNotes reviewNotes;
    private final ArticleReader reader = new ArticleReader();
    private final QuotePanel panel;
    private final H2 title = new H2();
    private final Span meta = new Span();
    private long articleId;
    private List<Quote> quotes = List.of();
    private Map<Long, Notes> notes = Map.of();
    private ArticleSummary summary;
    private String pageTitle = "Article · Verbatim";

    public ArticleReaderView(ArticleCatalog catalog, ReviewNotes reviewNotes, ReviewWorkflow workflow,
                             Assignments assignments, QuoteComments comments, QuotePresence presence,
                             UiPolling polling, SpeakerFinder speakers, ClaimRatings ratings, CurrentUser user) {
        this.catalog = catalog;
        this.reviewNotes = reviewNotes;
        this.panel = new QuotePanel(workflow, assignments, comments, presence, polling, speakers, ratings, user,
                this);
        setSizeFull();
        setSpacing(false);
        addClassName("vb-reader-layout");

        meta.addClassName("vb-meta");
        RouterLink back = new RouterLink("← Articles", ArticlesView.class);
        VerticalLayout head = new VerticalLayout(back, title, meta, legend());
        head.addClassName("vb-reader-head");
        head.setSpacing(false);
        Div scroll = new Div(head, reader);
        scroll.addClassName("vb-reader-scroll");
        scroll.setWidthFull();
        add(scroll, panel);
        setFlexGrow(1, scroll);

        reader.addQuoteClickListener(e -> select(e.quoteId()));
        reader.addSpanSelectListener(e -> panel.selectionChanged(e.cleared() ? null
                : new QuotePanel.Selection(e.start(), e.end(), reader.textOf(e.start(), e.end()))));
        reader.addKeyListener(e -> onKey(e.key()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("articleId").flatMap(ArticleReaderView::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such article");
            return;
        }
        articleId = id.get();
        ArticleReading reading;
        try {
            reading = catalog.reading(articleId);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class, "There is no such article");
            return;
        }
        show(reading);
        panel.showNothing(articleId);
        Long wanted = event.getLocation().getQueryParameters().getSingleParameter("quote")
                .flatMap(ArticleReaderView::parse).orElse(null);
        if (wanted != null) {
            select(wanted);
        }
    }

    private void show(ArticleReading reading) {
        quotes = reading.quotes();
        summary = reading.summary();
        pageTitle = summary.title() + " · Verbatim";
        title.setText(summary.title());
        showMeta();
        notes = reviewNotes.of(quotes.stream().map(Quote::getId).toList());
        reader.show(reading.text(), quotes, id -> notes.getOrDefault(id, Notes.NONE).returned());
    }

    private void showMeta() {
        long pending = quotes.stream().filter(q -> q.getStatus() == ReviewStatus.PENDING).count();
        meta.setText(String.join(" · ", Stream.of(
                summary.publisher(),
                summary.publishedOn() == null ? null : summary.publishedOn().toString(),
                pending + " pending / " + (quotes.size() - pending) + " done")
                .filter(s -> s != null && !s.isBlank()).toList()));
    }

    @Override
    public void saved(Quote quote, boolean advance) {
        if (quotes.stream().anyMatch(q -> q.getId().equals(quote.getId()))) {
            // a step changes its own quote only: that one is put back as saved, the article is not read again
            quotes = quotes.stream().map(q -> q.getId().equals(quote.getId()) ? quote : q)
                    .sorted(Comparator.comparingInt(Quote::getStartOffset)).toList();
            Map<Long, Notes> updatedNotes = new HashMap<>(notes);
            updatedNotes.remove(quote.getId());
            reviewNotes.of(List.of(quote.getId())).forEach(updatedNotes::put);
            notes = updatedNotes;
            showMeta();
            reader.setQuotes(quotes, id -> notes.getOrDefault(id, Notes.NONE).returned());
        } else {
            show(catalog.reading(articleId));
        }
        Long next = advance ? nextToReview(quote.getId()) : null;
        select(next != null ? next : quote.getId());
    }

    @Override
    public void reload(long quoteId) {
        show(catalog.reading(articleId));
        select(quoteId);
    }

    @Override
    public void closed() {
        reader.select(null);
    }

    /** The first quote after {@code quoteId} in reading order that still waits for review, wrapping around. */
    private Long nextToReview(long quoteId) {
        int at = -1;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).getId() == quoteId) {
                at = i;
            }
        }
        for (int step = 1; step < quotes.size(); step++) {
            Quote q = quotes.get(Math.floorMod(at + step, quotes.size()));
            if (q.getStatus() == ReviewStatus.PENDING) {
                return q.getId();
            }
        }
        return null;
    }

    void select(long quoteId) {
        quotes.stream().filter(q -> q.getId() == quoteId).findFirst().ifPresent(q -> {
            reader.select(q.getId());
            panel.show(q, notes.getOrDefault(q.getId(), Notes.NONE));
        });
    }

    void onKey(String key) {
        switch (key) {
            case "j" -> step(1);
            case "k" -> step(-1);
            case "c" -> panel.confirm();
            case "x" -> panel.startReject();
            case "e" -> panel.startEdit();
            case "Escape" -> panel.close();
            case "?" -> shortcuts().open();
            default -> { }
        }
    }

    private void step(int direction) {
        if (quotes.isEmpty()) {
            return;
        }
        Long current = currentId();
        int index = -1;
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.get(i).getId().equals(current)) {
                index = i;
            }
        }
        int next = index < 0 ? (direction > 0 ? 0 : quotes.size() - 1)
                : Math.floorMod(index + direction, quotes.size());
        select(quotes.get(next).getId());
    }

    private Long currentId() {
        return panel.current() == null ? null : panel.current().getId();
    }

    private static Dialog shortcuts() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Keyboard shortcuts");
        VerticalLayout rows = new VerticalLayout();
        String[][] keys = {{"j", "next quote"}, {"k", "previous quote"}, {"c", "confirm"}, {"x", "reject (asks why)"},
                {"e", "edit span, speaker or type"}, {"Esc", "close the quote"}, {"?", "this list"}};
        for (String[] k : keys) {
            Span key = new Span(k[0]);
            key.addClassName("vb-kbd");
            rows.add(new HorizontalLayout(key, new Span(k[1])));
        }
        d.add(rows);
        d.getFooter().add(new Button("Close", e -> d.close()));
        return d;
    }

    private static HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.addClassName("vb-legend");
        for (ReviewStatus s : ReviewStatus.values()) {
            legend.add(legendItem(s.label(), StatusBadge.cssName(s, false)));
            if (s == ReviewStatus.PENDING) {
                legend.add(legendItem(StatusBadge.RETURNED, "returned"));
            }
        }
        return legend;
    }

    private static Span legendItem(String label, String css) {
        Span item = new Span(label);
        item.addClassNames("vb-q", "vb-q-" + css);
        return item;
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Opens an article in the reader with one of its quotes selected. */
    public static void openAt(long articleId, long quoteId) {
        UI.getCurrent().navigate(ArticleReaderView.class,
                new RouteParameters("articleId", String.valueOf(articleId)),
                QueryParameters.of("quote", String.valueOf(quoteId)));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    List<Quote> quotes() {
        return quotes;
    }

    QuotePanel panel() {
        return panel;
    }

    ArticleReader reader() {
        return reader;
    }
}

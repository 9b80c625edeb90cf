package org.verbatim.compare;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.SearchException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.quote.Quote;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;

/**
 * Full-text search over every quote: English analysis, facets with counts, highlighted matches; and timelines of one
 * speaker or of everyone of one affiliation. A query it cannot read comes back as a message, never as an error.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class QuoteSearch {

    /** What a person asks: words, facet values chosen (any within a facet, all facets together), a page. */
    public record Query(String text, Map<Facet, Set<String>> chosen, int offset, int limit, String speaker) {
        public Query {
            chosen = chosen == null ? Map.of() : Map.copyOf(chosen);
            limit = Math.max(1, Math.min(limit, 200));
            offset = Math.max(0, offset);
            speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
        }

        public Query(String text, Map<Facet, Set<String>> chosen, int offset, int limit) {
            this(text, chosen, offset, limit, null);
        }

        public static Query of(String text) {
            return new Query(text, Map.of(), 0, 50);
        }
    }

    public record FacetValue(String value, String label, long count) {
    }

    /** A quote found; {@code highlight} is HTML: the text escaped, matches in {@code <mark>}. */
    public record Hit(QuoteCard card, String highlight, float score) {
    }

    /** {@code problem} is set, and the rest empty, when the query could not be read. */
    public record Result(List<Hit> hits, long total, Map<Facet, List<FacetValue>> facets, String problem) {
        static Result unreadable(String problem) {
            return new Result(List.of(), 0, Map.of(), problem);
        }
    }

    /** Whose statements a timeline shows: one speaker, or everyone of one affiliation; narrowed by a topic. */
    public record Timeline(Long speakerId, String affiliationKey, String topic) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuoteSearch.class);

    static final int FACET_SIZE = 30;
    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    private final StatementIndex index;
    private final AffiliationLabels affiliationLabels;

    QuoteSearch(StatementIndex index, AffiliationLabels affiliationLabels) {
        this.index = index;
        this.affiliationLabels = affiliationLabels;
    }

    public Result search(Query query) {
        var lucene = index.luceneSearch();
        return lucene.isPresent() ? searchLucene(query, lucene.get()) : searchWithAggregations(query);
    }

    /** The search as any backend runs it: Hibernate Search's own terms aggregations count the facets. */
    Result searchWithAggregations(Query query) {
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            keys.put(facet, AggregationKey.of(facet.name()));
        }
        SearchResult<Object[]> found;
        try {
            found = run(query, keys, false);
        } catch (SearchException | IllegalArgumentException e) {
            // the same search without the person's words: if that works, it was the words
            run(query, keys, true);
            log.info("Unreadable query «{}»: {}", query.text(), e.getMessage());
            return Result.unreadable(new UnreadableQueryException(query.text(), e).getMessage());
        }
        List<Hit> hits = hits(found.hits(), 2, QuoteSearch::fragment);
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facetValues(facet, found.aggregation(keys.get(facet))));
        }
        return new Result(hits, found.total().hitCountLowerBound(), facets, null);
    }

    /** The same search on a Lucene index: one Lucene query for the hits and, counted apart, the facets. */
    private Result searchLucene(Query query, LuceneSearch lucene) {
        org.apache.lucene.search.Query filtered;
        try {
            filtered = lucene.filtered(lucene.topic(query.text()), query.chosen(), query.speaker());
        } catch (IllegalArgumentException e) {
            log.info("Unreadable query «{}»: {}", query.text(), e.getMessage());
            return Result.unreadable(new UnreadableQueryException(query.text(), e).getMessage());
        }
        // the counts on other cores while this thread finds the page of hits (and reads their cards)
        var counting = lucene.countInBackground(filtered, FACET_SIZE);
        List<Object[]> rows = index.session().search(Quote.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asArray())
                .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(filtered))
                // the count comes from the counting: Lucene may skip what cannot make the page
                .totalHitCountThreshold(query.offset() + query.limit())
                .fetchHits(query.offset(), query.limit());
        List<Hit> hits = hits(rows, 1, (card, row) -> lucene.highlight(card.text(), filtered));
        LuceneSearch.Counts counts = counting.join();
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        counts.facets().forEach((facet, values) -> facets.put(facet, facetValues(facet, values)));
        return new Result(hits, counts.total(), facets, null);
    }

    private SearchResult<Object[]> run(Query query, Map<Facet, AggregationKey<Map<String, Long>>> keys,
                                       boolean withoutWords) {
        StatementQueries q = index.queries();
        var step = index.session().search(Quote.class)
                .select(f -> f.composite().from(f.id(Long.class), f.highlight(StatementQueries.TEXT), f.score())
                        .asArray())
                .where(f -> q.filtered(f, withoutWords ? f.matchAll() : q.topic(f, query.text()), query.chosen(),
                        query.speaker()))
                .highlighter(h -> h.unified().tag(MARK_OPEN, MARK_CLOSE).encoder(HighlighterEncoder.HTML)
                        .noMatchSize(400).numberOfFragments(1));
        for (Facet facet : Facet.values()) {
            step = step.aggregation(keys.get(facet), f -> f.terms()
                    .field(facet.field, String.class, ValueModel.INDEX).maxTermCount(FACET_SIZE));
        }
        return step.fetch(query.offset(), query.limit());
    }

    /** Statements in the order they were published (undated last), at most 500. */
    public List<Hit> timeline(Timeline timeline) {
        if (timeline.speakerId() == null && (timeline.affiliationKey() == null || timeline.affiliationKey().isBlank())) {
            throw new IllegalArgumentException("Choose a speaker or an affiliation");
        }
        StatementQueries q = index.queries();
        try {
            List<Object[]> rows = index.session().search(Quote.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.highlight(StatementQueries.TEXT), f.score())
                            .asArray())
                    .where(f -> {
                        var bool = f.bool().must(q.topic(f, timeline.topic()));
                        bool.filter(timeline.speakerId() != null ? q.ofSpeaker(f, timeline.speakerId())
                                : q.ofAffiliation(f, timeline.affiliationKey()));
                        return bool;
                    })
                    .highlighter(h -> h.unified().tag(MARK_OPEN, MARK_CLOSE).encoder(HighlighterEncoder.HTML)
                            .noMatchSize(400).numberOfFragments(1))
                    .sort(f -> f.field("article.publishedOn").asc().missing().last()
                            .then().field("article.importedAt").asc())
                    .fetchHits(500);
            return hits(rows, 2, QuoteSearch::fragment);
        } catch (SearchException e) {
            throw new UnreadableQueryException(timeline.topic(), e);
        }
    }

    /** The affiliations statements are grouped by, with how many statements each has, most first. */
    public List<FacetValue> affiliations() {
        return search(new Query(null, Map.of(), 0, 1)).facets().getOrDefault(Facet.AFFILIATION, List.of());
    }

    /** The key an affiliation as written is grouped under ("Iranian" and "Iran" share one). */
    public String affiliationKeyOf(String written) {
        return org.verbatim.speaker.AffiliationKey.of(written);
    }

    public String affiliationLabel(String key) {
        return affiliationLabels.label(key);
    }

    /** A facet's values with their counts and labels, in the order given. */
    private List<FacetValue> facetValues(Facet facet, Map<String, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new FacetValue(value, label(facet, value), count)));
        return List.copyOf(values);
    }

    /**
     * The hits of {@code rows} (quote id first, the score in column {@code scoreColumn}) whose quotes are still in the
     * database, with their cards and their text marked by {@code highlight}.
     */
    private List<Hit> hits(List<Object[]> rows, int scoreColumn, BiFunction<QuoteCard, Object[], String> highlight) {
        Map<Long, QuoteCard> cards = new HashMap<>();
        index.cards(rows.stream().map(r -> (Long) r[0]).toList()).forEach(c -> cards.put(c.quoteId(), c));
        List<Hit> out = new ArrayList<>();
        for (Object[] r : rows) {
            QuoteCard card = cards.get((Long) r[0]);
            if (card == null) {
                continue;   // deleted since it was indexed
            }
            out.add(new Hit(card, highlight.apply(card, r), r[scoreColumn] == null ? 0 : (Float) r[scoreColumn]));
        }
        return out;
    }

    /** Hibernate Search's highlighted fragment (the row's second column), "…" where the quote goes on. */
    private static String fragment(QuoteCard card, Object[] row) {
        @SuppressWarnings("unchecked")
        List<String> fragments = (List<String>) row[1];
        String highlight = fragments == null || fragments.isEmpty() ? escape(card.text()) : fragments.getFirst();
        if (highlight.length() < card.text().length() && !card.text().endsWith(strip(highlight))) {
            highlight = highlight + "…";
        }
        return highlight;
    }

    private static String strip(String html) {
        return html.replace(MARK_OPEN, "").replace(MARK_CLOSE, "").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String label(Facet facet, String value) {
        return switch (facet) {
            case AFFILIATION -> affiliationLabels.label(value);
            case MONTH -> {
                try {
                    yield YearMonth.parse(value).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
                } catch (RuntimeException e) {
                    yield value;
                }
            }
            case STATUS -> {
                String s = ReviewStatus.valueOf(value).name().toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            case VERDICT -> Verdict.valueOf(value).label();
            default -> value;
        };
    }

    static PredicateFinalStep none(SearchPredicateFactory f) {
        return f.matchNone();
    }
}

package org.verbatim.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.speaker.AffiliationKey;
import org.verbatim.speaker.SpeakerKind;

/**
 * Reads statements and quote cards for the comparison use cases: statements from the index, cards from the
 * database. Callers bring the transaction.
 */
@Component
class StatementIndex {

    /** A statement and how well it matched. */
    record Hit(Statement statement, float score) {
    }

    @PersistenceContext
    private EntityManager em;

    private final StatementQueries queries;
    private final LuceneSearch luceneSearch;
    private final Claims claims = new Claims();

    StatementIndex(EntityManagerFactory emf) {
        var mapping = Search.mapping(emf.unwrap(SessionFactory.class));
        this.queries = new StatementQueries(mapping, this::statementCount);
        this.luceneSearch = LuceneSearch.forLuceneBackend(mapping, queries);
    }

    /** How long a count of the statements in the index is taken as current: it only bounds common terms. */
    private static final long COUNT_KEPT_NANOS = java.time.Duration.ofMinutes(1).toNanos();
    private volatile long[] counted;

    /** The statements in the index, counted at most once a minute (by the search cluster, where it is one). */
    private long statementCount() {
        long[] last = counted;
        if (last != null && System.nanoTime() - last[1] < COUNT_KEPT_NANOS) {
            return last[0];
        }
        long count = session().search(Quote.class).where(f -> f.matchAll()).fetchTotalHitCount();
        counted = new long[]{count, System.nanoTime()};
        return count;
    }

    /** Searching with facet counts on a Lucene index; empty on other backends. */
    Optional<LuceneSearch> luceneSearch() {
        return Optional.ofNullable(luceneSearch);
    }

    StatementQueries queries() {
        return queries;
    }

    /** Statements read as claims, for comparing their stances. */
    Claims claims() {
        return claims;
    }

    SearchSession session() {
        return Search.session(em);
    }

    Optional<Statement> statement(long quoteId) {
        return session().search(Quote.class)
                .select(f -> queries.statement(f))
                .where(f -> f.id().matching(quoteId))
                .fetchHits(1).stream().findFirst();
    }

    List<Hit> hits(Function<SearchPredicateFactory, PredicateFinalStep> where, int limit) {
        return session().search(Quote.class)
                .select(f -> f.composite().from(queries.statement(f), f.score())
                        .asList(v -> new Hit((Statement) v.get(0), (Float) v.get(1))))
                .where(f -> where.apply(f))
                .fetchHits(limit);
    }

    /** Quote cards in the order of the ids given; ids no longer in the database are left out. */
    List<QuoteCard> cards(Collection<Long> quoteIds) {
        if (quoteIds.isEmpty()) {
            return List.of();
        }
        Map<Long, QuoteCard> byId = new HashMap<>();
        // only the columns a card shows: loading the quotes would load their articles' whole texts with them
        em.createQuery("select new org.verbatim.compare.QuoteCard(q.id, q.version, a.id, a.title, a.publisher,"
                        + " a.publishedOn, q.text, s.canonicalName, s.roleTitle, s.affiliation, q.status, q.verdict)"
                        + " from Quote q join q.article a left join q.speaker s where q.id in :ids", QuoteCard.class)
                .setParameter("ids", quoteIds).getResultList()
                .forEach(c -> byId.put(c.quoteId(), c));
        List<QuoteCard> out = new ArrayList<>();
        for (Long id : quoteIds) {
            QuoteCard c = byId.get(id);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Which of the given quotes are reported speech (the article's words for what was said), not quotations. */
    Set<Long> reported(Collection<Long> quoteIds) {
        if (quoteIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select q.id from Quote q where q.id in :ids and q.type = :type",
                        Long.class).setParameter("ids", quoteIds)
                .setParameter("type", QuoteType.INDIRECT).getResultList());
    }

    /**
     * Gives statements whose affiliation names no place the place the article itself resolves: "the regime's
     * Security Council" is the council of whichever organisation the same article calls "the Ruritanian regime".
     */
    List<Statement> resolveAffiliations(List<Statement> statements) {
        Map<Long, List<Statement>> organisationsByArticle = new HashMap<>();
        List<Statement> out = new ArrayList<>(statements.size());
        Map<Long, String> placeByArticle = new HashMap<>();
        Map<Long, List<Statement>> statementsByArticle = new HashMap<>();
        for (Statement s : statements) {
            String described = described(s);
            if (described != null) {
                // the speaker is itself a body of some state ("Selvania's electoral commission", "the health ministry")
                String place = AffiliationKey.placeOf(described);
                if (!AffiliationKey.isPlace(place)) {
                    place = placeOfBody(s.articleId(), described, placeByArticle, statementsByArticle);
                }
                out.add(place.isEmpty() ? s : s.withAffiliationKey(place));
                continue;
            }
            if (!AffiliationKey.isPlace(s.affiliationKey()) && AffiliationKey.isStateBodyWithoutPlace(s.affiliation())) {
                // "the health ministry" is the ministry of the country the article's other officials speak for
                String place = placeOfBody(s.articleId(), s.affiliation(), placeByArticle, statementsByArticle);
                out.add(place.isEmpty() ? s : s.withAffiliationKey(place));
                continue;
            }
            String possessor = AffiliationKey.isPlace(s.affiliationKey()) ? null
                    : AffiliationKey.commonPossessor(s.affiliation());
            if (possessor == null) {
                out.add(s);
                continue;
            }
            List<Statement> organisations = organisationsByArticle.computeIfAbsent(s.articleId(), this::organisationsIn);
            String resolved = organisations.stream()
                    .filter(o -> AffiliationKey.isPlace(o.affiliationKey()) && o.speakerName() != null
                            && (" " + o.speakerName().toLowerCase(Locale.ROOT) + " ").contains(" " + possessor + " "))
                    .map(Statement::affiliationKey).findFirst().orElse(null);
            out.add(resolved == null ? s : s.withAffiliationKey(resolved));
        }
        return sameSpeakerSamePlace(out);
    }

    /**
     * "Ruth Aldane, the minister of health" in one article and "Brennland's health minister Ruth Aldane" in another: a
     * speaker whose state body names no country, or who has no affiliation, speaks for the country the same speaker
     * speaks for elsewhere.
     */
    static List<Statement> sameSpeakerSamePlace(List<Statement> statements) {
        Map<Long, String> placeOfSpeaker = new HashMap<>();
        for (Statement s : statements) {
            if (s.speakerId() != null && AffiliationKey.isPlace(s.affiliationKey())) {
                placeOfSpeaker.putIfAbsent(s.speakerId(), s.affiliationKey());
            }
        }
        if (placeOfSpeaker.isEmpty()) {
            return statements;
        }
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            String place = s.speakerId() == null ? null : placeOfSpeaker.get(s.speakerId());
            boolean open = s.affiliationKey() == null || !AffiliationKey.isPlace(s.affiliationKey())
                    && AffiliationKey.isStateBodyWithoutPlace(s.affiliation());
            out.add(place != null && open ? s.withAffiliationKey(place) : s);
        }
        return out;
    }

    /**
     * The speaker's name when it describes a body of a state rather than names a person ("Kestria's prime minister",
     * "the finance ministry", "National Bank of Ruvenia") and no affiliation was recorded; {@code null} otherwise.
     */
    static String described(Statement s) {
        String name = s.speakerName();
        if (s.affiliationKey() != null || s.affiliation() != null || name == null || !name.contains(" ")
                || AffiliationKey.isNotTheState(name)) {
            return null;
        }
        boolean description = name.matches(".*(^|\\s)\\p{Ll}.*");
        if (!description) {
            return null;
        }
        return AffiliationKey.isPlace(AffiliationKey.placeOf(name)) || AffiliationKey.isStateBodyWithoutPlace(name)
                ? name : null;
    }

    /**
     * The place of a body of some state the article names without one ("the agriculture ministry"): the place of
     * the article's statement whose speaker names the same body with a place ("the Lithuanian agriculture ministry"),
     * else the article's place ({@link #placeOf}), "" when none.
     */
    private String placeOfBody(long articleId, String body, Map<Long, String> placeByArticle,
                               Map<Long, List<Statement>> statementsByArticle) {
        List<Statement> ofArticle = statementsByArticle.computeIfAbsent(articleId, this::statementsOf);
        String named = placeNaming(body, ofArticle);
        return named != null ? named : placeByArticle.computeIfAbsent(articleId, id -> placeOf(id, ofArticle));
    }

    private List<Statement> statementsOf(long articleId) {
        return hits(f -> f.bool().filter(f.match().field("article.id").matching(articleId)), 200).stream()
                .map(Hit::statement).toList();
    }

    /**
     * The place key of the first statement among {@code others} whose speaker or affiliation has every word of
     * {@code body} ("agriculture ministry" in "The Lithuanian agriculture ministry") and a place; {@code null} when
     * none does.
     */
    static String placeNaming(String body, List<Statement> others) {
        Set<String> words = bodyWords(body);
        if (words.isEmpty()) {
            return null;
        }
        for (Statement o : others) {
            if (AffiliationKey.isPlace(o.affiliationKey())
                    && bodyWords((o.speakerName() == null ? "" : o.speakerName()) + " "
                    + (o.affiliation() == null ? "" : o.affiliation())).containsAll(words)) {
                return o.affiliationKey();
            }
        }
        return null;
    }

    private static final Set<String> NOT_THE_BODY = Set.of("the", "a", "an", "of", "for", "s", "its", "our");

    private static Set<String> bodyWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !NOT_THE_BODY.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The place most of the article's statements ({@code ofArticle}) are affiliated with, "" when none. */
    private String placeOf(long articleId, List<Statement> ofArticle) {
        Map<String, Integer> counts = new HashMap<>();
        for (Statement statement : ofArticle) {
            String key = statement.affiliationKey();
            if (AffiliationKey.isPlace(key)) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            // no official of a country speaks in it: the country its title names ("... to Malta's main hospital")
            String title = titleOf(articleId);
            String place = AffiliationKey.placeOf(title);
            return AffiliationKey.isPlace(place) ? place : "";
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** The titles of the articles, by id; an article without one is left out. */
    Map<Long, String> titlesOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        em.createQuery("select a.id, a.title from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(r -> {
                    if (r[1] != null) {
                        out.put((Long) r[0], (String) r[1]);
                    }
                });
        return out;
    }

    /** The title of an article, {@code null} when it has none or is gone. */
    String titleOf(long articleId) {
        return titlesOf(List.of(articleId)).get(articleId);
    }

    private List<Statement> organisationsIn(long articleId) {
        Map<String, Statement> distinct = new LinkedHashMap<>();
        for (Hit h : hits(f -> f.bool().filter(f.match().field("article.id").matching(articleId))
                .filter(f.match().field("speaker.kind").matching(SpeakerKind.ORGANIZATION)), 200)) {
            distinct.putIfAbsent(h.statement().speakerName(), h.statement());
        }
        return List.copyOf(distinct.values());
    }
}

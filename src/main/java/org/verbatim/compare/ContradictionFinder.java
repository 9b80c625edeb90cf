package org.verbatim.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.util.common.SearchException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.compare.ContradictionScorer.Memory;
import org.verbatim.compare.ContradictionScorer.Scored;
import org.verbatim.speaker.AffiliationKey;

/**
 * Candidate contradictions: pairs of statements on one topic whose stance differs, each with the reasons it was
 * proposed, ranked higher when one speaker or one government said both and as reviewers' labels teach.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ContradictionFinder {

    /** A proposed pair; {@code label} is a reviewer's verdict on it, if any. */
    public record Candidate(QuoteCard first, QuoteCard second, double score, List<String> reasons, String groupKey,
                            String groupLabel, PairVerdict label) {
    }

    /** Candidates whose statements share an affiliation (or a speaker), best first. */
    public record Group(String key, String label, List<Candidate> candidates) {
    }

    /** How many statements like a quote are weighed, and how many hits of a topic are paired. */
    static final int NEIGHBOURS = 60;
    static final int TOPIC_HITS = 40;

    /** A scored pair before it is dressed for display. */
    record Pair(Statement first, Statement second, Scored scored) {
    }

    private final StatementIndex index;
    private final LabelMemory labels;
    private final AffiliationLabels affiliationLabels;

    ContradictionFinder(StatementIndex index, LabelMemory labels, AffiliationLabels affiliationLabels) {
        this.index = index;
        this.labels = labels;
        this.affiliationLabels = affiliationLabels;
    }

    /** Statements that may contradict the given quote, best first. */
    public List<Candidate> forQuote(long quoteId, int limit) {
        Statement source = index.statement(quoteId)
                .orElseThrow(() -> new IllegalArgumentException("This quote is not in the search index"));
        return dress(pairsFor(index, source, null, labels.memory(), limit));
    }

    /** Pairs among the statements on a topic, best first. */
    public List<Candidate> forTopic(String topic, int limit) {
        return dress(pairsOnTopic(topic, limit));
    }

    /** The candidates of a topic (or, when {@code quoteId} is given, of that quote), grouped by affiliation. */
    public List<Group> byAffiliation(String topic, Long quoteId, int limit) {
        List<Candidate> all = quoteId != null ? forQuote(quoteId, limit) : forTopic(topic, limit);
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : all) {
            groups.computeIfAbsent(c.groupKey() == null ? "" : c.groupKey(), k -> new ArrayList<>()).add(c);
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((key, list) -> out.add(new Group(key.isEmpty() ? null : key,
                affiliationLabels.label(key.isEmpty() ? null : key), list)));
        // one government's own contradictions first, then the rest
        out.sort(Comparator.comparing((Group g) -> g.key() == null).thenComparing(g -> -g.candidates().getFirst().score()));
        return out;
    }

    /**
     * The core, shared with the watch list and the benchmark: neighbours of {@code source} by wording (narrowed by
     * {@code restriction} when given), scored as contradiction candidates.
     */
    static List<Pair> pairsFor(StatementIndex index, Statement source, java.util.function.Function<
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory,
            org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep> restriction, Memory memory, int limit) {
        StatementQueries q = index.queries();
        List<StatementIndex.Hit> hits = index.hits(f -> {
            var bool = f.bool().must(q.likeThis(f, source.text())).mustNot(f.id().matching(source.quoteId()));
            if (restriction != null) {
                bool.filter(restriction.apply(f));
            }
            return bool;
        }, NEIGHBOURS);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Statement> statements = new ArrayList<>();
        statements.add(source);
        hits.forEach(h -> statements.add(h.statement()));
        List<Statement> resolved = index.resolveAffiliations(statements);
        Statement a = resolved.getFirst();
        float max = hits.getFirst().score();
        Set<String> sourceTerms = q.terms(a.text());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Statement b = resolved.get(i + 1);
            Set<String> shared = new LinkedHashSet<>(sourceTerms);
            Set<String> bTerms = q.terms(b.text());
            shared.retainAll(bTerms);
            if (shared.isEmpty()) {
                continue;
            }
            double overlap = (double) shared.size() / Math.max(1, Math.min(sourceTerms.size(), bTerms.size()));
            List<String> parties = sharedParties(q, a, b);
            double topic = topic(hits.get(i).score() / max, overlap, parties);
            Scored scored = ContradictionScorer.score(a, b, topic, shared, q.sharedWords(a.text(), b.text()), parties,
                    memory);
            pairs.add(new Pair(a, b, scored));
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.scored().score()));
        return pairs.stream().limit(limit).toList();
    }

    List<Pair> pairsOnTopic(String topic, int limit) {
        StatementQueries q = index.queries();
        List<StatementIndex.Hit> hits;
        try {
            hits = index.hits(f -> q.topic(f, topic), TOPIC_HITS);
        } catch (SearchException | IllegalArgumentException e) {
            throw new UnreadableQueryException(topic, e);
        }
        return pairsAmong(index, hits, labels.memory(), limit);
    }

    static List<Pair> pairsAmong(StatementIndex index, List<StatementIndex.Hit> hits, Memory memory, int limit) {
        if (hits.size() < 2) {
            return List.of();
        }
        StatementQueries q = index.queries();
        List<Statement> statements = index.resolveAffiliations(hits.stream().map(StatementIndex.Hit::statement).toList());
        float max = hits.getFirst().score();
        Map<Long, Set<String>> terms = new HashMap<>();
        statements.forEach(s -> terms.put(s.quoteId(), q.terms(s.text())));
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                Set<String> shared = new LinkedHashSet<>(terms.get(a.quoteId()));
                shared.retainAll(terms.get(b.quoteId()));
                if (shared.isEmpty()) {
                    continue;
                }
                double overlap = (double) shared.size()
                        / Math.max(1, Math.min(terms.get(a.quoteId()).size(), terms.get(b.quoteId()).size()));
                List<String> parties = sharedParties(q, a, b);
                double topic = topic(Math.min(hits.get(i).score(), hits.get(j).score()) / max, overlap, parties);
                Scored scored = ContradictionScorer.score(a, b, topic, shared, q.sharedWords(a.text(), b.text()),
                        parties, memory);
                if (!scored.contrast().isEmpty() || memory.of(a.quoteId(), b.quoteId()) != null) {
                    pairs.add(new Pair(a, b, scored));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.scored().score()));
        return pairs.stream().limit(limit).toList();
    }

    /** How close two statements are in topic, 0..1: wording, shared terms, and a party both name. */
    static double topic(double relativeScore, double overlap, List<String> parties) {
        return 0.4 * relativeScore + 0.3 * overlap + (parties.isEmpty() ? 0 : 0.3);
    }

    /**
     * The parties both statements name, other than the speakers' own side ("Ruritania" in two Ruritanian officials'
     * statements is who speaks, not whom they speak about).
     */
    static List<String> sharedParties(StatementQueries q, Statement a, Statement b) {
        Map<String, String> pb = q.parties(b.text());
        List<String> out = new ArrayList<>();
        q.parties(a.text()).forEach((term, written) -> {
            if (!pb.containsKey(term)) {
                return;
            }
            String key = AffiliationKey.placeOf(written);
            if (key != null && (key.equals(a.affiliationKey()) || key.equals(b.affiliationKey()))) {
                return;
            }
            out.add(written);
        });
        return out;
    }

    List<Candidate> dress(List<Pair> pairs) {
        Set<Long> ids = new LinkedHashSet<>();
        pairs.forEach(p -> {
            ids.add(p.first().quoteId());
            ids.add(p.second().quoteId());
        });
        Map<Long, QuoteCard> cards = new HashMap<>();
        index.cards(ids).forEach(c -> cards.put(c.quoteId(), c));
        Memory memory = labels.memory();
        List<Candidate> out = new ArrayList<>();
        for (Pair p : pairs) {
            QuoteCard a = cards.get(p.first().quoteId());
            QuoteCard b = cards.get(p.second().quoteId());
            if (a == null || b == null) {
                continue;
            }
            var label = memory.of(a.quoteId(), b.quoteId());
            out.add(new Candidate(a, b, p.scored().score(), p.scored().reasons(), p.scored().group(),
                    affiliationLabels.label(p.scored().group()), label == null ? null : label.verdict()));
        }
        return out;
    }
}

package org.verbatim.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.quote.Quote;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/** Reads the speaker registry: entries filtered by name or alias, and what a speaker said over time. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SpeakerDirectory {

    // "!" escapes LIKE wildcards: a backslash would mean different things to HQL, MySQL and MariaDB
    private static final String WHERE = "(:except is null or s.id <> :except) and (:pattern is null "
            + "or lower(s.canonicalName) like :pattern escape '!' "
            + "or s.id in (select s2.id from Speaker s2 join s2.aliases a where lower(a) like :pattern escape '!'))";

    private final EntityManager em;

    SpeakerDirectory(EntityManager em) {
        this.em = em;
    }

    /** Speakers whose name or an alias contains {@code filter} (ignoring case), by name; {@code except} left out. */
    public List<SpeakerSummary> speakers(String filter, Long except, int offset, int limit) {
        TypedQuery<Speaker> query = em.createQuery("select s from Speaker s where " + WHERE
                + " order by s.canonicalName, s.id", Speaker.class);
        bind(query, filter, except);
        List<Speaker> page = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        return summaries(page);
    }

    public int count(String filter, Long except) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Speaker s where " + WHERE, Long.class);
        bind(query, filter, except);
        return Math.toIntExact(query.getSingleResult());
    }

    public Optional<SpeakerSummary> speaker(long id) {
        return Optional.ofNullable(em.find(Speaker.class, id)).map(s -> summaries(List.of(s)).getFirst());
    }

    /**
     * Pairs of person entries whose name or an alias contains {@code filter} that look like one person
     * ({@link LikelyDuplicates}), at most {@code limit}, the entry with fewer quotes second (the one to merge into the
     * other).
     */
    public List<SuggestedMerge> suggestedMerges(String filter, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select s.id, s.canonicalName, s.affiliation from Speaker s"
                + " where s.kind = :kind and " + WHERE + " order by s.id", Object[].class);
        bind(query, filter, null);
        List<LikelyDuplicates.Entry> persons = query.setParameter("kind", SpeakerKind.PERSON)
                .getResultStream()
                .map(r -> new LikelyDuplicates.Entry((Long) r[0], (String) r[1], (String) r[2]))
                .collect(Collectors.toCollection(ArrayList::new));
        List<LikelyDuplicates.Pair> pairs = LikelyDuplicates.among(persons, limit);
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Long> ids = pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.first(), p.second())).distinct()
                .toList();
        Map<Long, SpeakerSummary> byId = summaries(em.createQuery("select s from Speaker s where s.id in :ids",
                Speaker.class).setParameter("ids", ids).getResultList()).stream()
                .collect(Collectors.toMap(SpeakerSummary::id, s -> s));
        return pairs.stream().map(p -> {
            SpeakerSummary a = byId.get(p.first());
            SpeakerSummary b = byId.get(p.second());
            return a.quotes() >= b.quotes() ? new SuggestedMerge(a, b, p.why()) : new SuggestedMerge(b, a, p.why());
        }).toList();
    }

    private static final String UNQUOTED = " and not exists (select 1 from Quote q where q.speaker = s)"
            + " and not exists (select 1 from LearnedName l where l.speaker = s)";

    /**
     * Entries whose name or an alias contains {@code filter} that no quote is attributed to and no reviewer taught a
     * name for, by name: what corrections and merges left behind (or entries added ahead of their first quote), for
     * a person to remove.
     */
    public List<SpeakerSummary> withoutQuotes(String filter, int limit) {
        TypedQuery<Speaker> query = em.createQuery("select s from Speaker s where " + WHERE + UNQUOTED
                + " order by s.canonicalName, s.id", Speaker.class);
        bind(query, filter, null);
        return summaries(query.setMaxResults(limit).getResultList());
    }

    public long countWithoutQuotes(String filter) {
        TypedQuery<Long> query = em.createQuery("select count(s) from Speaker s where " + WHERE + UNQUOTED, Long.class);
        bind(query, filter, null);
        return query.getSingleResult();
    }

    /** The merges into {@code survivorId}, newest first. */
    public List<PastMerge> mergesInto(long survivorId) {
        return em.createQuery("select m from SpeakerMerge m where m.survivorId = :id order by m.mergedAt desc, m.id desc",
                        SpeakerMerge.class)
                .setParameter("id", survivorId)
                .getResultStream()
                .map(m -> new PastMerge(m.getId(), m.getMergedName(), m.quoteIds().size(), m.getReason(),
                        m.getMergedBy(), m.getMergedAt(), m.getUndoneBy(), m.getUndoneAt(), m.getRestoredId()))
                .toList();
    }

    /** Everything attributed to the speaker, oldest article first (undated articles last), in reading order. */
    public List<Statement> statementsOf(long speakerId) {
        return em.createQuery("select q from Quote q join fetch q.article a where q.speaker.id = :id "
                        + "order by a.publishedOn asc nulls last, a.importedAt, a.id, q.startOffset", Quote.class)
                .setParameter("id", speakerId)
                .getResultStream()
                .map(q -> new Statement(q.getId(), q.getArticle().getId(), q.getArticle().getTitle(),
                        q.getArticle().getPublishedOn(), q.getText(), q.getType(), q.getStatus(), q.getVerdict()))
                .toList();
    }

    private static void bind(TypedQuery<?> query, String filter, Long except) {
        query.setParameter("except", except);
        query.setParameter("pattern", filter == null || filter.isBlank() ? null
                : "%" + filter.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%");
    }

    private List<SpeakerSummary> summaries(List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = em.createQuery("select q.speaker.id, count(q) from Quote q "
                        + "where q.speaker.id in :ids group by q.speaker.id", Object[].class)
                .setParameter("ids", speakers.stream().map(Speaker::getId).toList())
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return speakers.stream().map(s -> new SpeakerSummary(s.getId(), s.getCanonicalName(),
                new ArrayList<>(s.getAliases()), s.getRoleTitle(), s.getAffiliation(), s.getKind(),
                s.getExternalId(), counts.getOrDefault(s.getId(), 0L), s.getVersion())).toList();
    }
}

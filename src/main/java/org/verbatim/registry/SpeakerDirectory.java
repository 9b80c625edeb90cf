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

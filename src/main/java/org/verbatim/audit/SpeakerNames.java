package org.verbatim.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.query.AuditEntity;
import org.verbatim.speaker.Speaker;

/**
 * A speaker's name as the history shows it. Speakers can be renamed and merged away (deleted), so names come from
 * the speaker's own audit history, deletions included: as it was at a revision ({@link #at}), or as it is now, or
 * was last ({@link #latest}) where one lookup per row would cost too much (the log of a million quotes).
 */
final class SpeakerNames {

    private final EntityManager em;
    private final AuditReader reader;
    private final Map<String, String> atRevision = new HashMap<>();
    private final Map<Long, String> latest = new HashMap<>();

    SpeakerNames(EntityManager em, AuditReader reader) {
        this.em = em;
        this.reader = reader;
    }

    String at(Long speakerId, long revision) {
        if (speakerId == null) {
            return null;
        }
        return atRevision.computeIfAbsent(speakerId + "@" + revision, k -> lookUp(speakerId, revision));
    }

    String latest(Long speakerId) {
        if (speakerId == null) {
            return null;
        }
        return latest.computeIfAbsent(speakerId, id -> {
            Speaker now = em.find(Speaker.class, id);
            return now != null ? now.getCanonicalName() : lookUp(id, Long.MAX_VALUE);
        });
    }

    /** Reads the names of many speakers at once, as they are now (those merged away: as they were last). */
    void loadLatest(java.util.Collection<Long> speakerIds) {
        List<Long> missing = speakerIds.stream().filter(id -> id != null && !latest.containsKey(id)).distinct()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        em.createQuery("select s.id, s.canonicalName from Speaker s where s.id in :ids", Object[].class)
                .setParameter("ids", missing).getResultList()
                .forEach(row -> latest.put((Long) row[0], (String) row[1]));
    }

    private String lookUp(long speakerId, long revision) {
        List<?> found = reader.createQuery().forRevisionsOfEntity(Speaker.class, true, true)
                .add(AuditEntity.id().eq(speakerId))
                .add(AuditEntity.revisionNumber().le(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (!found.isEmpty() && ((Speaker) found.getFirst()).getCanonicalName() != null) {
            return ((Speaker) found.getFirst()).getCanonicalName();
        }
        Speaker now = em.find(Speaker.class, speakerId);
        return now != null ? now.getCanonicalName() : "speaker #" + speakerId;
    }
}

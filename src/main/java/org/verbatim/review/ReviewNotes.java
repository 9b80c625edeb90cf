package org.verbatim.review;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.verbatim.quote.ReviewStatus;

/**
 * What one reviewer left on a quote for the next: the editor's comment when they returned it, and the sources the
 * fact-checker gave with the verdict. Both live on the quote's reviews; everyone who may read the quote may read them
 * (fact-checkers cannot open the history, so this is where a return reaches them).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ReviewNotes {

    /**
     * A quote's notes. {@code returned}: an editor sent it back and nobody has reviewed it since; the return's
     * who, when and comment stay readable after that. {@code sources}: those of the latest verdict, one per line.
     */
    public record Notes(boolean returned, String returnedBy, Instant returnedAt, String returnComment,
                        String sources) {

        public static final Notes NONE = new Notes(false, null, null, null, null);

        public boolean wasReturned() {
            return returnedAt != null;
        }
    }

    @PersistenceContext
    private EntityManager em;

    public Notes of(long quoteId) {
        return of(List.of(quoteId)).getOrDefault(quoteId, Notes.NONE);
    }

    /** The notes of each quote that has any; quotes without reviews are left out. */
    public Map<Long, Notes> of(Collection<Long> quoteIds) {
        Map<Long, Notes> notes = new HashMap<>();
        if (quoteIds.isEmpty()) {
            return notes;
        }
        List<Object[]> rows = em.createQuery("select r, q.status from Review r, Quote q where q.id = r.quoteId"
                + " and r.quoteId in :ids order by r.id", Object[].class)
                .setParameter("ids", quoteIds)
                .getResultList();
        Map<Long, Review> lastReturn = new HashMap<>();
        Map<Long, Review> lastVerdict = new HashMap<>();
        Map<Long, Review> last = new HashMap<>();
        Map<Long, ReviewStatus> status = new HashMap<>();
        for (Object[] row : rows) {
            Review r = (Review) row[0];
            last.put(r.getQuoteId(), r);
            status.put(r.getQuoteId(), (ReviewStatus) row[1]);
            if (r.getAction() == ReviewAction.RETURN) {
                lastReturn.put(r.getQuoteId(), r);
            } else if (r.getAction() == ReviewAction.VERDICT) {
                lastVerdict.put(r.getQuoteId(), r);
            }
        }
        for (Map.Entry<Long, Review> e : last.entrySet()) {
            long id = e.getKey();
            Review returned = lastReturn.get(id);
            Review verdict = lastVerdict.get(id);
            boolean stillReturned = e.getValue().getAction() == ReviewAction.RETURN
                    && status.get(id) == ReviewStatus.PENDING;
            notes.put(id, new Notes(stillReturned, returned == null ? null : returned.getReviewer(),
                    returned == null ? null : returned.getCreatedAt(), returned == null ? null : returned.getReason(),
                    verdict == null ? null : verdict.getSourceLinks()));
        }
        return notes;
    }
}

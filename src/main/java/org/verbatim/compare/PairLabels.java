package org.verbatim.compare;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.speaker.AffiliationKey;

/**
 * Reviewers' labels on pairs of statements: saved (audited, with the note as the revision's reason), searchable,
 * and remembered by the contradiction finder's ranking.
 */
@Service
public class PairLabels {

    public record LabelView(long id, QuoteCard first, QuoteCard second, PairVerdict verdict, String note,
                            String labelledBy, Instant labelledAt) {
    }

    /** One audited state of a label and why it changed. */
    public record Revision(long revision, String username, Instant at, String reason, PairVerdict verdict,
                           String note) {
    }

    private final PairLabelRepository labels;
    private final QuoteRepository quotes;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;
    private final CurrentUser currentUser;
    private final Clock clock;

    @PersistenceContext
    private EntityManager em;

    PairLabels(PairLabelRepository labels, QuoteRepository quotes, PlatformTransactionManager transactions,
               CurrentUser currentUser, Clock clock) {
        this.labels = labels;
        this.quotes = quotes;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Labels a pair (or relabels it); the note becomes the reason in the audit history. */
    @RolesAllowed(Role.FACT_CHECKER_NAME)
    public LabelView label(long quoteA, long quoteB, PairVerdict verdict, String note) {
        java.util.Objects.requireNonNull(verdict, "Choose contradicts, consistent or unrelated");
        String who = currentUser.username();
        String reason = "Pair labelled " + verdict.label().toLowerCase(java.util.Locale.ROOT)
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return ChangeReason.during(reason, () -> tx.execute(status -> {
            Quote a = quotes.findById(quoteA).orElseThrow(() -> new IllegalArgumentException("That quote no longer exists"));
            Quote b = quotes.findById(quoteB).orElseThrow(() -> new IllegalArgumentException("That quote no longer exists"));
            long first = Math.min(quoteA, quoteB);
            long second = Math.max(quoteA, quoteB);
            PairLabel label = labels.findPair(first, second).map(existing -> {
                existing.relabel(verdict, note, who, clock.instant());
                return existing;
            }).orElseGet(() -> labels.save(new PairLabel(a, b, verdict, note, who, clock.instant())));
            labels.flush();
            return view(label);
        }));
    }

    /** What a pair's label says, read in one go. */
    public record Mark(PairVerdict verdict, String note) {
        public static final Mark NONE = new Mark(null, null);
    }

    /** The pair's label (verdict and note), {@link Mark#NONE} when nobody labelled it. */
    @PreAuthorize("isAuthenticated()")
    public Mark markOf(long quoteA, long quoteB) {
        return readOnly.execute(s -> labels.findPair(Math.min(quoteA, quoteB), Math.max(quoteA, quoteB))
                .map(l -> new Mark(l.getVerdict(), l.getNote())).orElse(Mark.NONE));
    }

    /**
     * Labels whose note, statements, speakers or affiliations match {@code text} ("Iran" finds pairs of Iranian
     * officials too), narrowed to one verdict when given; newest first.
     */
    @PreAuthorize("isAuthenticated()")
    public List<LabelView> find(String text, PairVerdict verdict, int limit) {
        return readOnly.execute(s -> {
            try {
                return Search.session(em).search(PairLabel.class)
                        .where(f -> {
                            var bool = f.bool();
                            if (verdict != null) {
                                bool.filter(f.match().field("verdict").matching(verdict));
                            }
                            if (text == null || text.isBlank()) {
                                return bool.must(f.matchAll());
                            }
                            var words = f.simpleQueryString()
                                    .fields("note", "first.text", "second.text")
                                    .fields("first.speaker.canonicalName", "second.speaker.canonicalName",
                                            "first.speaker.aliases", "second.speaker.aliases",
                                            "first.speaker.affiliation", "second.speaker.affiliation")
                                    .matching(text.strip()).defaultOperator(BooleanOperator.AND);
                            Set<String> keys = new LinkedHashSet<>();
                            for (String w : text.split("[^\\p{L}.'’]+")) {
                                String key = AffiliationKey.placeOf(w);
                                if (key != null) {
                                    keys.add(key);
                                }
                            }
                            var any = f.bool().should(words);
                            if (!keys.isEmpty()) {
                                any.should(f.terms().field("first.speaker.affiliation_key").matchingAny(keys));
                                any.should(f.terms().field("second.speaker.affiliation_key").matchingAny(keys));
                            }
                            return bool.must(any);
                        })
                        .sort(f -> f.field("labelledAt").desc())
                        .fetchHits(Math.max(1, Math.min(limit, 500)))
                        .stream().map(PairLabels::view).toList();
            } catch (SearchException | IllegalArgumentException e) {
                throw new UnreadableQueryException(text, e);
            }
        });
    }

    /** Every saved state of a label, oldest first, with who changed it and the note they gave. */
    @PreAuthorize("isAuthenticated()")
    public List<Revision> history(long labelId) {
        return readOnly.execute(s -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                    .forRevisionsOfEntity(PairLabel.class, false, true)
                    .add(AuditEntity.id().eq(labelId))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            List<Revision> out = new ArrayList<>();
            for (Object[] row : rows) {
                PairLabel state = (PairLabel) row[0];
                RevisionInfo info = (RevisionInfo) row[1];
                out.add(new Revision(info.getId(), info.getUsername(), info.getTimestamp(), info.getReason(),
                        state.getVerdict(), state.getNote()));
            }
            return out;
        });
    }

    private static LabelView view(PairLabel l) {
        return new LabelView(l.getId(), QuoteCard.of(l.getFirst()), QuoteCard.of(l.getSecond()), l.getVerdict(),
                l.getNote(), l.getLabelledBy(), l.getLabelledAt());
    }
}

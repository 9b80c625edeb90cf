package org.verbatim.registry;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.base.database.Races;
import org.verbatim.quote.Quote;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.speaker.LearnedName;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/**
 * Fact-checkers and editors keep the speaker registry: add entries, correct them, and merge two entries that turn out
 * to be one speaker. Every change is an audit revision with the reason given. Quotes embed their speaker's names in
 * the search index without following later changes of the speaker (SHALLOW), so every change here re-indexes the
 * speaker's quotes itself, in the same transaction.
 */
@Service
public class SpeakerCuration {

    /** What a merge did: the surviving entry, and how many quotes moved to it. */
    public record MergeOutcome(SpeakerSummary survivor, int movedQuotes) {
    }

    private final EntityManager em;
    private final SpeakerDirectory directory;
    private final TransactionTemplate tx;
    private final CurrentUser currentUser;
    private final Clock clock;

    SpeakerCuration(EntityManager em, SpeakerDirectory directory, PlatformTransactionManager transactions,
                    CurrentUser currentUser, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.tx = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public SpeakerSummary create(SpeakerDetails details, String reason) {
        Objects.requireNonNull(details);
        String why = reason == null || reason.isBlank() ? "Added speaker " + details.name() : reason.strip();
        long id = reportingConflicts(() -> ChangeReason.during(why, () -> tx.execute(status -> {
            Speaker speaker = new Speaker(details.name(), requireKind(details), null, null);
            apply(speaker, details);
            em.persist(speaker);
            em.flush();
            return speaker.getId();
        })), null);
        return summary(id);
    }

    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public SpeakerSummary edit(long speakerId, long seenVersion, SpeakerDetails details, String reason) {
        Objects.requireNonNull(details);
        requireReason(reason, "change a speaker");
        reportingConflicts(() -> ChangeReason.during(reason.strip(), () -> tx.execute(status -> {
            Speaker speaker = load(speakerId, seenVersion);
            apply(speaker, details);
            em.flush();
            reindexQuotesOf(speaker);
            return null;
        })), speakerId);
        return summary(speakerId);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId}: its quotes move over, its names become the survivor's aliases,
     * and the entry is deleted. Each side names the version the person saw.
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public MergeOutcome merge(long mergedId, long mergedVersion, long survivorId, long survivorVersion, String reason) {
        requireReason(reason, "merge two speakers");
        if (mergedId == survivorId) {
            throw new IllegalArgumentException("A speaker cannot be merged into itself");
        }
        // worded before the transaction; the version checks inside make sure the names are still these
        String why = "Merged speaker " + nameOf(mergedId) + " into " + nameOf(survivorId) + ": " + reason.strip();
        int moved = reportingConflicts(() -> ChangeReason.during(why, () -> tx.execute(status -> {
            Speaker merged = load(mergedId, mergedVersion);
            Speaker survivor = load(survivorId, survivorVersion);
            List<Quote> quotes = quotesOf(merged);
            List<LearnedName> learned = em.createQuery("select l from LearnedName l where l.speaker = :s",
                    LearnedName.class).setParameter("s", merged).getResultList();
            em.persist(new SpeakerMerge(merged, survivor, quotes.stream().map(Quote::getId).toList(),
                    learned.stream().map(LearnedName::getName).toList(), reason.strip(), currentUser.username(),
                    clock.instant()));
            quotes.forEach(q -> q.attributeToMergedSpeaker(survivor));
            // what reviewers taught about the merged entry now means the survivor
            learned.forEach(l -> l.moveTo(survivor));
            survivor.absorb(merged);
            em.remove(merged);
            em.flush();
            reindexQuotesOf(survivor);
            return quotes.size();
        })), mergedId);
        return new MergeOutcome(summary(survivorId), moved);
    }

    /**
     * Undoes a merge: the merged entry comes back (under a new id) with its names and details, the quotes and
     * learned names that moved go back to it (those a reviewer has attributed elsewhere since stay where they are),
     * and the survivor gives back the aliases and details it took over. One audit revision, with the reason.
     *
     * @return the entry brought back
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public SpeakerSummary undoMerge(long mergeId, String reason) {
        requireReason(reason, "undo a merge");
        SpeakerMerge record = em.find(SpeakerMerge.class, mergeId);
        if (record == null) {
            throw new IllegalArgumentException("No such merge");
        }
        String why = "Undid the merge of " + record.getMergedName() + " into " + nameOf(record.getSurvivorId())
                + ": " + reason.strip();
        long restoredId = reportingConflicts(() -> ChangeReason.during(why, () -> tx.execute(status -> {
            SpeakerMerge merge = em.find(SpeakerMerge.class, mergeId);
            Speaker survivor = em.find(Speaker.class, merge.getSurvivorId());
            if (survivor == null) {
                throw new IllegalArgumentException("The entry " + merge.getMergedName() + " was merged into no longer"
                        + " exists (merged again meanwhile?): undo that merge first");
            }
            merge.giveBack(survivor);
            em.flush();
            Speaker restored = merge.recreate();
            em.persist(restored);
            em.flush();
            merge.undone(restored.getId(), currentUser.username(), clock.instant());
            List<Long> quoteIds = merge.quoteIds();
            if (!quoteIds.isEmpty()) {
                em.createQuery("select q from Quote q where q.id in :ids and q.speaker = :s", Quote.class)
                        .setParameter("ids", quoteIds).setParameter("s", survivor).getResultList()
                        .forEach(q -> q.attributeToMergedSpeaker(restored));
            }
            List<String> learnedNames = merge.learnedNames();
            if (!learnedNames.isEmpty()) {
                em.createQuery("select l from LearnedName l where l.name in :names and l.speaker = :s",
                                LearnedName.class)
                        .setParameter("names", learnedNames).setParameter("s", survivor).getResultList()
                        .forEach(l -> l.moveTo(restored));
            }
            em.flush();
            reindexQuotesOf(survivor);
            reindexQuotesOf(restored);
            return restored.getId();
        })), record.getSurvivorId());
        return summary(restoredId);
    }

    /**
     * Removes the entries among {@code speakerIds} that still have no quote and no learned name (checked again
     * here: one may have been given a quote since), in one audit revision with the reason.
     *
     * @return how many were removed
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME})
    public int removeWithoutQuotes(Collection<Long> speakerIds, String reason) {
        requireReason(reason, "remove speakers");
        if (speakerIds.isEmpty()) {
            return 0;
        }
        return reportingConflicts(() -> ChangeReason.during("Removed speakers without quotes: " + reason.strip(),
                () -> tx.execute(status -> {
                    List<Speaker> unused = em.createQuery("select s from Speaker s where s.id in :ids"
                                    + " and not exists (select 1 from Quote q where q.speaker = s)"
                                    + " and not exists (select 1 from LearnedName l where l.speaker = s)",
                            Speaker.class).setParameter("ids", speakerIds).getResultList();
                    unused.forEach(em::remove);
                    em.flush();
                    return unused.size();
                })), null);
    }

    private void apply(Speaker speaker, SpeakerDetails details) {
        speaker.rename(details.name());
        speaker.describe(details.roleTitle(), details.affiliation(), requireKind(details), details.externalId());
        speaker.replaceAliases(details.aliases());
    }

    private String nameOf(long speakerId) {
        return directory.speaker(speakerId).map(SpeakerSummary::name).orElseThrow(SpeakerCuration::gone);
    }

    private Speaker load(long id, long seenVersion) {
        Speaker speaker = em.find(Speaker.class, id);
        if (speaker == null) {
            throw gone();
        }
        if (speaker.getVersion() != seenVersion) {
            throw stale(speaker.getCanonicalName());
        }
        return speaker;
    }

    private List<Quote> quotesOf(Speaker speaker) {
        return em.createQuery("select q from Quote q join fetch q.article where q.speaker = :s", Quote.class)
                .setParameter("s", speaker).getResultList();
    }

    /** Quotes carry the speaker's names in their index documents; SHALLOW means they are not updated by themselves. */
    private void reindexQuotesOf(Speaker speaker) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        quotesOf(speaker).forEach(plan::addOrUpdate);
    }

    private SpeakerSummary summary(long id) {
        return directory.speaker(id).orElseThrow();
    }

    private static <T> T reportingConflicts(Supplier<T> change, Long speakerId) {
        try {
            return change.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            // lost a race inside the same instant: the other transaction committed first
            throw stale("speaker " + speakerId);
        } catch (RuntimeException e) {
            if (Races.duplicateOf(e, "uk_speaker_identity")) {
                throw new IllegalArgumentException("Another registry entry has this name and affiliation already:"
                        + " merge the two instead");
            }
            throw e;
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason to " + what + ": it goes into the audit history");
        }
    }

    private static SpeakerKind requireKind(SpeakerDetails details) {
        if (details.kind() == null) {
            throw new IllegalArgumentException("Choose person or organisation");
        }
        return details.kind();
    }

    private static IllegalArgumentException gone() {
        return new IllegalArgumentException("This speaker no longer exists: it may have been merged meanwhile");
    }

    private static OptimisticLockingFailureException stale(String what) {
        return new OptimisticLockingFailureException("Someone else changed " + what
                + " meanwhile: reload and try again");
    }
}

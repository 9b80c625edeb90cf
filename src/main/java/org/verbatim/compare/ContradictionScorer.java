package org.verbatim.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.compare.Stance.Cue;
import org.verbatim.speaker.AffiliationKey;

/**
 * How likely two statements on one topic contradict each other, and why: plain Java over what the index gave.
 * Topic closeness times stance difference, weighed by who said them and by what reviewers said about similar pairs.
 */
final class ContradictionScorer {

    /** A pair a reviewer has labelled, as the scorer remembers it. */
    record Labelled(long firstQuoteId, long secondQuoteId, PairVerdict verdict, Set<String> sharedTerms,
                    Set<String> contrast) {
    }

    /** Every label so far, looked up by pair and compared by topic and kind of contrast. */
    record Memory(Map<String, Labelled> byPair, List<Labelled> all) {
        static final Memory EMPTY = new Memory(Map.of(), List.of());

        static String pairKey(long a, long b) {
            return Math.min(a, b) + "-" + Math.max(a, b);
        }

        Labelled of(long a, long b) {
            return byPair.get(pairKey(a, b));
        }
    }

    record Scored(double score, List<String> reasons, Set<String> contrast, String group, boolean sameSide) {
    }

    private ContradictionScorer() {
    }

    /**
     * @param topic how close the two are in topic, 0..1
     * @param shared the terms both use (index terms), and the same as a reader would write them
     */
    static Scored score(Statement a, Statement b, double topic, Set<String> sharedTerms, List<String> sharedWords,
                        List<String> sharedParties, Memory memory) {
        Stance sa = Stance.of(a.text());
        Stance sb = Stance.of(b.text());
        List<String> reasons = new ArrayList<>();
        Set<String> contrast = new HashSet<>();
        double stance = 0;

        String party = String.join(", ", sharedParties);
        boolean aboutAParty = !sharedParties.isEmpty();
        if (aboutAParty && ((sa.brands() && sb.engages()) || (sa.engages() && sb.brands()))) {
            Stance brander = sa.brands() ? sa : sb;
            Stance dealer = sa.brands() ? sb : sa;
            stance += 1.0;
            contrast.add("branding-engagement");
            reasons.add("One brands " + party + " (" + String.join(", ", brander.words(Cue.BRANDING))
                    + "), the other deals with " + party + " as a counterpart ("
                    + String.join(", ", dealer.words(Cue.ENGAGEMENT)) + ")");
        } else if (aboutAParty && sa.has(Cue.BRANDING) != sb.has(Cue.BRANDING)
                && (sa.has(Cue.ENGAGEMENT) || sb.has(Cue.ENGAGEMENT))) {
            stance += 0.4;
            contrast.add("branding-partial");
            reasons.add("Only one of them uses branding words ("
                    + String.join(", ", (sa.has(Cue.BRANDING) ? sa : sb).words(Cue.BRANDING)) + ")");
        }
        if ((sa.has(Cue.CONTINUITY) && sb.has(Cue.CESSATION)) || (sa.has(Cue.CESSATION) && sb.has(Cue.CONTINUITY))) {
            stance += 0.8;
            contrast.add("continuity-cessation");
            Stance goesOn = sa.has(Cue.CONTINUITY) ? sa : sb;
            Stance stopped = sa.has(Cue.CONTINUITY) ? sb : sa;
            reasons.add("One says it goes on (" + String.join(", ", goesOn.words(Cue.CONTINUITY))
                    + "), the other that it has stopped (" + String.join(", ", stopped.words(Cue.CESSATION)) + ")");
        }
        if (sa.has(Cue.NEGATION) != sb.has(Cue.NEGATION)) {
            stance += 0.5;
            contrast.add("negation");
            Stance denier = sa.has(Cue.NEGATION) ? sa : sb;
            reasons.add("Only one of them denies it (" + String.join(", ", denier.words(Cue.NEGATION)) + ")");
        }

        double score = topic * (0.15 + Math.min(stance, 1.6));
        if (!sharedWords.isEmpty()) {
            reasons.add(0, "Same topic: " + String.join(", ", sharedWords.stream().limit(6).toList()));
        }

        // who said them: one speaker or one government contradicting itself is what fact-checkers look for
        String group;
        boolean sameSide = false;
        if (a.sameSpeakerAs(b) && a.speakerName() != null) {
            score *= 1.3;
            sameSide = true;
            group = a.affiliationKey() != null ? a.affiliationKey() : "speaker:" + a.speakerName();
            reasons.add("Both said by " + a.speakerName());
        } else if (a.affiliationKey() != null && a.affiliationKey().equals(b.affiliationKey())) {
            score *= 1.25;
            sameSide = true;
            group = a.affiliationKey();
            reasons.add("Same affiliation");
        } else if (a.affiliationKey() != null && b.affiliationKey() != null) {
            score *= 0.8;
            group = null;
        } else {
            group = a.affiliationKey() != null ? a.affiliationKey() : b.affiliationKey();
            Statement unknown = a.affiliationKey() == null ? a : b;
            reasons.add("Affiliation of " + (unknown.speakerName() == null ? "the unattributed statement"
                    : unknown.speakerName()) + " not recorded");
        }
        if (group != null && !AffiliationKey.isPlace(group) && !group.startsWith("speaker:")) {
            group = group.strip();
        }

        // what reviewers said: this very pair, then pairs like it
        Labelled same = memory.of(a.quoteId(), b.quoteId());
        if (same != null) {
            switch (same.verdict()) {
                case CONTRADICTS -> {
                    score = score * 2 + 1;
                    reasons.add(0, "Confirmed as a contradiction by a reviewer");
                }
                case CONSISTENT -> {
                    score *= 0.1;
                    reasons.add(0, "Labelled consistent by a reviewer");
                }
                case UNRELATED -> {
                    score *= 0.05;
                    reasons.add(0, "Labelled unrelated by a reviewer");
                }
            }
        } else if (!memory.all().isEmpty()) {
            double promote = 0;
            double demote = 0;
            for (Labelled l : memory.all()) {
                double similar = jaccard(sharedTerms, l.sharedTerms()) * (contrast.equals(l.contrast()) ? 1.0 : 0.5);
                if (similar < 0.2) {
                    continue;
                }
                if (l.verdict() == PairVerdict.CONTRADICTS) {
                    promote = Math.max(promote, similar);
                } else {
                    demote = Math.max(demote, similar);
                }
            }
            if (promote > 0) {
                score *= 1 + promote;
                reasons.add("Like a pair a reviewer confirmed as contradicting");
            }
            if (demote > 0) {
                score *= 1 - 0.7 * demote;
                reasons.add("Like a pair a reviewer labelled consistent or unrelated");
            }
        }
        return new Scored(score, List.copyOf(reasons), Set.copyOf(contrast), group, sameSide);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}

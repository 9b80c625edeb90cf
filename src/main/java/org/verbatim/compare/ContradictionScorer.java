package org.verbatim.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.verbatim.language.StanceComparison;
import org.verbatim.speaker.AffiliationKey;

/**
 * The score and explain steps of the contradiction finder: how likely two aligned statements contradict each other
 * and why. Closeness in topic (wording and alignment) times the stance difference general language found, weighed by
 * who said them and by what reviewers said about this pair and pairs like it. Plain Java.
 */
final class ContradictionScorer {

    /** A pair a reviewer has labelled, as the scorer remembers it. */
    record Labelled(long firstQuoteId, long secondQuoteId, PairVerdict verdict, String note, Set<String> sharedTerms,
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

    /**
     * {@code unexplained}: no stance difference was found and no reviewer confirmed the pair; such a pair ranks below
     * every one with a difference ({@link #BEST_FIRST}), whatever its score.
     */
    record Scored(double score, List<String> reasons, Set<String> contrast, String group, boolean sameSide,
                  boolean unexplained) {

        Scored withScore(double newScore, List<String> newReasons) {
            return new Scored(newScore, List.copyOf(newReasons), contrast, group, sameSide, unexplained);
        }
    }

    /** Pairs with a stance difference (or a reviewer's confirmation) first, then the unexplained ones; best first. */
    static final java.util.Comparator<Scored> BEST_FIRST = java.util.Comparator.comparing(Scored::unexplained)
            .thenComparing(Scored::score, java.util.Comparator.reverseOrder());

    /** The reason an unexplained pair is shown, before the ways its two statements differ in shape. */
    static final String UNEXPLAINED = "No difference in stance was found by the rules, but one side said both on this"
            + " topic in two ways (";

    /**
     * What a pair scores without any stance difference (times closeness and side): kept only when one side said
     * both of one subject in two shapes ({@link ContradictionFinder#unexplained}) or a reviewer confirmed it, and
     * ranked below every pair with a difference ({@link #BEST_FIRST}).
     */
    static final double NO_DIFFERENCE = 0.05;
    /** How far below the weakest pair with a difference the strongest unexplained one is shown. */
    static final double BELOW_FOUND = 0.5;
    /** What one speaker's two statements in one article weigh: one account, told in several sentences. */
    static final double ONE_ACCOUNT = 0.4;
    /**
     * What a statement the article gives only in its own words weighs against one in the speaker's: the reporter's
     * account of what was said is second-hand, and a checker quotes the words themselves. Dev replay: P@1 0.662 →
     * 0.731 with recall and same-stance pairs in the top three no worse (0.9: 0.714; 0.8: 0.735 with more same-stance
     * pairs in the top three).
     */
    static final double SECOND_HAND = 0.85;

    private ContradictionScorer() {
    }

    /** A candidate the article reports in its own words and no quote of its speaker restates. */
    static Scored secondHand(Scored s) {
        List<String> reasons = new ArrayList<>(s.reasons());
        reasons.add("In the article's words, not quoted");
        return s.withScore(s.score() * SECOND_HAND, reasons);
    }

    /** The kinds of stance difference found, as labels remember them. */
    static Set<String> contrast(StanceComparison.Result stance) {
        Set<String> out = new LinkedHashSet<>();
        stance.differences().forEach(d -> out.add(d.kind().name()));
        return out;
    }

    /** The topic both share, as the label memory compares pairs by it: shared words and names, lower-cased. */
    static Set<String> sharedTerms(StanceComparison.Result stance) {
        Set<String> out = new LinkedHashSet<>(stance.sharedWords());
        stance.sharedNames().forEach(n -> out.add(n.toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    /**
     * @param wording how alike the two are worded, 0..1, relative to the best neighbour (the index's view)
     * @param stance  what general language found: alignment and stance differences
     */
    static Scored score(Statement a, Statement b, double wording, StanceComparison.Result stance, Memory memory) {
        List<String> reasons = new ArrayList<>();
        Set<String> contrast = contrast(stance);
        double topic = 0.35 * wording + 0.65 * stance.alignment();
        double score = topic * (stance.differs() ? 0.2 + stance.strength() : NO_DIFFERENCE);

        List<String> topicWords = new ArrayList<>(stance.sharedNames());
        stance.sharedWords().stream().filter(w -> !topicWords.contains(w)).forEach(topicWords::add);
        if (!topicWords.isEmpty()) {
            reasons.add("Same topic: " + String.join(", ", topicWords.stream().limit(6).toList()));
        }
        stance.differences().forEach(d -> reasons.add(d.reason()));

        // who said them: one speaker or one government contradicting itself is what fact-checkers look for; an
        // unrecorded affiliation neither helps nor hurts
        String group;
        boolean sameSide = false;
        if (a.sameSpeakerAs(b) && a.speakerName() != null) {
            sameSide = true;
            group = a.affiliationKey() != null ? a.affiliationKey() : "speaker:" + a.speakerName();
            if (a.articleId() == b.articleId()) {
                // one speaker in one article gives one account, its lead restating or going on from its quotes:
                // what differs there is rarely a contradiction
                score *= ONE_ACCOUNT;
                reasons.add("Both said by " + a.speakerName() + " in one article");
            } else {
                score *= 1.3;
                reasons.add("Both said by " + a.speakerName());
            }
        } else if (a.affiliationKey() != null && a.affiliationKey().equals(b.affiliationKey())) {
            score *= 1.25;
            sameSide = true;
            group = a.affiliationKey();
            reasons.add("Same affiliation");
        } else if (a.affiliationKey() != null && b.affiliationKey() != null && !unresolved(a) && !unresolved(b)) {
            score *= 0.45;
            group = null;
        } else {
            Statement unknown = a.affiliationKey() == null || unresolved(a) ? a : b;
            Statement known = unknown == a ? b : a;
            group = known.affiliationKey();
            reasons.add("Affiliation of " + (unknown.speakerName() == null ? "the unattributed statement"
                    : unknown.speakerName()) + (unknown.affiliationKey() == null ? " not recorded"
                    : " not known beyond “" + unknown.affiliation() + "”"));
        }
        if (group != null && !AffiliationKey.isPlace(group) && !group.startsWith("speaker:")) {
            group = group.strip();
        }
        score = learned(a, b, score, sharedTerms(stance), contrast, memory, reasons);
        Labelled label = memory.of(a.quoteId(), b.quoteId());
        boolean unexplained = !stance.differs() && (label == null || label.verdict() != PairVerdict.CONTRADICTS);
        return new Scored(score, List.copyOf(reasons), Set.copyOf(contrast), group, sameSide, unexplained);
    }

    /** A body of some state that says not which ("the health ministry"): not known to be another side. */
    private static boolean unresolved(Statement s) {
        return !AffiliationKey.isPlace(s.affiliationKey()) && AffiliationKey.isStateBodyWithoutPlace(s.affiliation());
    }

    /** One speaker, or one recorded affiliation. */
    static boolean sameSide(Statement a, Statement b) {
        return a.sameSpeakerAs(b) && a.speakerName() != null
                || a.affiliationKey() != null && a.affiliationKey().equals(b.affiliationKey());
    }

    /**
     * A pair of the weaker tier ({@link ContradictionFinder#unexplained}): scored as any pair without a stance
     * difference, more for each way its statements differ in shape, with a reason saying what it is.
     */
    static Scored unexplained(Statement a, Statement b, double wording, StanceComparison.Result stance, Memory memory,
                              List<String> shapes) {
        Scored s = score(a, b, wording, stance, memory);
        List<String> reasons = new ArrayList<>(s.reasons());
        reasons.add(Math.min(1, reasons.size()), UNEXPLAINED + String.join("; ", shapes) + "): read both");
        return s.withScore(s.score() * shapes.size(), reasons);
    }

    /** What reviewers said: this very pair, then pairs like it (same topic terms, same kind of difference). */
    private static double learned(Statement a, Statement b, double score, Set<String> sharedTerms, Set<String> contrast,
                                  Memory memory, List<String> reasons) {
        Labelled same = memory.of(a.quoteId(), b.quoteId());
        if (same != null) {
            return switch (same.verdict()) {
                case CONTRADICTS -> {
                    reasons.addFirst("Confirmed as a contradiction by a reviewer");
                    yield score * 2 + 1;
                }
                case CONSISTENT -> {
                    reasons.addFirst("Labelled consistent by a reviewer");
                    yield score * 0.1;
                }
                case UNRELATED -> {
                    reasons.addFirst("Labelled unrelated by a reviewer");
                    yield score * 0.05;
                }
            };
        }
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
        return score;
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

package org.verbatim.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verbatim.language.Claim.Clause;
import org.verbatim.language.Claim.Quantity;
import org.verbatim.language.Claim.Term;

/**
 * Whether two claims are about the same thing, and where their stances differ: a word one denies and the other
 * affirms, opposite words, one ruling out what the other keeps open, one saying something goes on that the other
 * says has stopped, numbers that disagree for the same measure, a party cast as an outlaw by one and as a
 * counterpart by the other. Plain Java over two {@link Claim}s.
 */
public final class StanceComparison {

    public enum Kind {
        NEGATION, OPPOSITES, MODALITY, CONTINUATION, QUANTITY, TIMING, STANDING, POLARITY
    }

    /**
     * One way the stances differ: how strongly (about 0..1) and why, in words a reviewer reads. {@code sameMeasure}:
     * numbers that disagree for one measure or one counted thing both name, not merely two numbers of a kind.
     */
    public record Difference(Kind kind, double weight, String reason, boolean sameMeasure) {
        public Difference(Kind kind, double weight, String reason) {
            this(kind, weight, reason, false);
        }
    }

    /**
     * {@code alignment} (0..1): how much the two are about the same thing (shared words, synonyms included, and
     * shared names); {@code differences}: empty when the stances agree as far as general language tells.
     */
    public record Result(double alignment, double overlap, List<String> sharedWords, List<String> sharedNames,
                         List<Difference> differences, int directionA, int directionB) {

        public boolean differs() {
            return !differences.isEmpty();
        }

        /** The stance difference, summed and capped: one strong difference is 0.7–0.9, two reach the cap. */
        public double strength() {
            return Math.min(1.6, differences.stream().mapToDouble(Difference::weight).sum());
        }

        /** About the same thing and no difference found: a paraphrase or an agreement. */
        public boolean agrees() {
            return differences.isEmpty() && alignment >= 0.45;
        }

        /**
         * Mostly the same words, and the same polarity (a plain statement affirms, as one going up does), with no
         * difference: one says again what the other said.
         */
        public boolean paraphrase() {
            return differences.isEmpty() && overlap >= PARAPHRASE && (directionA < 0) == (directionB < 0);
        }

        /** No difference, and both say their topic goes the same way ("will keep their job" / "no job will be lost"). */
        public boolean sameDirection() {
            return differences.isEmpty() && directionA != 0 && directionA == directionB;
        }

        /** Only a weak difference: "only one puts it the negative way". */
        public boolean weak() {
            return differences.stream().allMatch(d -> d.weight() <= WEAK_POLARITY_WEIGHT);
        }
    }

    /** Must against need not, may against may not. */
    static final double OBLIGATION_WEIGHT = 0.6;
    /** All of something against only part of it: less than numbers that disagree for one measure. */
    static final double SCOPE_WEIGHT = 0.6;
    /** The share of the shorter claim's content words the other has too, from which two say the same. */
    static final double PARAPHRASE = 0.5;
    /** Two directions that differ weigh less than opposite words: the two may speak of different sides of a topic. */
    static final double POLARITY_WEIGHT = 0.35;
    /** One says no and the other says nothing either way: too weak to propose a pair of two sides. */
    public static final double WEAK_POLARITY_WEIGHT = 0.15;

    private StanceComparison() {
    }

    public static Result compare(Claim a, Claim b) {
        return compare(a, b, Set.of());
    }

    /**
     * @param ownSide name keys ({@link Names#key}) that say who speaks rather than what about (the speakers' own
     *                country in two officials' statements): not counted as a shared topic
     */
    public static Result compare(Claim a, Claim b, Set<String> ownSide) {
        List<Term[]> matches = matches(a, b);
        List<String> sharedWords = new ArrayList<>();
        List<String> sharedNames = new ArrayList<>();
        Set<String> nameKeys = new LinkedHashSet<>();
        Set<Term> matchedA = identities();
        Set<Term> matchedB = identities();
        Set<String> ownNames = new LinkedHashSet<>();
        for (Term[] m : matches) {
            if (m[0].name() && m[1].name()) {
                if (ownSide.contains(m[0].key())) {
                    ownNames.add(m[0].key());
                } else if (nameKeys.add(m[0].key())) {
                    sharedNames.add(m[0].written().replaceAll("['’]s$", ""));
                }
            } else {
                matchedA.add(m[0]);
                matchedB.add(m[1]);
                String w = m[0].written().toLowerCase(Locale.ROOT);
                if (!sharedWords.contains(w)) {
                    sharedWords.add(w);
                }
            }
        }
        long contentA = distinctContent(a);
        long contentB = distinctContent(b);
        double coverage = Math.min(contentA, contentB) == 0 ? 0
                : Math.min(1.0, (double) Math.min(distinct(matchedA), distinct(matchedB)) / Math.min(contentA, contentB));
        // the speakers' own country says less about the topic than another name both mention
        double names = Math.min(2, nameKeys.size() + 0.5 * ownNames.size());
        double alignment = Math.min(1.0, 0.6 * coverage + 0.2 * names);

        // what each holds is read from the speaker's own words: the reporter's inside a joined quotation say nothing
        Claim whole = a;
        Claim wholeB = b;
        a = a.spoken();
        b = b.spoken();
        if (a != whole || b != wholeB) {
            matches = matches(a, b);
        }
        List<Difference> differences = new ArrayList<>();
        negation(a, b, matches, differences);
        opposites(a, b, matches, differences);
        clauses(a, b, matches, differences);
        quantities(a, b, matches, differences);
        scope(a, b, matches, differences);
        obligation(a, b, matches, differences);
        timing(a, b, matches, differences);
        comparisons(a, b, matches, differences);
        budget(a, b, differences);
        standing(a, b, sharedNames, differences);
        outcome(a, b, matches, differences);
        Set<Integer> clausesA = new java.util.HashSet<>();
        Set<Integer> clausesB = new java.util.HashSet<>();
        for (Term[] m : matches) {
            clausesA.add(m[0].clause());
            clausesB.add(m[1].clause());
        }
        Direction da = direction(a, clausesA);
        Direction db = direction(b, clausesB);
        polarity(da, db, matches, !sharedNames.isEmpty(), numbersAgree(a, b), differences);
        return new Result(alignment, coverage, List.copyOf(sharedWords), List.copyOf(sharedNames),
                List.copyOf(differences), da.sign(), db.sign());
    }

    /**
     * Every pair of terms, one from each claim, that mean the same, one a kind of the other, or are the same name, in
     * the first's order.
     * Words of {@code b} are looked up in {@code a}'s index: {@code a} is the statement a lookup starts from.
     */
    private static List<Term[]> matches(Claim a, Claim b) {
        java.util.Map<Term, Set<Term>> found = new java.util.IdentityHashMap<>();
        for (Term tb : b.terms()) {
            if (tb.name()) {
                for (Term ta : a.terms()) {
                    if (ta.name() ? ta.key().equals(tb.key()) : sameWritten(ta, tb)) {
                        found.computeIfAbsent(ta, k -> identities()).add(tb);
                    }
                }
                continue;
            }
            // a word one statement begins with, capitalised, may be read as a name ("Glyphosate will be banned")
            for (Term ta : a.terms()) {
                if (ta.name() && sameWritten(ta, tb)) {
                    found.computeIfAbsent(ta, k -> identities()).add(tb);
                }
            }
            // same meaning: b's lemma among a's synonyms, or a's lemma among b's
            tb.entry().lemmas().forEach(l -> a.index().withSynonym(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
            tb.entry().synonyms().forEach(l -> a.index().withLemma(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
            // one is a kind of the other: an "election" is a "vote"
            tb.entry().kinds().forEach(l -> a.index().withLemma(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
            tb.entry().lemmas().forEach(l -> a.index().withKind(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
            // one is defined by the other: "conscription" is compulsory military "service"
            tb.entry().lemmas().forEach(l -> a.index().withDefining(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
            tb.entry().defining().forEach(l -> a.index().withLemma(l)
                    .forEach(ta -> found.computeIfAbsent(ta, k -> identities()).add(tb)));
        }
        List<Term[]> out = new ArrayList<>();
        for (Term ta : a.terms()) {
            Set<Term> partners = found.get(ta);
            if (partners == null) {
                continue;
            }
            for (Term tb : b.terms()) {
                if (partners.contains(tb)) {
                    out.add(new Term[]{ta, tb});
                }
            }
        }
        return out;
    }

    /** A name and a word written alike but for case, or a word's base form ("Farmers" and "farmer"). */
    private static boolean sameWritten(Term x, Term y) {
        String wx = x.written().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
        String wy = y.written().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
        return wx.equals(wy) || (x.name() ? y : x).entry().lemmas().contains(x.name() ? wx : wy);
    }

    /** The terms of {@code a} opposed to {@code tb}: as {@link Lexicon.Entry#opposes} or {@code opposesBroadly}. */
    private static Set<Term> opposed(Claim a, Term tb, boolean broadly) {
        Set<Term> found = identities();
        Lexicon.Entry e = tb.entry();
        Claim.Index in = a.index();
        if (!broadly) {
            e.opposites().forEach(o -> found.addAll(in.withSynonym(o)));
            e.synonyms().forEach(sy -> found.addAll(in.withOpposite(sy)));
            return found;
        }
        e.opposites().forEach(o -> found.addAll(in.withBroader(o)));
        e.broader().forEach(sy -> found.addAll(in.withOpposite(sy)));
        e.broaderOpposites().forEach(o -> found.addAll(in.withSynonym(o)));
        e.synonyms().forEach(sy -> found.addAll(in.withBroaderOpposite(sy)));
        return found;
    }

    /** Terms compared as the occurrences they are (a record's equality would hash its whole lexicon entry). */
    private static Set<Term> identities() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    private static long distinctContent(Claim c) {
        return c.terms().stream().filter(t -> !t.name()).map(t -> t.written().toLowerCase(Locale.ROOT)).distinct()
                .count();
    }

    private static long distinct(Set<Term> terms) {
        return terms.stream().map(t -> t.written().toLowerCase(Locale.ROOT)).distinct().count();
    }

    /** Whether the sentences of the two terms share another term: the denial and the affirmation meet. */
    private static boolean anchoredInSentences(List<Term[]> matches, Term ta, Term tb) {
        for (Term[] m : matches) {
            if (m[0].sentence() == ta.sentence() && m[1].sentence() == tb.sentence()
                    && !sameWord(m[0], ta) && !sameWord(m[1], tb) && !sameWord(m[0], tb) && !sameWord(m[1], ta)) {
                return true;
            }
        }
        return false;
    }

    /** A clause saying something has stopped in words that deny it goes on ("no longer", "not any longer"). */
    private static boolean noLonger(Clause c) {
        return c != null && c.aspect() == Aspect.STOPPED && c.aspectWords().contains("longer");
    }

    private static boolean sameWord(Term x, Term y) {
        return x.written().equalsIgnoreCase(y.written());
    }

    /**
     * "Every patrol officer will wear a camera" against "only about half of our patrol officers will have cameras",
     * "all 620 civilian staff will be offered work" against "around 400 of the civilian staff will have no job": one
     * speaks of all of something, the other of only part of it. The counted words must be one (or the two clauses
     * share two other words) and the clauses another word besides; numbers that already disagree say it first.
     */
    private static void scope(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        if (out.stream().anyMatch(d -> d.kind() == Kind.QUANTITY)) {
            return;
        }
        for (Claim.Scope sa : a.scopes()) {
            for (Claim.Scope sb : b.scopes()) {
                if (sa.all() == sb.all()) {
                    continue;
                }
                Term ta = sa.noun();
                Term tb = sb.noun();
                boolean one = false;
                Set<String> others = new LinkedHashSet<>();
                for (Term[] m : matches) {
                    if (m[0] == ta && m[1] == tb) {
                        one = true;
                    } else if (m[0].clause() == ta.clause() && m[1].clause() == tb.clause() && m[0] != ta
                            && m[1] != tb && !m[0].name()) {
                        others.add(m[0].written().toLowerCase(Locale.ROOT));
                    }
                }
                if (one ? others.isEmpty() : others.size() < 2) {
                    continue;
                }
                Claim.Scope all = sa.all() ? sa : sb;
                Claim.Scope part = sa.all() ? sb : sa;
                out.add(new Difference(Kind.QUANTITY, SCOPE_WEIGHT, "Scope: one speaks of all (“" + all.written()
                        + "”), the other of only part (“" + part.written() + "”)"));
                return;
            }
        }
    }

    /**
     * "Every packaged food must carry the label" against "producers may choose whether to put the label on",
     * "free to sign players" against "will not be allowed to register players": one says it must (or may) be done,
     * the other that it need not (or may not). About something both name; not when one statement says both.
     */
    private static void obligation(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        if (matches.stream().allMatch(m -> m[0].name())) {
            return;
        }
        java.util.Map<Deontic, String> da = a.deontic();
        java.util.Map<Deontic, String> db = b.deontic();
        for (var ea : da.entrySet()) {
            for (var eb : db.entrySet()) {
                if (ea.getKey().opposes(eb.getKey()) && !da.containsKey(eb.getKey()) && !db.containsKey(ea.getKey())) {
                    out.add(new Difference(Kind.MODALITY, OBLIGATION_WEIGHT, "Obligation: one says “" + ea.getValue()
                            + "”, the other “" + eb.getValue() + "”"));
                    return;
                }
            }
        }
    }

    /** "will not sign" against "could sign": what one denies, the other affirms. */
    private static void negation(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        for (Term[] m : matches) {
            // the affirming side must say it too, not only name it ("the new vaccine" does not affirm "vaccinate")
            Term denied = m[0].head() && !m[1].negated() && m[1].predicative() ? m[0]
                    : m[1].head() && !m[0].negated() && m[0].predicative() ? m[1] : null;
            if (denied == null || m[0].name()) {
                continue;
            }
            Term affirmed = denied == m[0] ? m[1] : m[0];
            Claim deniedIn = denied == m[0] ? a : b;
            Claim affirmedIn = denied == m[0] ? b : a;
            // "no longer justify stopping" does not affirm stopping any more than "without stopping" does
            if (noLonger(clause(affirmedIn, affirmed.clause()))) {
                continue;
            }
            // "the night-time ban starts" affirms that less happens, as "no plane will take off" says
            Clause affirmedClause = clause(affirmedIn, affirmed.clause());
            if (affirmedClause != null && beginningOfLess(affirmedIn, affirmedClause) == affirmed) {
                continue;
            }
            // a predicate denied and affirmed says much even when nothing else is shared ("no club will be relegated");
            // most when the two sentences are about one thing, not when one statement's second sentence denies what
            // the other's first affirms of something else
            double weight = anchoredInSentences(matches, m[0], m[1]) ? 0.8 : 0.5;
            out.add(new Difference(Kind.NEGATION, weight, "Negation: one says “" + context(deniedIn, denied, 5)
                    + "”, the other “" + context(affirmedIn, affirmed) + "”"));
            return;
        }
        Difference clauses = deniedClause(a, b, matches);
        if (clauses == null) {
            clauses = deniedClause(b, a, flipped(matches));
        }
        if (clauses == null) {
            clauses = deniedThing(a, b, matches);
        }
        if (clauses == null) {
            clauses = deniedThing(b, a, flipped(matches));
        }
        if (clauses != null) {
            out.add(clauses);
        }
    }

    /**
     * "there will be no harbour festival this year" against "the festival is going ahead in July" or "the town will
     * have its festival": a clause that only denies a thing (every word of it denied, nothing said of it) against a
     * clause sure or plain about the same thing that says nothing but that it is there. Not when the other clause
     * says something of it (what it does, that it is put off, stays or shrinks), denies anything, or is unsure.
     */
    private static Difference deniedThing(Claim a, Claim b, List<Term[]> matches) {
        for (Clause ca : a.clauses()) {
            List<Term> inA = a.termsOf(ca.index());
            if (inA.isEmpty() || ca.modality() == Modality.EXCLUDED
                    // (a noun that only says which, "no <b>lantern</b> parade", is not denied and may stand)
                    || inA.stream().anyMatch(t -> !t.negated() && !t.modifier() || t.predicative() || t.name())) {
                continue;
            }
            // the thing denied: the first noun "no" denies ("no grain rationing for bakeries" denies rationing)
            Term thing = inA.stream().filter(t -> !t.adjunct() && t.negated() && !t.modifier()).findFirst().orElse(null);
            for (Term[] m : matches) {
                // the denied thing itself in both, by its own word, not a word that qualifies it ("harbour")
                if (m[0] != thing || m[1].negated() || m[1].name() || m[1].adjunct()
                        || java.util.Collections.disjoint(m[0].entry().lemmas(), m[1].entry().lemmas())) {
                    continue;
                }
                Clause cb = clause(b, m[1].clause());
                if (cb == null || cb.modality() != Modality.CERTAIN && cb.modality() != Modality.PLAIN
                        || undecided(cb) || noLonger(cb) || cb.aspect() == Aspect.CONTINUES) {
                    continue;
                }
                List<Term> inB = b.termsOf(cb.index());
                // a bare "the festival is off" has nothing but the thing: it is not said to be there
                if (inB.size() < 2 || inB.stream().anyMatch(t -> t.negated() || t.predicative())
                        || direction(b, Set.of(cb.index())).sign() < 0) {
                    continue;
                }
                return new Difference(Kind.NEGATION, 0.5, "Negation: one says “" + context(a, m[0], 5)
                        + "”, the other “" + context(b, m[1]) + "”");
            }
        }
        return null;
    }

    /**
     * "drivers will not have to obtain a taxi licence" against "drivers will need a taxi licence": a clause denied and
     * a clause affirmed about the same two things, in other verbs. Not when the denial and the affirmation go the same
     * way ("no library will be closed" / "libraries will stay open").
     */
    private static Difference deniedClause(Claim a, Claim b, List<Term[]> matches) {
        for (Clause ca : a.clauses()) {
            List<Term> inA = a.termsOf(ca.index());
            Term denied = inA.stream().filter(t -> t.negated() && !t.name()).findFirst().orElse(null);
            if (denied == null || ca.modality() == Modality.EXCLUDED) {
                continue;
            }
            for (Clause cb : b.clauses()) {
                List<Term> inB = b.termsOf(cb.index());
                Term said = inB.stream().filter(t -> t.predicative() && !t.negated()).findFirst().orElse(null);
                if (said == null && cb.modality() == Modality.CERTAIN) {
                    // "Brannock will get its permit": a clause sure of itself affirms what it names, verb or not
                    said = matches.stream().filter(m -> m[1].clause() == cb.index() && m[0].clause() == ca.index()
                            && !m[1].name() && !m[1].negated()).map(m -> m[1]).findFirst().orElse(null);
                }
                // denying a change and saying it stays agree ("no indexation" / "will be frozen")
                boolean stays = cb.aspect() == Aspect.CONTINUES
                        || inB.stream().anyMatch(t -> t.predicative() && t.entry().change() < 0);
                // a denial and a plan put off or called off both say it does not happen ("there is no date for the
                // duty" / "the tariff has been postponed")
                boolean heldOff = inB.stream().anyMatch(t -> t.predicative() && !t.negated() && holdsOff(t.entry()));
                if (said == null || stays || heldOff || inB.stream().anyMatch(Term::negated)
                        || cb.modality() == Modality.EXCLUDED || noLonger(cb)) {
                    continue;
                }
                Set<String> shared = new LinkedHashSet<>();
                for (Term[] m : matches) {
                    // what the denied clause waits for ("until the review is finished") is not what it denies
                    // nor a noun that only says which of it is denied ("no <b>water</b> rationing" / "will have water")
                    if (m[0].clause() == ca.index() && m[1].clause() == cb.index() && !m[0].adjunct()
                            && !qualifies(a, m[0], denied)) {
                        shared.add(m[0].written().toLowerCase(Locale.ROOT));
                    }
                }
                if (shared.size() < 2) {
                    continue;
                }
                int da = direction(a, Set.of(ca.index())).sign();
                int db = direction(b, Set.of(cb.index())).sign();
                if (da != 0 && da == db) {
                    continue;
                }
                return new Difference(Kind.NEGATION, 0.5, "Negation: one says “" + context(a, denied, 5)
                        + "”, the other “" + context(b, said) + "” of " + String.join(", ", shared));
            }
        }
        return null;
    }

    /**
     * Whether {@code t} is a noun written before the denied noun {@code head} that only says which ("no <b>water</b>
     * rationing", "no <b>patient</b> <b>record</b> checks"): not denied itself, and followed by such nouns up to it.
     */
    static boolean qualifies(Claim c, Term t, Term head) {
        if (t.negated() || !t.modifier() || t.clause() != head.clause() || t.position() >= head.position()) {
            return false;
        }
        for (int p = t.position() + 1; p < head.position(); p++) {
            int at = p;
            if (c.terms().stream().noneMatch(o -> o.position() == at && o.modifier() && !o.negated())) {
                return false;
            }
        }
        return true;
    }

    private static List<Term[]> flipped(List<Term[]> matches) {
        return matches.stream().map(m -> new Term[]{m[1], m[0]}).toList();
    }

    /**
     * "rise" against "fall", "safe" against "unsafe": opposite words, both affirmed (or both denied), at least one of
     * them saying something (a verb, an adjective said of something), in clauses that share another word. Opposites
     * only through what two verbs are ways of doing ("ban"/"allow", "cut"/"raise") count less.
     */
    private static void opposites(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        Difference weak = null;
        java.util.Map<Term, Set<Term>> strongly = new java.util.IdentityHashMap<>();
        java.util.Map<Term, Set<Term>> broadly = new java.util.IdentityHashMap<>();
        for (Term tb : b.terms()) {
            if (!tb.name() && tb.entry().known() && (!tb.modifier() || tb.action())) {
                opposed(a, tb, false).forEach(ta -> strongly.computeIfAbsent(ta, k -> identities()).add(tb));
                if (tb.predicative()) {
                    opposed(a, tb, true).forEach(ta -> broadly.computeIfAbsent(ta, k -> identities()).add(tb));
                }
            }
        }
        for (Term ta : a.terms()) {
            if (ta.name() || !ta.entry().known() || ta.modifier() && !ta.action()
                    || !strongly.containsKey(ta) && !broadly.containsKey(ta)) {
                continue;
            }
            Set<Term> strong1 = strongly.getOrDefault(ta, Set.of());
            Set<Term> broad1 = broadly.getOrDefault(ta, Set.of());
            for (Term tb : b.terms()) {
                if (!strong1.contains(tb) && !broad1.contains(tb)) {
                    continue;
                }
                if (tb.name() || !tb.entry().known() || tb.modifier() && !tb.action() || ta.negated() != tb.negated()
                        || !(ta.predicative() || tb.predicative()) || ta.entry().sameAs(tb.entry())) {
                    continue;
                }
                boolean strong = strong1.contains(tb);
                // a noun naming an action counts only when it opposes the verb itself ("the increase" / "reduce")
                if ((ta.modifier() || tb.modifier()) && !(strong && direct(ta, tb))) {
                    continue;
                }
                if (!strong && (weak != null || !ta.predicative() || !tb.predicative())) {
                    continue;
                }
                // both statements using both words ("rise and fall") is no difference
                if (mentions(b, ta) && mentions(a, tb) || !anchoredInClauses(matches, ta, tb)) {
                    continue;
                }
                String reason = "Opposites: “" + context(a, ta) + "” against “" + context(b, tb) + "”";
                // opposed only through a synonym of each ("rise" is "come up", and "go" opposes "come up") says less
                // than one word opposing the other itself
                if (strong && direct(ta, tb)) {
                    out.add(new Difference(Kind.OPPOSITES, 0.8, reason));
                    return;
                }
                // and only when the two also go opposite ways: "move" and "stop", "come" and "go" meet as opposites
                // through "go", a verb of thirty senses, and neither says more or less of anything
                if (ta.entry().valence() * tb.entry().valence() < 0) {
                    weak = new Difference(Kind.OPPOSITES, 0.5, reason);
                }
            }
        }
        if (weak != null) {
            out.add(weak);
        }
    }

    private static boolean direct(Term ta, Term tb) {
        return !java.util.Collections.disjoint(ta.entry().opposites(), tb.entry().lemmas())
                || !java.util.Collections.disjoint(tb.entry().opposites(), ta.entry().lemmas());
    }

    /** Whether the clauses of the two terms share another term: the opposites are said of one thing. */
    private static boolean anchoredInClauses(List<Term[]> matches, Term ta, Term tb) {
        for (Term[] m : matches) {
            if (m[0].clause() == ta.clause() && m[1].clause() == tb.clause() && m[0] != ta && m[1] != tb) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Claim c, Term t) {
        return c.terms().stream().anyMatch(x -> !x.name() && x.entry().sameAs(t.entry()));
    }

    private static boolean mentions(Claim c, Term t, int sentence) {
        return c.terms().stream().anyMatch(x -> !x.name() && x.sentence() == sentence && x.entry().sameAs(t.entry()));
    }

    /** Modality and aspect of clauses that share a term: "excluded" against "being considered", "still" against "no longer". */
    private static void clauses(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        Difference modality = null;
        Difference aspect = null;
        for (Term[] m : matches) {
            Clause ca = clause(a, m[0].clause());
            Clause cb = clause(b, m[1].clause());
            if (ca == null || cb == null) {
                continue;
            }
            Difference d = deniedWhereCertain(ca, cb, m) ? null : modality(ca, cb);
            if (d != null && (modality == null || d.weight() > modality.weight())) {
                modality = d;
            }
            if (aspect == null && ca.aspect() != Aspect.NONE && cb.aspect() != Aspect.NONE
                    && ca.aspect() != cb.aspect()) {
                Clause goesOn = ca.aspect() == Aspect.CONTINUES ? ca : cb;
                Clause stopped = goesOn == ca ? cb : ca;
                aspect = new Difference(Kind.CONTINUATION, 0.8, "Continuation: one says it goes on (“"
                        + goesOn.aspectWords() + "”), the other that it has stopped (“" + stopped.aspectWords() + "”)");
            }
        }
        if (aspect == null) {
            aspect = goesOnAgainstAtRest(a, b, matches);
        }
        if (aspect == null) {
            aspect = staysAgainstChanges(a, b, matches);
        }
        if (modality != null) {
            out.add(modality);
        }
        if (aspect != null) {
            out.add(aspect);
        }
    }

    /** Verbs of stopping as WordNet files them: what "halt", "cease", "shut down" are ways of doing. */
    private static final Set<String> STOPPING = Set.of("stop", "cease", "discontinue", "halt", "close", "shut down",
            "close down");
    /** States of something at rest, said of what would otherwise run: "closed", "silent", "idle". */
    private static final Set<String> AT_REST = Set.of("closed", "shut", "silent", "idle", "inactive", "dormant");

    /**
     * "night flights will continue" against "the airport will be silent at night", "production continues" against
     * "the plant is closed": one clause says something goes on, the other, about a thing both name, that it stops or
     * is at rest, in a word that is no opposite of the first (a verb of stopping, a state of rest).
     */
    private static Difference goesOnAgainstAtRest(Claim a, Claim b, List<Term[]> matches) {
        for (Term[] m : matches) {
            for (int side = 0; side < 2; side++) {
                Claim goesOn = side == 0 ? a : b;
                Claim rests = side == 0 ? b : a;
                Clause cg = clause(goesOn, m[side].clause());
                Clause cr = clause(rests, m[1 - side].clause());
                if (cg == null || cr == null || cg.aspect() != Aspect.CONTINUES || cr.aspect() == Aspect.CONTINUES
                        || cg.modality() == Modality.EXCLUDED || cr.modality() == Modality.EXCLUDED
                        || goesOn.termsOf(cg.index()).stream().anyMatch(t -> t.head() && t.negated())) {
                    continue;
                }
                for (Term t : rests.termsOf(cr.index())) {
                    if (t != m[1 - side] && !t.negated() && t.predicative() && atRest(t)) {
                        return new Difference(Kind.CONTINUATION, 0.7, "Continuation: one says it goes on (“"
                                + cg.aspectWords() + "”), the other that it stops (“" + context(rests, t) + "”)");
                    }
                }
            }
        }
        return null;
    }

    /** Verbs that call something off or put it off, as WordNet files them, besides those of stopping. */
    private static final Set<String> HOLDING_OFF = Set.of("postpone", "delay", "defer", "suspend", "cancel", "call off",
            "abandon", "scrap", "shelve");

    /** Whether the verb stops something, calls it off or puts it off ("halted", "cancelled", "shelved"). */
    private static boolean holdsOff(Lexicon.Entry e) {
        if (e.adjective()) return false;
        return !java.util.Collections.disjoint(e.lemmas(), HOLDING_OFF) || !java.util.Collections.disjoint(e.broader(), HOLDING_OFF)
                || !java.util.Collections.disjoint(e.lemmas(), STOPPING) || !java.util.Collections.disjoint(e.broader(), STOPPING);
    }

    private static boolean atRest(Term t) {
        Lexicon.Entry e = t.entry();
        return e.adjective() ? !java.util.Collections.disjoint(e.lemmas(), AT_REST)
                : !java.util.Collections.disjoint(e.broader(), STOPPING);
    }

    /**
     * "the ward will stay open" against "mothers will be transferred", "no school will be closed" against "forty
     * schools will be merged": one clause says its subject stays as it is (a word of continuation, or a change
     * denied), the other that it changes (a verb WordNet knows as a change of state, place or hands, or as an end or
     * a loss), about a thing both clauses name.
     */
    private static Difference staysAgainstChanges(Claim a, Claim b, List<Term[]> matches) {
        for (Term[] m : matches) {
            for (int side = 0; side < 2; side++) {
                Claim stays = side == 0 ? a : b;
                Claim changes = side == 0 ? b : a;
                Term anchorStays = m[side];
                Term anchorChanges = m[1 - side];
                Clause cs = clause(stays, anchorStays.clause());
                Clause cc = clause(changes, anchorChanges.clause());
                if (cs == null || cc == null || cc.aspect() == Aspect.CONTINUES || cc.modality() == Modality.EXCLUDED
                        || changes.termsOf(cc.index()).stream().anyMatch(t -> t.head() && t.negated())
                        || goesOnInSentence(changes, anchorChanges.sentence())) {
                    continue;
                }
                Term denied = deniedChange(stays, cs);
                Term kept = denied == null ? stayingVerb(stays, cs) : null;
                String stayWords = cs.aspect() == Aspect.CONTINUES ? cs.aspectWords()
                        : denied != null && cs.modality() != Modality.EXCLUDED ? context(stays, denied, 5)
                        : kept != null && cs.modality() != Modality.EXCLUDED ? context(stays, kept) : null;
                if (stayWords == null) {
                    continue;
                }
                for (Term t : changes.termsOf(cc.index())) {
                    // "will not rise" and "will fall" say the same
                    boolean sameWay = denied != null && (denied.entry().opposes(t.entry())
                            || denied.entry().valence() != 0 && t.entry().valence() == -denied.entry().valence()
                            // "no licence will be granted" and "the plan has been shelved": a change denied and one
                            // called off or put off both say it does not happen
                            || holdsOff(t.entry()) && !holdsOff(denied.entry())
                            // "no plane will take off at night" and "the night-time ban starts": less of what is
                            // denied begins (but "no school will close" and "the closures start" are opposed)
                            || beginsLessOfOther(changes, cc, denied));
                    // "will continue" against "will add": going on and growing say the same way
                    boolean grows = onlyGoesOn(cs) && t.entry().valence() > 0;
                    // "we will only drop it if our neighbours do": a change on a condition says it stays till then
                    boolean conditional = onlyOnCondition(changes, t);
                    // a statement naming the change where it says it stays does not say both ("frozen, no rise");
                    // its other sentences may ("will be frozen. Businesses cannot carry another rise")
                    if (t != anchorChanges && !t.negated() && t.predicative() && changing(t) && !sameWay && !grows
                            && !conditional && !mentions(stays, t, anchorStays.sentence())) {
                        return new Difference(Kind.CONTINUATION, 0.6, "Continuation: one says it stays as it is (“"
                                + stayWords + "”), the other that it changes (“" + context(changes, t) + "”)");
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the clause says less of something other than the change {@code denied} begins ("no plane will take off
     * at night" / "the night-time ban starts" say one thing); "no school will close" / "the closures start" do not.
     */
    private static boolean beginsLessOfOther(Claim c, Clause cl, Term denied) {
        Term[] both = lessThatBegins(c, cl);
        return both != null && !both[0].entry().sameAs(denied.entry());
    }

    /**
     * Whether the claim says the term's change only on a condition ("will only close it if", "only ... unless"): it
     * does not happen otherwise.
     */
    private static boolean onlyOnCondition(Claim c, Term t) {
        String lower = c.text().toLowerCase(Locale.ROOT);
        return java.util.regex.Pattern.compile("\\bonly " + java.util.regex.Pattern.quote(
                t.written().toLowerCase(Locale.ROOT)) + "\\b[^.;!?]*?\\b(?:if|unless|when|once)\\b").matcher(lower).find();
    }

    /** Aspect words that say something goes on, not that it stays as it is ("continue", "still", "ongoing"). */
    private static final Set<String> GOING_ON = Set.of("continue", "continues", "continued", "continuing", "ongoing",
            "persists", "still");

    /**
     * Whether the clause only says something goes on ("night trains will continue"), not that it stays as it is
     * ("fares will stay at two euros"): more of it ("will add two trains") does not deny that.
     */
    private static boolean onlyGoesOn(Clause cl) {
        if (cl.aspect() != Aspect.CONTINUES || cl.aspectWords().isBlank()) {
            return false;
        }
        for (String w : cl.aspectWords().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!GOING_ON.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence of the claim says something goes on ("the hackers are still inside, and they are selling
     * access"): what else it says in that sentence is no change against the other's staying.
     */
    private static boolean goesOnInSentence(Claim c, int sentence) {
        for (Clause cl : c.clauses()) {
            if (cl.aspect() == Aspect.CONTINUES
                    && c.termsOf(cl.index()).stream().anyMatch(t -> t.sentence() == sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb the clause affirms that says its subject stays as it is ("the fee will be <b>frozen</b>"): WordNet files
     * freezing, keeping and staying under standing still, so no aspect word is needed.
     */
    private static Term stayingVerb(Claim c, Clause cl) {
        for (Term t : c.termsOf(cl.index())) {
            if (t.predicative() && !t.negated() && !t.entry().adjective() && t.entry().change() < 0) {
                return t;
            }
        }
        return null;
    }

    /** The change a clause denies ("no school will be <b>closed</b>"), or {@code null}. */
    private static Term deniedChange(Claim c, Clause cl) {
        for (Term t : c.termsOf(cl.index())) {
            if (t.head() && t.negated() && changing(t)) {
                return t;
            }
        }
        return null;
    }

    /** A verb that says something changes, ends or is lost ("merge", "transfer", "close", "abolish"). */
    private static boolean changing(Term t) {
        Lexicon.Entry e = t.entry();
        return !e.adjective() && (e.change() > 0 || e.change() == 0 && e.predicate() && e.valence() < 0);
    }

    /**
     * "a devaluation is ruled out" against "there will be no devaluation": the sure clause denies the very thing the
     * other rules out, so both say it will not be.
     */
    private static boolean deniedWhereCertain(Clause ca, Clause cb, Term[] m) {
        return ca.modality() == Modality.EXCLUDED && cb.modality() == Modality.CERTAIN && m[1].negated()
                || cb.modality() == Modality.EXCLUDED && ca.modality() == Modality.CERTAIN && m[0].negated();
    }

    private static Difference modality(Clause ca, Clause cb) {
        Modality x = ca.modality();
        Modality y = cb.modality();
        if (x == y) {
            return null;
        }
        Clause excluded = x == Modality.EXCLUDED ? ca : y == Modality.EXCLUDED ? cb : null;
        if (excluded != null) {
            Clause other = excluded == ca ? cb : ca;
            if (other.modality() == Modality.OPEN) {
                return new Difference(Kind.MODALITY, 0.7, "Certainty: one rules it out (“" + excluded.modalWords()
                        + "”), the other keeps it open (“" + other.modalWords() + "”)");
            }
            if (other.modality() == Modality.CERTAIN) {
                return new Difference(Kind.MODALITY, 0.6, "Certainty: one rules it out (“" + excluded.modalWords()
                        + "”), the other says it will be (“" + other.modalWords() + "”)");
            }
            return null;
        }
        Clause undecided = undecided(ca) ? ca : undecided(cb) ? cb : null;
        if (undecided != null) {
            Clause settled = undecided == ca ? cb : ca;
            if (settled.modality() == Modality.CERTAIN || settled.modality() == Modality.PLAIN) {
                return new Difference(Kind.MODALITY, UNDECIDED_WEIGHT, "Certainty: one says it is not decided (“"
                        + undecided.modalWords() + "”), the other says it as settled"
                        + (settled.modalWords().isBlank() ? "" : " (“" + settled.modalWords() + "”)"));
            }
        }
        if (x == Modality.CERTAIN && y == Modality.OPEN || x == Modality.OPEN && y == Modality.CERTAIN) {
            Clause sure = x == Modality.CERTAIN ? ca : cb;
            Clause open = sure == ca ? cb : ca;
            return new Difference(Kind.MODALITY, 0.25, "Certainty: one is sure (“" + sure.modalWords()
                    + "”), the other only says it may be (“" + open.modalWords() + "”)");
        }
        return null;
    }

    /** Words after a span of time that make it a distance from another moment ("two weeks later", "a year ago"). */
    private static final Set<String> OFFSET_WORDS = Set.of("later", "earlier", "after", "ago", "afterwards");

    /** Whether {@code q} is a span of time counted from another moment: "the first round follows two weeks later". */
    static boolean offset(Claim c, Quantity q) {
        int at = c.text().indexOf(q.written());
        if (at < 0) {
            return false;
        }
        String rest = c.text().substring(at + q.written().length()).strip();
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return OFFSET_WORDS.contains(rest.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /** Not decided against settled: weaker than ruled out against certain, stronger than "will" against "may". */
    static final double UNDECIDED_WEIGHT = 0.5;

    /** An open clause whose words say nothing has been decided yet ({@link English#UNDECIDED}). */
    private static boolean undecided(Clause c) {
        return c.modality() == Modality.OPEN && English.UNDECIDED.stream().anyMatch(c.modalWords()::contains);
    }

    private static Clause clause(Claim c, int index) {
        for (Clause cl : c.clauses()) {
            if (cl.index() == index) {
                return cl;
            }
        }
        return null;
    }

    /**
     * Numbers of one kind for one measure (a content word both clauses share) that disagree; percentages and sums of
     * money disagree less surely when no measure is named next to them ("we will stay under two percent").
     */
    private static void quantities(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        Difference loose = null;
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                // a time counted from now is compared with a delay ({@link #timing})
                if (!sameUnit(a, b, qa, qb) || qa.unit() == Claim.Unit.YEAR_FROM_NOW || qa.what() != null && qb.what() != null && !sameCounted(matches, qa, qb)
                        // a count of something named against a bare number ("9.50 an hour" / "300,000 workers")
                        || qa.unit() == Claim.Unit.COUNT && (qa.what() == null) != (qb.what() == null) && !sameOrder(matches, qa, qb)
                        || (qa.value() == 0 || qb.value() == 0) && !java.util.Objects.equals(qa.what(), qb.what())
                        && qa.unit() != Claim.Unit.MONEY
                        || !disagree(qa, qb)) {
                    continue;
                }
                // "two weeks later" counts from another event, "lasts three weeks" how long one takes
                if (offset(a, qa) != offset(b, qb)) {
                    continue;
                }
                String measure = sharedMeasure(matches, qa, qb);
                if (measure != null && isDate(qa) && !sameEvent(matches, qa, qb)) {
                    continue;
                }
                if (measure != null) {
                    out.add(new Difference(Kind.QUANTITY, 0.9, "Numbers disagree on " + measure + ": " + qa.written()
                            + " against " + qb.written(), true));
                    return;
                }
                if (loose == null && qa.unit() == Claim.Unit.COUNT && qa.what() != null && qb.what() != null
                        && sameCounted(matches, qa, qb)) {
                    // "one batch" against "fourteen batches" of one product: what is counted is the measure; "no
                    // patient" against "three patients" says little more than that, unless more is shared
                    // a rate ("60,000 barrels a day" / "15,000 barrels a day") is a measure in itself
                    boolean more = sharesBesides(matches, qa.what()) || !qa.rate().isEmpty();
                    if (more || qa.value() == 0 || qb.value() == 0) {
                        loose = new Difference(Kind.QUANTITY, more ? 0.5 : WEAK_POLARITY_WEIGHT, "Numbers disagree on "
                                + qa.what() + ": " + qa.written() + " against " + qb.written(), true);
                    }
                }
                if (loose == null && (qa.unit() == Claim.Unit.PERCENT || qa.unit() == Claim.Unit.MONEY)
                        && (measures(a, qa).isEmpty() || measures(b, qb).isEmpty())) {
                    loose = new Difference(Kind.QUANTITY, 0.45, "Numbers disagree: " + qa.written() + " against "
                            + qb.written());
                }
            }
        }
        if (loose != null) {
            out.add(loose);
        }
    }

    /**
     * "running it longer will cost less than a new plant" against "extending it will cost more than a new plant": two
     * clauses about one thing (a subject of each, a verb, a name or two words) that compare it in opposite directions.
     */
    private static void comparisons(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        if (out.stream().anyMatch(d -> d.kind() == Kind.QUANTITY)) {
            return;
        }
        for (Clause ca : a.clauses()) {
            if (ca.comparison() == 0 || deniesHead(a, ca)) {
                continue;
            }
            for (Clause cb : b.clauses()) {
                if (ca.comparison() * cb.comparison() < 0 && !deniesHead(b, cb)
                        && sameClauseEvent(matches, ca.index(), cb.index())) {
                    out.add(new Difference(Kind.QUANTITY, 0.7, "Comparison: one says “" + ca.comparisonWords()
                            + "”, the other “" + cb.comparisonWords() + "”"));
                    return;
                }
            }
        }
    }

    private static boolean deniesHead(Claim c, Clause cl) {
        return c.termsOf(cl.index()).stream().anyMatch(t -> t.head() && t.negated());
    }

    private static boolean isDate(Quantity q) {
        return q.unit() == Claim.Unit.MONTH || q.unit() == Claim.Unit.YEAR || q.unit() == Claim.Unit.YEAR_FROM_NOW;
    }

    /**
     * Whether two quantities count one thing: the same noun, or two nouns that mean the same or one defines the other
     * ("ninety lives a year" / "a dozen deaths a year"), per the same span of time if any.
     */
    private static boolean sameCounted(List<Term[]> matches, Quantity qa, Quantity qb) {
        if (qa.what().equals(qb.what())) {
            return true;
        }
        if (!qa.rate().equals(qb.rate())) {
            return false;
        }
        String wa = qa.counted();
        String wb = qb.counted();
        for (Term[] m : matches) {
            if (m[0].clause() == qa.clause() && m[1].clause() == qb.clause() && m[0].entry().lemmas().contains(wa)
                    && m[1].entry().lemmas().contains(wb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two dates are said of one event: the clauses share what they are about (both subjects), what happens (a
     * verb or adjective) or two words. A date says when, and one word shared elsewhere ("every night" / "the night
     * train") is two things happening at two times.
     */
    private static boolean sameEvent(List<Term[]> matches, Quantity qa, Quantity qb) {
        int shared = 0;
        for (Term[] m : matches) {
            if (m[0].clause() != qa.clause() || m[1].clause() != qb.clause()) {
                continue;
            }
            if (m[0].subject() && m[1].subject() || m[0].predicative() || m[1].predicative()
                    || m[0].name() && m[1].name() || ++shared >= 2) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern WITHIN_BUDGET = java.util.regex.Pattern.compile(
            "\\b(?:on|within|under|below) (?:the |its |our )?budget\\b");
    private static final java.util.regex.Pattern OVER_BUDGET = java.util.regex.Pattern.compile(
            "\\b(?:over|above) (?:the |its |our )?budget\\b|\\bcost overruns?\\b"
                    + "|\\bmore than (?:planned|budgeted|expected|forecast|estimated)\\b");

    /**
     * "finished on time and under budget" against "cost 14 million more than planned": one says the cost kept to its
     * budget, the other that it went over, of a thing both name (the alignment the caller weighs).
     */
    private static void budget(Claim a, Claim b, List<Difference> out) {
        if (out.stream().anyMatch(d -> d.kind() == Kind.QUANTITY)) {
            return;
        }
        String ta = a.text().toLowerCase(Locale.ROOT);
        String tb = b.text().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher within = WITHIN_BUDGET.matcher(ta);
        java.util.regex.Matcher over = OVER_BUDGET.matcher(tb);
        if (!within.find() || !over.find()) {
            within = WITHIN_BUDGET.matcher(tb);
            over = OVER_BUDGET.matcher(ta);
            if (!within.find() || !over.find()) {
                return;
            }
        }
        out.add(new Difference(Kind.QUANTITY, 0.6, "Cost: one says “" + within.group() + "”, the other “" + over.group()
                + "”"));
    }

    /** What WordNet files putting off and holding up under ("postpone", "defer", "shelve", "delay", "put off"). */
    private static final Set<String> DELAYS = Set.of("postpone", "delay");
    /** Phrasal verbs of putting off WordNet files under other senses ("pushed back" is there only as repelled). */
    private static final Set<String> PHRASAL_DELAYS = Set.of("push back", "move back");

    /**
     * "every citizen will have the card by June" against "the rollout has been pushed back to next year": one clause
     * gives a time ahead (a month, this year, a season), the other says the same event is put off (a verb of
     * postponing or delaying, a later year, "not before" a date), about a thing both clauses name.
     */
    private static void timing(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        if (out.stream().anyMatch(Difference::sameMeasure)) {
            return;
        }
        Difference schedule = schedule(a, b, matches);
        if (schedule != null) {
            out.add(schedule);
            return;
        }
        for (Term[] m : matches) {
            for (int side = 0; side < 2; side++) {
                Claim early = side == 0 ? a : b;
                Claim late = side == 0 ? b : a;
                int ce = m[side].clause();
                int cl = m[1 - side].clause();
                String when = timeAhead(early, ce);
                String ahead = when == null ? goesAhead(early, ce) : null;
                when = when == null ? ahead : when;
                String later = when == null ? null : putOff(late, cl);
                if (later == null || putOff(early, ce) != null || timeAhead(late, cl) != null && !later.contains(" ")
                        || !sameClauseEvent(matches, side == 0 ? ce : cl, side == 0 ? cl : ce)) {
                    continue;
                }
                // "ends on June 30" and "after June it is finished", "from July" and "not before June": a month no
                // later than the one given ahead puts nothing off
                Quantity given = dateWritten(early, ce, when);
                Quantity after = dateWritten(late, cl, later);
                if (given != null && after != null && given.unit() == after.unit() && after.value() <= given.value()) {
                    continue;
                }
                out.add(new Difference(Kind.TIMING, 0.7, (ahead == null ? "Timing: one gives a time ahead (“"
                        : "Timing: one says it goes ahead (“") + when + "”), the other puts it off (“" + later + "”)"));
                return;
            }
        }
    }

    /** Phrases saying something keeps to its time. */
    private static final List<String> ON_TIME = List.of("on time", "on schedule", "on track", "on course", "as planned",
            "as scheduled", "no delay", "no delays", "not be delayed", "not been delayed", "without delay");

    /** Phrases saying something comes later than it should. */
    private static final List<String> LATE = List.of("later than planned", "later than expected", "later than scheduled",
            "later than promised", "later than announced", "behind schedule", "been delayed", "be delayed", "is delayed",
            "are delayed", "was delayed", "were delayed");

    /**
     * "There is no delay; the doses come in October" against "the doses would come later than planned", "the bridge is
     * on schedule" against "the bridge has been delayed": one says it keeps to its time, the other that it is late,
     * about something both name. Not when the first denies its own words ("not on track", "no longer on schedule").
     */
    private static Difference schedule(Claim a, Claim b, List<Term[]> matches) {
        if (matches.stream().allMatch(m -> m[0].name())) {
            return null;
        }
        for (int side = 0; side < 2; side++) {
            Claim onTime = side == 0 ? a : b;
            Claim late = side == 0 ? b : a;
            String kept = phrase(onTime.text(), ON_TIME, true);
            String behind = kept == null ? null : phrase(late.text(), LATE, false);
            if (behind != null && phrase(late.text(), ON_TIME, true) == null && phrase(onTime.text(), LATE, false) == null) {
                return new Difference(Kind.TIMING, 0.6, "Timing: one says it keeps to its time (“" + kept
                        + "”), the other that it is late (“" + behind + "”)");
            }
        }
        return null;
    }

    /** The first of {@code phrases} the text says, as written; with {@code affirmed}, not after "not" or "no longer". */
    private static String phrase(String text, List<String> phrases, boolean affirmed) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : phrases) {
            int at = lower.indexOf(p);
            while (at >= 0) {
                boolean word = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                        && (at + p.length() == lower.length() || !Character.isLetter(lower.charAt(at + p.length())));
                String before = lower.substring(Math.max(0, at - 12), at);
                if (word && !(affirmed && (before.endsWith("not ") || before.endsWith("longer ") || before.endsWith("n't ")))) {
                    return text.substring(at, at + p.length());
                }
                at = lower.indexOf(p, at + 1);
            }
        }
        return null;
    }

    /** The date of the clause written as {@code written} ("June", "2027"), {@code null} when none is. */
    private static Quantity dateWritten(Claim c, int clause, String written) {
        for (Quantity q : c.quantities()) {
            if (q.clause() == clause && isDate(q) && q.unit() != Claim.Unit.YEAR_FROM_NOW && q.written().equals(written)) {
                return q;
            }
        }
        return null;
    }

    /** A time ahead the clause affirms ("by June", "before the summer", "this year"), or {@code null}. */
    private static String timeAhead(Claim c, int clause) {
        Clause cl = clause(c, clause);
        if (cl == null || cl.modality() == Modality.EXCLUDED
                || c.termsOf(clause).stream().anyMatch(t -> t.head() && t.negated())) {
            return null;
        }
        for (Quantity q : c.quantities()) {
            // "in January", said without a year, is as likely next year's January as this one's
            if (q.clause() == clause && q.bound() != Claim.Bound.AT_LEAST && (q.unit() == Claim.Unit.MONTH
                    && q.value() > TURN_OF_THE_YEAR || q.unit() == Claim.Unit.YEAR_FROM_NOW && q.value() == 0)) {
                return q.written();
            }
        }
        return null;
    }

    /** The months (1-2) that, named without a year, may be next year's as well as this one's. */
    private static final int TURN_OF_THE_YEAR = 2;

    /** Verbs that say a plan goes ahead as WordNet lemmatises them ("will go ahead as planned", "proceeds"). */
    private static final Set<String> PROCEEDING = Set.of("go ahead", "proceed");

    /**
     * A verb of going ahead the clause affirms ("the extension will go ahead as planned"): without a date, it says the
     * event comes as planned, which a clause putting it off ("has been shelved") denies. {@code null} when none.
     */
    private static String goesAhead(Claim c, int clause) {
        Clause cl = clause(c, clause);
        if (cl == null || cl.modality() == Modality.EXCLUDED || cl.modality() == Modality.OPEN) {
            return null;
        }
        for (Term t : c.termsOf(clause)) {
            if (t.predicative() && !t.negated() && !t.entry().adjective()
                    && !java.util.Collections.disjoint(t.entry().lemmas(), PROCEEDING)) {
                return context(c, t);
            }
        }
        return null;
    }

    /**
     * Words of the clause saying something is put off: a verb of postponing or delaying it affirms, a later year
     * ("next year"), a date it may not come before ("not before 2028"); {@code null} when none.
     */
    private static String putOff(Claim c, int clause) {
        for (Term t : c.termsOf(clause)) {
            if (!t.name() && !t.negated() && t.entry().predicate() && !t.entry().adjective()
                    && (!java.util.Collections.disjoint(t.entry().broader(), DELAYS)
                    || !java.util.Collections.disjoint(t.entry().lemmas(), PHRASAL_DELAYS))) {
                return context(c, t);
            }
        }
        for (Quantity q : c.quantities()) {
            // "next spring" may be the coming spring: no later than "April"
            if (q.clause() == clause && (q.unit() == Claim.Unit.YEAR_FROM_NOW && q.value() >= 1 && !season(q)
                    || isDate(q) && q.bound() == Claim.Bound.AT_LEAST)) {
                return q.written();
            }
        }
        return null;
    }

    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "fall", "winter");

    /** Whether a time is said as a season ("next spring"). */
    private static boolean season(Quantity q) {
        return java.util.Arrays.stream(q.written().toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(SEASONS::contains);
    }

    /** Whether two clauses share what they are about: a subject of each, a verb or adjective, a name, or two words. */
    private static boolean sameClauseEvent(List<Term[]> matches, int clauseA, int clauseB) {
        int shared = 0;
        for (Term[] m : matches) {
            if (m[0].clause() == clauseA && m[1].clause() == clauseB && (m[0].subject() && m[1].subject()
                    || m[0].predicative() || m[1].predicative() || m[0].name() && m[1].name() || ++shared >= 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the claims share a word or name other than {@code what}: the counts are of one thing's. */
    private static boolean sharesBesides(List<Term[]> matches, String what) {
        return matches.stream().anyMatch(m -> m[0].name() || !m[0].entry().lemmas().contains(what));
    }

    /**
     * "The list has come down to 410,000" against "468,000 people are on the list": a bare count and a count of
     * something named, both in hundreds or more and of one order, about a word both clauses share, count one thing.
     */
    private static boolean sameOrder(List<Term[]> matches, Quantity qa, Quantity qb) {
        double low = Math.min(qa.value(), qb.value());
        double high = Math.max(qa.value(), qb.value());
        return low >= 100 && high < 2 * low && sharedMeasure(matches, qa, qb) != null;
    }

    /** Numbers of one unit, or a sum of money against a bare number in a clause about a sum ({@link #sumOfMoney}). */
    private static boolean sameUnit(Claim a, Claim b, Quantity qa, Quantity qb) {
        return qa.unit() == qb.unit() || sumOfMoney(a, qa, qb) || sumOfMoney(b, qb, qa);
    }

    /**
     * "Our budget for snowmaking is about 400,000" against "we will put 1.2 million into snowmaking": a bare number in
     * a clause about a sum (a noun WordNet defines by money: budget, cost, price, fund) is a sum of money too.
     */
    private static boolean sumOfMoney(Claim c, Quantity bare, Quantity sum) {
        return sum.unit() == Claim.Unit.MONEY && bare.unit() == Claim.Unit.COUNT && bare.what() == null
                && c.termsOf(bare.clause()).stream().anyMatch(t -> !t.entry().predicate() && t.entry().defining().contains("money"));
    }

    /** The nouns of a number's clause other than its unit: what it may measure. */
    private static List<Term> measures(Claim c, Quantity q) {
        return c.termsOf(q.clause()).stream().filter(t -> !t.entry().predicate() && !t.name()
                && !t.entry().synonyms().contains("percent") && !t.entry().money()).toList();
    }

    /** Whether two numbers cannot both be right, given how loosely each is meant. */
    static boolean disagree(Quantity x, Quantity y) {
        if (x.bound() == Claim.Bound.AT_MOST || x.bound() == Claim.Bound.AT_LEAST) {
            if (y.bound() == x.bound()) {
                return false;
            }
            double tolerance = y.bound() == Claim.Bound.ABOUT ? 0.1 : 0;
            return x.bound() == Claim.Bound.AT_MOST ? lower(y) > x.value() * (1 + tolerance)
                    : upper(y) < x.value() * (1 - tolerance);
        }
        if (y.bound() == Claim.Bound.AT_MOST || y.bound() == Claim.Bound.AT_LEAST) {
            return disagree(y, x);
        }
        double tolerance = x.bound() == Claim.Bound.ABOUT || y.bound() == Claim.Bound.ABOUT ? 0.1
                : isDate(x) ? 0 : 0.005;
        double scale = Math.max(Math.abs(x.value()), Math.abs(y.value()));
        return scale > 0 && Math.abs(x.value() - y.value()) / scale > tolerance;
    }

    private static double lower(Quantity q) {
        return q.bound() == Claim.Bound.AT_MOST ? Double.NEGATIVE_INFINITY : q.value();
    }

    private static double upper(Quantity q) {
        return q.bound() == Claim.Bound.AT_LEAST ? Double.POSITIVE_INFINITY : q.value();
    }

    /** An adjective that qualifies the noun after it ("next" in "next year"). */
    private static boolean qualifier(Term t) {
        return t.modifier() && t.entry().adjective();
    }

    private static String sharedMeasure(List<Term[]> matches, Quantity qa, Quantity qb) {
        for (Term[] m : matches) {
            // a word that only qualifies another ("next" in "next year") measures nothing
            if (m[0].clause() == qa.clause() && m[1].clause() == qb.clause() && !m[0].name() && !qualifier(m[0])
                    && !qualifier(m[1])
                    && (qa.what() == null || !m[0].entry().lemmas().contains(qa.what()))) {
                return m[0].written().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * One says its topic moves one way, the other the other way, in words that are not opposites of each other: "we
     * will reduce the workforce" against "every worker will keep their job", "no jobs will be lost" against "we will
     * cut 800 posts", "poses a real risk" against "protects". Each claim's direction is summed over the clauses that
     * share something with the other claim: words that say more, going on, kept, allowed, safe count up, words that
     * say less, an end, a loss, a refusal, a danger count down (the lexicon's valence), a denied word the other way,
     * "ruled out" turns its clause round, "still" and "no longer" count as such. Weaker than opposite words: the two
     * may speak of different sides of the topic.
     */
    private static void polarity(Direction da, Direction db, List<Term[]> matches, boolean sharedName,
                                 boolean numbersAgree, List<Difference> out) {
        if (out.stream().anyMatch(d -> d.kind() == Kind.NEGATION || d.kind() == Kind.OPPOSITES
                || d.kind() == Kind.CONTINUATION || d.kind() == Kind.QUANTITY) || numbersAgree
                || da.sign() == db.sign() || Math.min(da.sign(), db.sign()) >= 0) {
            return;
        }
        if (matches.stream().allMatch(m -> m[0].name()) && !sharedName) {
            return;
        }
        Direction down = da.sign() < 0 ? da : db;
        Direction other = down == da ? db : da;
        if (other.sign() > 0) {
            out.add(new Difference(Kind.POLARITY, POLARITY_WEIGHT, "Direction: one says “" + down.words()
                    + "”, the other “" + other.words() + "”"));
        } else if (!other.denies()) {
            // one says no, the other says nothing either way: plain statements affirm (when it denies something
            // too, both put it the negative way)
            out.add(new Difference(Kind.POLARITY, WEAK_POLARITY_WEIGHT, "Polarity: only one puts it the negative"
                    + " way (“" + down.words() + "”)"));
        }
    }

    /** Both give a number of one kind and none disagree: the numbers say where each stands, and they agree. */
    private static boolean numbersAgree(Claim a, Claim b) {
        boolean any = false;
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (qa.unit() == qb.unit() && !isDate(qa)) {
                    if (disagree(qa, qb)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** Which way a claim says its topic goes (+1, -1, 0), and the words that say it most. */
    record Direction(int sign, String words, boolean denies) {
    }

    static Direction direction(Claim c, Set<Integer> clauses) {
        double sum = 0;
        double strongest = 0;
        boolean denies = false;
        String words = "";
        for (Clause cl : c.clauses()) {
            if (!clauses.contains(cl.index())) {
                continue;
            }
            double clauseSum = cl.aspect() == Aspect.CONTINUES ? 1 : cl.aspect() == Aspect.STOPPED ? -1 : 0;
            String clauseWords = cl.aspectWords();
            double clauseStrongest = Math.abs(clauseSum);
            boolean said = false;
            denies |= c.termsOf(cl.index()).stream().anyMatch(t -> t.head() && t.negated());
            // after the auxiliary of a clause with a subject, a noun is what is said of it ("the next move will be a cut")
            boolean complement = c.termsOf(cl.index()).stream().anyMatch(Term::subject);
            for (Term t : c.termsOf(cl.index())) {
                // the subject is what the clause is about, not which way it goes ("spending cuts will not touch"),
                // and a purpose what it is done for ("cut the quota to protect the stock")
                if (t.name() || t.subject() || t.purpose() || t.modifier() && t.entry().adjective()
                        || t.predicative() && t.adjunct()) {
                    continue;
                }
                double signed;
                if (t.predicative() && onlyOnCondition(c, t)) {
                    // "we will only drop it if our neighbours do" says it stays till then
                    signed = 0;
                } else if (t.predicative()) {
                    // a denied word says the other way
                    signed = t.negated() ? -t.entry().valence() : t.entry().valence();
                    said = true;
                } else {
                    // a noun says which way only as what is said of something ("poses a real <b>risk</b>"), not
                    // before anything is said, nor after "no" ("no safety signal")
                    // nor as when or where ("at the end of the month")
                    signed = !said && !complement || t.negated() || t.adjunct() ? 0 : 0.5 * t.entry().valence();
                }
                clauseSum += signed;
                if (Math.abs(signed) > clauseStrongest) {
                    clauseStrongest = Math.abs(signed);
                    clauseWords = context(c, t);
                }
            }
            Term begins = beginningOfLess(c, cl);
            if (begins != null) {
                // "the night-time ban starts in April", "the cuts go ahead": what begins or goes on is less of something
                clauseSum = begins.negated() ? 1 : -1;
                clauseStrongest = 1;
                clauseWords = context(c, begins);
            }
            if (cl.modality() == Modality.EXCLUDED) {
                clauseSum = -clauseSum;
                clauseWords = cl.modalWords();
            }
            sum += clauseSum;
            if (clauseStrongest > strongest && clauseSum != 0) {
                strongest = clauseStrongest;
                words = clauseWords;
            }
        }
        return new Direction(Math.abs(sum) < 0.5 ? 0 : (int) Math.signum(sum), words, denies);
    }

    /**
     * The verb of a clause whose subject says less of something or an end of it ("ban", "cut", "closure") and whose
     * verb only says that begins or goes on ("starts", "begins", "goes on", "continues"), {@code null} otherwise.
     */
    private static Term beginningOfLess(Claim c, Clause cl) {
        Term[] both = lessThatBegins(c, cl);
        return both == null ? null : both[1];
    }

    /** {@link #beginningOfLess}'s subject and verb ("the <b>ban</b> <b>starts</b>"), {@code null} when none. */
    private static Term[] lessThatBegins(Claim c, Clause cl) {
        List<Term> terms = c.termsOf(cl.index());
        Term less = null;
        for (Term t : terms) {
            boolean begins = t.predicative() && (!java.util.Collections.disjoint(t.entry().lemmas(), English.BEGINNING)
                    || !java.util.Collections.disjoint(t.entry().lemmas(), English.GOING_ON));
            if (begins) {
                return less != null && !t.adjunct() ? new Term[]{less, t} : null;
            }
            if (less == null && !t.name() && !t.adjunct() && t.entry().valence() < 0) {
                less = t;       // the subject, even a word mostly used as a verb ("the ban")
            } else if (t.predicative()) {
                return null;
            }
        }
        return null;
    }

    /** Words that call what a sentence is about a success, or a failure. */
    private static final Set<String> SUCCESS = Set.of("success", "succeed", "triumph");
    private static final Set<String> FAILURE = Set.of("failure", "fail", "disaster", "fiasco", "flop", "catastrophe",
            "shambles");
    /** Phrases that say something achieved nothing ("achieved nothing", "did nothing to keep"). */
    private static final java.util.regex.Pattern ACHIEVED_NOTHING = java.util.regex.Pattern.compile(
            "\\b(?:achieved|did|has done|have done|made) (?:nothing|no difference)\\b");

    /**
     * "the 2019 release was a success" against "the release of 2019 was a disaster": one sentence calls a thing a
     * success, the other calls the same thing (a word or a year both sentences share) a failure, or says it achieved
     * nothing.
     */
    private static void outcome(Claim a, Claim b, List<Term[]> matches, List<Difference> out) {
        if (out.stream().anyMatch(d -> d.kind() == Kind.OPPOSITES)) {
            return;
        }
        Term[] oa = outcomes(a);
        Term[] ob = outcomes(b);
        for (int way = 0; way < 2; way++) {
            Term good = way == 0 ? oa[0] : ob[0];
            Term bad = way == 0 ? ob[1] : oa[1];
            if (good == null || bad == null) {
                continue;
            }
            Claim goodIn = way == 0 ? a : b;
            Claim badIn = way == 0 ? b : a;
            int sa = way == 0 ? good.sentence() : bad.sentence();
            int sb = way == 0 ? bad.sentence() : good.sentence();
            boolean about = matches.stream().anyMatch(m -> m[0].sentence() == sa && m[1].sentence() == sb
                    && m[0] != good && m[0] != bad && m[1] != good && m[1] != bad)
                    || sameYear(way == 0 ? a : b, sa, way == 0 ? b : a, sb);
            if (about) {
                out.add(new Difference(Kind.OPPOSITES, 0.6, "Outcome: one calls it a success (“" + context(goodIn, good)
                        + "”), the other a failure (“" + context(badIn, bad) + "”)"));
                return;
            }
        }
    }

    /** Phrases that say something worked ("has worked", "has saved lives", "has done its job", "paid off"). */
    private static final java.util.regex.Pattern WORKED = java.util.regex.Pattern.compile(
            "\\b(?:has|have|had) (?:worked|paid off|saved|done (?:its|their) job)\\b|\\b(?:did|does) (?:its|their) job\\b");

    /** The claim's first word calling something a success and its first calling something a failure (either null). */
    private static Term[] outcomes(Claim c) {
        Term good = null;
        Term bad = null;
        String lower = c.text().toLowerCase(Locale.ROOT);
        // the phrases are looked for once per claim, not once per word
        boolean achievedNothing = ACHIEVED_NOTHING.matcher(lower).find();
        java.util.regex.Matcher worked = WORKED.matcher(lower);
        String workedPhrase = worked.find() ? " " + worked.group() + " " : null;
        for (Term t : c.terms()) {
            String written = t.written().toLowerCase(Locale.ROOT);
            boolean success = !java.util.Collections.disjoint(t.entry().lemmas(), SUCCESS);
            // "failed to see" says what was not done, not that the thing failed
            boolean failure = !java.util.Collections.disjoint(t.entry().lemmas(), FAILURE)
                    && !lower.contains(written + " to ");
            boolean nothing = achievedNothing && lower.contains(written + " nothing");
            success |= workedPhrase != null && workedPhrase.contains(" " + written + " ");
            if ((success && !t.negated() || failure && t.negated()) && good == null) {
                good = t;
            } else if ((failure && !t.negated() || success && t.negated() || nothing) && bad == null) {
                bad = t;
            }
        }
        return new Term[]{good, bad};
    }

    /** Whether the two sentences give the same year ("the 2016 intake" / "the refugees who came in 2016"). */
    private static boolean sameYear(Claim a, int sentenceA, Claim b, int sentenceB) {
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (qa.unit() == Claim.Unit.YEAR && qb.unit() == Claim.Unit.YEAR && qa.value() == qb.value()
                        && sentenceOf(a, qa) == sentenceA && sentenceOf(b, qb) == sentenceB) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int sentenceOf(Claim c, Quantity q) {
        return c.terms().stream().filter(t -> t.clause() == q.clause()).mapToInt(Term::sentence).findFirst().orElse(-1);
    }

    /** A shared name cast as an outlaw by one ("terrorist") and dealt with as a counterpart by the other. */
    private static void standing(Claim a, Claim b, List<String> sharedNames, List<Difference> out) {
        if (sharedNames.isEmpty()) {
            return;
        }
        List<String> outlawA = standing(a, Lexicon.Standing.OUTLAW);
        List<String> outlawB = standing(b, Lexicon.Standing.OUTLAW);
        List<String> counterA = standing(a, Lexicon.Standing.COUNTERPART);
        List<String> counterB = standing(b, Lexicon.Standing.COUNTERPART);
        String name = fullName(a, sharedNames.getFirst());
        if (outlawA.size() > counterA.size() && counterB.size() > outlawB.size()) {
            out.add(standingDifference(name, outlawA, counterB));
        } else if (outlawB.size() > counterB.size() && counterA.size() > outlawA.size()) {
            out.add(standingDifference(name, outlawB, counterA));
        }
    }

    /** The whole name a shared name word stands in ("Zemblan" in "the Zemblan Liberation Front"). */
    private static String fullName(Claim c, String word) {
        List<Term> terms = c.terms();
        for (int i = 0; i < terms.size(); i++) {
            if (!terms.get(i).name() || !terms.get(i).written().replaceAll("['’]s$", "").equals(word)) {
                continue;
            }
            int from = i;
            int to = i;
            while (from > 0 && terms.get(from - 1).name() && terms.get(from - 1).position() == terms.get(from).position() - 1) {
                from--;
            }
            while (to + 1 < terms.size() && terms.get(to + 1).name()
                    && terms.get(to + 1).position() == terms.get(to).position() + 1) {
                to++;
            }
            List<String> words = new ArrayList<>();
            for (int k = from; k <= to; k++) {
                words.add(terms.get(k).written());
            }
            return String.join(" ", words).replaceAll("['’]s$", "");
        }
        return word;
    }

    /** Stronger the more words cast the party so: one "terrorist" against one "delegation" is weaker evidence. */
    private static Difference standingDifference(String name, List<String> outlaw, List<String> counterpart) {
        double weight = Math.min(0.9, 0.5 + 0.1 * (outlaw.size() + counterpart.size()));
        return new Difference(Kind.STANDING, weight, "Standing: one casts " + name + " as an outlaw ("
                + String.join(", ", outlaw) + "), the other deals with " + name + " as a counterpart ("
                + String.join(", ", counterpart) + ")");
    }

    private static List<String> standing(Claim c, Lexicon.Standing standing) {
        return c.terms().stream().filter(t -> !t.name() && !t.negated() && t.entry().standing() == standing)
                .map(t -> t.written().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** The denied or affirmed word with what stands right before it in its clause ("will not sign"). */
    private static String context(Claim c, Term t) {
        return context(c, t, 3);
    }

    private static String context(Claim c, Term t, int wordsBefore) {
        String text = c.text();
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String word = t.written().toLowerCase(Locale.ROOT);
        int at = indexOfWord(lower, word);
        if (at < 0) {
            return t.written();
        }
        int from = at;
        int words = 0;
        while (from > 0 && words < wordsBefore) {
            char ch = lower.charAt(from - 1);
            if (".;:!?,\"“”()".indexOf(ch) >= 0) {
                break;
            }
            from--;
            if (ch == ' ' && from > 0 && lower.charAt(from - 1) != ' ') {
                words++;
            }
        }
        return text.substring(from, at + word.length()).strip();
    }

    private static int indexOfWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end >= text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}

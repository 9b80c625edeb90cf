package org.verbatim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verbatim.language.Claim;
import org.verbatim.language.Claim.Clause;
import org.verbatim.language.Claim.Quantity;
import org.verbatim.language.Claim.Term;
import org.verbatim.language.Modality;
import org.verbatim.language.StanceComparison;

/**
 * Two claims compared by their structure when the stance rules found no difference between them: whether the
 * speakers' own words share what they speak of, and how they say it in different shapes (polarity, certainty, aspect
 * of a shared predicate, direction, numbers) where a paraphrase or an agreement says it in the same shape. One side's
 * two statements about one thing in two shapes are worth a reviewer's reading even though no rule tells why
 * ({@link ContradictionScorer#unexplained}). Plain Java, read only.
 */
final class ClaimShape {

    /** A term of each claim that mean the same: the same name, word, or a synonym or derived form. */
    record Match(Term a, Term b) {
    }

    private ClaimShape() {
    }

    /**
     * How many things the speakers' own words share: each content word, and each name (a name of several words,
     * "Gozo General", once), not the speakers' own country. The reporter's words ("said the finance minister") are
     * left out: they say who speaks, not what about.
     */
    static int sharedInSpokenWords(Claim a, Claim b, Set<String> ownSide) {
        Set<String> words = new java.util.HashSet<>();
        Set<Integer> nameRuns = new java.util.HashSet<>();
        for (Match m : matches(a.spoken(), b.spoken())) {
            if (!m.a().name() && !m.b().name()) {
                words.add(written(m.a()));
            } else if (m.a().name() && m.b().name() && !ownSide.contains(m.a().key())) {
                nameRuns.add(nameRunStart(a.spoken(), m.a()));
            }
        }
        return words.size() + nameRuns.size();
    }

    /** Where the name a term belongs to starts: the position of the first of the names written one after another. */
    private static int nameRunStart(Claim c, Term t) {
        int start = t.position();
        for (int i = c.terms().indexOf(t) - 1; i >= 0; i--) {
            Term before = c.terms().get(i);
            if (!before.name() || before.position() != start - 1) {
                break;
            }
            start = before.position();
        }
        return start;
    }

    /**
     * How the two say it in different shapes that no stance rule reads as opposed, in words a reviewer reads: one
     * says which way it goes and the other not (the stance rules' direction), the numbers of one unit both give
     * differ, or a predicate both use is denied by one only, said surely by one and only as possible by the other, or
     * said to go on or stop by one only. Empty for two statements with the same polarity, certainty, aspect,
     * direction and numbers (a paraphrase, a colleague agreeing), and for two that share no predicate and otherwise
     * agree.
     */
    static List<String> shapeDifferences(Claim a, Claim b, StanceComparison.Result stance) {
        Claim sa = a.spoken();
        Claim sb = b.spoken();
        List<String> out = new ArrayList<>();
        if (stance.directionA() != stance.directionB() && !deniesWithoutDirection(sa, sb, stance)) {
            out.add("only one says which way it goes");
        }
        String numbers = differentNumbers(sa, sb);
        if (numbers != null) {
            out.add(numbers);
        }
        for (Match m : predicates(matches(sa, sb))) {
            Clause ca = clause(sa, m.a().clause());
            Clause cb = clause(sb, m.b().clause());
            String word = "“" + m.a().written() + "”";
            if (m.a().negated() != m.b().negated()) {
                out.add("only one denies " + word);
            } else if (!sameCertainty(ca, cb)) {
                out.add("one is surer than the other of " + word);
            } else if (aspect(ca) != aspect(cb)) {
                out.add("only one says " + word + " goes on or stops");
            } else {
                continue;
            }
            break;
        }
        return out;
    }

    /**
     * Whether the one that goes no way denies something: its denial took its words' direction away ("the peg is not
     * in question"), and it may say just what the other says goes on ("the link will stay as it is").
     */
    private static boolean deniesWithoutDirection(Claim a, Claim b, StanceComparison.Result stance) {
        Claim still = stance.directionA() == 0 ? a : stance.directionB() == 0 ? b : null;
        return still != null && still.terms().stream().anyMatch(Term::negated);
    }

    /** Shared words said as predicates by both: the verb or the adjective said of the subject. */
    private static List<Match> predicates(List<Match> matches) {
        return matches.stream().filter(m -> predicate(m.a()) && predicate(m.b())).toList();
    }

    private static boolean predicate(Term t) {
        return t.predicative() && !t.subject() && !t.purpose();
    }

    static List<Match> matches(Claim a, Claim b) {
        List<Match> out = new ArrayList<>();
        for (Term ta : a.terms()) {
            for (Term tb : b.terms()) {
                if (same(ta, tb)) {
                    out.add(new Match(ta, tb));
                }
            }
        }
        return out;
    }

    private static boolean same(Term x, Term y) {
        if (x.name() || y.name()) {
            return x.name() && y.name() ? x.key().equals(y.key()) : written(x).equals(written(y));
        }
        return written(x).equals(written(y)) || x.entry().sameAs(y.entry());
    }

    private static String written(Term t) {
        return t.written().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
    }

    /** "will" and a plain statement both assert; "may" or "is being considered" only keep it open. */
    private static boolean sameCertainty(Clause x, Clause y) {
        return asserts(x) == asserts(y) && excludes(x) == excludes(y);
    }

    private static boolean asserts(Clause c) {
        return c == null || c.modality() == Modality.PLAIN || c.modality() == Modality.CERTAIN;
    }

    private static boolean excludes(Clause c) {
        return c != null && c.modality() == Modality.EXCLUDED;
    }

    private static Object aspect(Clause c) {
        return c == null ? null : c.aspect();
    }

    /**
     * For a unit both give numbers in, different numbers ("numbers 66 against 65"); {@code null} when every unit
     * both use has the same numbers, or none is shared.
     */
    private static String differentNumbers(Claim a, Claim b) {
        for (Quantity qa : a.quantities()) {
            if (b.quantities().stream().anyMatch(qb -> qb.unit() == qa.unit())
                    && !values(b, qa.unit()).equals(values(a, qa.unit()))) {
                Quantity qb = b.quantities().stream().filter(q -> q.unit() == qa.unit()).findFirst().orElseThrow();
                return "numbers " + qa.written() + " against " + qb.written();
            }
        }
        return null;
    }

    private static Set<Double> values(Claim c, Claim.Unit unit) {
        return c.quantities().stream().filter(q -> q.unit() == unit).map(Quantity::value)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Clause clause(Claim c, int index) {
        return c.clauses().stream().filter(cl -> cl.index() == index).findFirst().orElse(null);
    }
}

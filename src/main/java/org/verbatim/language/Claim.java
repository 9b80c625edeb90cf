package org.verbatim.language;

import java.util.List;
import java.util.Set;

/**
 * A statement read for comparison: its content words (each with what the lexicon knows of it, whether it is denied,
 * and in which clause), its clauses' modality and aspect, the quantities it gives and the names it mentions.
 * Made by {@link ClaimReader}; compared by {@link StanceComparison}.
 */
public record Claim(String text, List<Term> terms, List<Clause> clauses, List<Quantity> quantities,
                    List<Scope> scopes, java.util.Map<Deontic, String> deontic, Set<String> names, Index index,
                    Claim spokenOnly) {

    public Claim(String text, List<Term> terms, List<Clause> clauses, List<Quantity> quantities, List<Scope> scopes,
                 java.util.Map<Deontic, String> deontic, Set<String> names, Claim spokenOnly) {
        this(text, terms, clauses, quantities, scopes, deontic, names, new Index(terms), spokenOnly);
    }

    /**
     * The claim without the reporter's words a statement joined from an interrupted quotation holds ("…,” said Ana
     * Lind, the minister, “…"): what its stance is read from. The claim itself when there are none.
     */
    public Claim spoken() {
        return spokenOnly == null ? this : spokenOnly;
    }

    /**
     * The content words by each word they may be written as, built once per claim: a claim is compared with many,
     * and looking words up beats comparing every word of one with every word of the other.
     */
    public static final class Index {
        private final List<Term> terms;
        private java.util.Map<String, List<Term>> byLemma;
        private java.util.Map<String, List<Term>> bySynonym;
        private java.util.Map<String, List<Term>> byBroader;
        private java.util.Map<String, List<Term>> byOpposite;
        private java.util.Map<String, List<Term>> byBroaderOpposite;
        private java.util.Map<String, List<Term>> byKind;
        private java.util.Map<String, List<Term>> byDefining;

        Index(List<Term> terms) {
            this.terms = terms;
        }

        /** Built on first use: only the claim a lookup starts from is looked words up in. */
        private synchronized void build() {
            if (byLemma != null) {
                return;
            }
            var lemma = new java.util.HashMap<String, List<Term>>();
            var synonym = new java.util.HashMap<String, List<Term>>();
            var broader = new java.util.HashMap<String, List<Term>>();
            var opposite = new java.util.HashMap<String, List<Term>>();
            var broaderOpposite = new java.util.HashMap<String, List<Term>>();
            var kind = new java.util.HashMap<String, List<Term>>();
            var defining = new java.util.HashMap<String, List<Term>>();
            for (Term t : terms) {
                if (t.name()) {
                    continue;
                }
                t.entry().lemmas().forEach(l -> lemma.computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(t));
                t.entry().synonyms().forEach(l -> synonym.computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(t));
                t.entry().broader().forEach(l -> broader.computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(t));
                t.entry().opposites().forEach(l -> opposite.computeIfAbsent(l, k -> new java.util.ArrayList<>())
                        .add(t));
                t.entry().broaderOpposites().forEach(l -> broaderOpposite.computeIfAbsent(l,
                        k -> new java.util.ArrayList<>()).add(t));
                t.entry().kinds().forEach(l -> kind.computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(t));
                t.entry().defining().forEach(l -> defining.computeIfAbsent(l, k -> new java.util.ArrayList<>()).add(t));
            }
            byLemma = lemma;
            bySynonym = synonym;
            byBroader = broader;
            byOpposite = opposite;
            byBroaderOpposite = broaderOpposite;
            byKind = kind;
            byDefining = defining;
        }

        List<Term> withLemma(String word) {
            build();
            return byLemma.getOrDefault(word, List.of());
        }

        List<Term> withSynonym(String word) {
            build();
            return bySynonym.getOrDefault(word, List.of());
        }

        List<Term> withBroader(String word) {
            build();
            return byBroader.getOrDefault(word, List.of());
        }

        List<Term> withOpposite(String word) {
            build();
            return byOpposite.getOrDefault(word, List.of());
        }

        List<Term> withKind(String word) {
            build();
            return byKind.getOrDefault(word, List.of());
        }

        /** The terms whose definition has {@code word} in it. */
        List<Term> withDefining(String word) {
            build();
            return byDefining.getOrDefault(word, List.of());
        }

        List<Term> withBroaderOpposite(String word) {
            build();
            return byBroaderOpposite.getOrDefault(word, List.of());
        }
    }

    /**
     * A content word. {@code negated}: inside a negation's scope; {@code head}: the first content word of that
     * scope, what the negation denies ("will not <b>sign</b> the treaty"). {@code name}: a proper name, whose
     * {@code key} is the same for "France", "French" and "France's". {@code modifier}: a word that qualifies a noun
     * ("the <b>new</b> vaccine", "<b>older</b> children", "the <b>first</b> of March") rather than says something.
     * {@code subject}: before the clause's auxiliary or modal ("spending <b>cuts</b> will not touch pensions"), what
     * the clause is about rather than what it says of it. {@code sentence}: which sentence of the statement it is in.
     * {@code action}: a noun after a determiner that heads its phrase rather than qualifies the next noun ("the
     * <b>increase</b> in fares", "the <b>approval</b> of the merger"), naming what a verb does. {@code purpose}: in an
     * infinitive saying what the clause's verb is done for ("cut the quota <b>to protect</b> the stock", "in order to").
     * {@code adjunct}: the noun a phrase of time, place or circumstance is about ("at the <b>end</b> of the month",
     * "thanks her for her <b>work</b>"), or a word of what a clause waits for ("shelved until the review is
     * <b>finished</b>"), which says when or where, not which way.
     */
    public record Term(String written, Lexicon.Entry entry, int clause, int position, boolean negated, boolean head,
                       boolean name, String key, boolean modifier, boolean subject, int sentence, boolean action,
                       boolean purpose, boolean adjunct) {

        /** A word whose opposite would say the opposite: a verb, or an adjective said of something ("is safe"). */
        public boolean predicative() {
            return !name && entry.predicate() && !modifier;
        }
    }

    /**
     * A clause with the words that set its modality and aspect ("could", "still"), empty when none, and the comparison
     * it makes of something other than a number: +1 for "more than", "higher than", -1 for "less than", "fewer than",
     * 0 for none ({@code comparisonWords} as written).
     */
    public record Clause(int index, Modality modality, String modalWords, Aspect aspect, String aspectWords,
                         int comparison, String comparisonWords) {
    }

    public enum Unit {
        PERCENT, MONEY, YEAR, COUNT,
        /** A month of the year (1-12), the day left out: "on 14 September", "before December". */
        MONTH,
        /** A year counted from now: 0 for "this year" or a season ahead ("before the summer"), 1 for "next year". */
        YEAR_FROM_NOW
    }

    /** How a number is meant: exactly, loosely ("about"), or as a bound ("below", "at least"). */
    public enum Bound {
        EXACT, ABOUT, AT_MOST, AT_LEAST
    }

    /**
     * A number as given: {@code unit} and, for money and counts, {@code what} ("euro", "job"), and the clause it is in,
     * whose content words say what it measures.
     */
    public record Quantity(double value, Unit unit, String what, String written, int clause, int position,
                           Bound bound) {

        /** Between what a rate counts and its span of time, in {@code what}: "barrel per day". */
        static final String PER = " per ";

        /** What is counted, without a rate's span of time: "barrel" of "barrel per day". */
        String counted() {
            int per = what.indexOf(PER);
            return per < 0 ? what : what.substring(0, per);
        }

        /** A rate's span of time ("day" of "barrel per day"), or "" for a count that is no rate. */
        String rate() {
            int per = what.indexOf(PER);
            return per < 0 ? "" : what.substring(per + PER.length());
        }
    }

    /**
     * How much of something a clause speaks of: all of it ("every patrol officer", "all 620 civilian staff") or only
     * part ("only about half of our officers", "400 of the staff", "some schools", "not every hospital").
     * {@code noun} is the term counted, {@code written} the words as given.
     */
    public record Scope(Term noun, boolean all, String written) {
    }

    /** The content words of one clause. */
    public List<Term> termsOf(int clause) {
        return terms.stream().filter(t -> t.clause() == clause).toList();
    }
}

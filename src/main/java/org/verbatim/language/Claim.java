package org.verbatim.language;

import java.util.List;
import java.util.Set;

/**
 * A statement read for comparison: its content words (each with what the lexicon knows of it, whether it is denied,
 * and in which clause), its clauses' modality and aspect, the quantities it gives and the names it mentions.
 * Made by {@link ClaimReader}; compared by {@link StanceComparison}.
 */
public record Claim(String text, List<Term> terms, List<Clause> clauses, List<Quantity> quantities,
                    Set<String> names) {

    /**
     * A content word. {@code negated}: inside a negation's scope; {@code head}: the first content word of that
     * scope, what the negation denies ("will not <b>sign</b> the treaty"). {@code name}: a proper name, whose
     * {@code key} is the same for "France", "French" and "France's". {@code modifier}: a word that qualifies a noun
     * ("the <b>new</b> vaccine", "<b>older</b> children", "the <b>first</b> of March") rather than says something.
     */
    public record Term(String written, Lexicon.Entry entry, int clause, int position, boolean negated, boolean head,
                       boolean name, String key, boolean modifier) {

        /** A word whose opposite would say the opposite: a verb, or an adjective said of something ("is safe"). */
        public boolean predicative() {
            return !name && entry.predicate() && !modifier;
        }
    }

    /** A clause with the words that set its modality and aspect ("could", "still"), empty when none. */
    public record Clause(int index, Modality modality, String modalWords, Aspect aspect, String aspectWords) {
    }

    public enum Unit {
        PERCENT, MONEY, YEAR, COUNT
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
    }

    /** The content words of one clause. */
    public List<Term> termsOf(int clause) {
        return terms.stream().filter(t -> t.clause() == clause).toList();
    }
}

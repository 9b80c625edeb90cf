package org.verbatim.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.verbatim.language.Claim.Clause;
import org.verbatim.language.Claim.Quantity;
import org.verbatim.language.Claim.Term;
import org.verbatim.language.Claim.Unit;

/**
 * Reads a statement into a {@link Claim}: words and clauses; negation with its scope (from "not", "never", "no",
 * "refused to", "has yet to" to the end of the clause, or the next "and"); each clause's modality and aspect; the
 * numbers with what they count; the proper names. Plain English grammar and the lexicon, no topic knowledge.
 */
public final class ClaimReader {

    /**
     * Words (with the digits and hyphens of names such as "ERT3" or "Orla-2"), numbers (with a percent sign or a
     * multiplier stuck to them), currency signs, clause punctuation.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,]\\d+)*(?:%|bn|tn|mn|m|k)?(?![\\p{L}\\d])|[$€£¥]|\\p{L}[\\p{L}\\p{M}\\d]*(?:['-][\\p{L}\\d]+)*|[.;:!?,()\"]");
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[.;:!?,()\"]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"]");
    private static final int MAX_PHRASE = 4;
    /** A negation denies at most this many content words after it. */
    private static final int SCOPE = 6;

    private final Lexicon lexicon;

    public ClaimReader(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon);
    }

    /**
     * {@code sentence}: which sentence of the statement the token is in. {@code attribution}: between a closing and
     * an opening quotation mark of a statement joined from an interrupted quotation ("…,” said Ana Lind, the
     * minister, “…"): the reporter's words, not the speaker's.
     */
    private record Token(String text, String lower, boolean sentenceStart, int sentence, boolean attribution) {
    }

    /**
     * The statement read as a whole (its words, for what it is about) with, for stance, the same statement without
     * the reporter's words inside it ({@link Claim#spoken()}): "said X, chief of Y" says nothing the speaker holds.
     */
    public Claim read(String text) {
        List<Token> tokens = tokens(text == null ? "" : text);
        if (tokens.stream().noneMatch(Token::attribution)) {
            return read(text, tokens, null);
        }
        List<Token> spoken = tokens.stream().filter(t -> !t.attribution()).toList();
        return read(text, tokens, read(spokenText(text), spoken, null));
    }

    /**
     * The text without the reporter's words, marked as {@link #tokens} marks them: from the mark that closes the
     * quotation up to the one that opens it again, each such stretch left as one space.
     */
    static String spokenText(String text) {
        long marks = text.chars().filter(ClaimReader::quotationMark).count();
        boolean opens = !text.isBlank() && quotationMark(text.strip().charAt(0));
        StringBuilder out = new StringBuilder(text.length());
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = quotationMark(c);
            seen += mark ? 1 : 0;
            if (reporters(seen, marks, opens)) {
                if (mark) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the words after the {@code seen}-th of {@code marks} quotation marks are the reporter's. A statement
     * that begins inside the quotation ("…,” said X, “…") has them after odd marks, up to the last; one that begins
     * with its opening mark ("“…,” said X, director of Y") after even ones, to the end.
     */
    private static boolean reporters(int seen, long marks, boolean opens) {
        return opens ? seen > 0 && seen % 2 == 0 : seen % 2 == 1 && seen < marks;
    }

    private static boolean quotationMark(int c) {
        return c == '"' || c == '“' || c == '”';
    }

    private Claim read(String text, List<Token> tokens, Claim spoken) {
        List<Term> terms = new ArrayList<>();
        List<Clause> clauses = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();

        int clause = 0;
        Modality modality = Modality.PLAIN;
        List<String> modalWords = new ArrayList<>();
        Aspect aspect = Aspect.NONE;
        List<String> aspectWords = new ArrayList<>();
        int scopeLeft = 0;          // content words still denied by the last negation
        int denied = 0;                  // predicates the last negation has denied so far
        boolean negatedBefore = false;   // "not" right before a modal phrase: "not ruled out"
        int compoundHead = -1;      // "no water rationing": the noun "no" denies; the nouns before it only qualify it
        boolean verbSeen = false;        // an auxiliary or modal in this clause: what comes before is its subject
        boolean deniedClause = false;    // a negation somewhere before in this clause
        boolean objected = false;        // a verb and then a noun after it in this clause: "cut the quota"
        boolean purpose = false;         // inside an infinitive of purpose: "to protect the stock"
        boolean adjunct = false;         // after a preposition of time, place or circumstance, before its noun
        boolean condition = false;       // after "until", "till", "once": what the clause waits for
        int shareRest = -1;              // "in ten" of "nine schools in ten": read with the share, from here
        int shareEnds = -1;              // to here
        boolean capped = false;          // a negated bound in this clause: "no fare will cost more than 1.50"
        int comparison = 0;              // "costs more than a new plant" (+1), "less than" (-1)
        String comparisonWords = "";

        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (CLAUSE_PUNCTUATION.matcher(w).matches() || English.CLAUSE_BREAKS.contains(w)
                    && !(w.equals("yet") && next(tokens, i).equals("to"))) {
                if (!modalWords.isEmpty() || !aspectWords.isEmpty() || hasTerms(terms, clause)
                        || hasQuantities(quantities, clause)) {
                    clauses.add(new Clause(clause, modality, String.join(" ", modalWords), aspect,
                            String.join(" ", aspectWords), comparison, comparisonWords));
                    clause++;
                }
                modality = Modality.PLAIN;
                modalWords.clear();
                aspect = Aspect.NONE;
                aspectWords.clear();
                comparison = 0;
                comparisonWords = "";
                capped = false;
                scopeLeft = 0;
                verbSeen = false;
                deniedClause = false;
                objected = false;
                purpose = false;
                condition = false;
                adjunct = false;
                continue;
            }
            int compared = comparison(tokens, i);
            if (compared != 0) {
                comparison = compared;
                comparisonWords = join(tokens, i, 2);
            }
            if (w.equals("and") || w.equals("or")) {
                scopeLeft = 0;
                continue;
            }
            if (English.SCOPE_ENDS.contains(w)) {
                scopeLeft = 0;      // "not to vaccinate infants until the review is finished"
            }
            // grammatical phrases first: "no longer" is aspect, not a bare "no"; "not ruled out" keeps it open
            if (English.AUXILIARIES.contains(w)) {
                verbSeen = true;
            }
            int aspectLength = phrase(tokens, i, English.ASPECT_PHRASES);
            if (aspectLength > 0 && describesNoun(tokens, i)) {
                i += aspectLength - 1;      // "a village that feels abandoned": the village's, not the clause's
                continue;
            }
            if (aspectLength > 0) {
                verbSeen = true;
                String p = join(tokens, i, aspectLength);
                aspect = English.ASPECT_PHRASES.get(p);
                if (negatedBefore && aspect != Aspect.NONE) {
                    // "has not stopped", "never gave up": it goes on; "will not continue": it stops
                    aspect = aspect == Aspect.STOPPED ? Aspect.CONTINUES : Aspect.STOPPED;
                    scopeLeft = 0;
                    aspectWords.add("not");
                }
                aspectWords.add(p);
                i += aspectLength - 1;
                continue;
            }
            int modalLength = month(tokens, i) > 0 ? 0 : phrase(tokens, i, English.MODAL_PHRASES);
            int undecided = modalLength > 0 ? 0 : undecided(tokens, i);
            if (modalLength > 0 || undecided > 0) {
                verbSeen = true;
                modalLength = Math.max(modalLength, undecided);
                String p = join(tokens, i, modalLength);
                Modality m = undecided > 0 ? Modality.OPEN : English.MODAL_PHRASES.get(p);
                if (m == Modality.OPEN && negatedBefore) {
                    // "not negotiable": what stands is settled; "not possible", "not being considered": it will not be
                    m = p.equals("negotiable") ? Modality.CERTAIN : Modality.EXCLUDED;
                    scopeLeft = 0;
                    modalWords.add("not");
                } else if (m == Modality.EXCLUDED && negatedBefore) {
                    m = Modality.OPEN;      // "not ruled out", "not excluded"
                    scopeLeft = 0;
                    modalWords.add("not");
                }
                if (strength(m) >= strength(modality)) {
                    modality = m;
                }
                modalWords.add(p);
                i += modalLength - 1;
                negatedBefore = false;
                continue;
            }
            // "not a cent more", "not a day longer" after a sum or a span: the same limit said again, no denial
            int emphasis = limitRepeated(tokens, i);
            if (emphasis > 0) {
                i += emphasis - 1;
                continue;
            }
            // "no fare will cost more than 1.50", "not more than 40 percent": a negation of a bound sets a limit (at
            // most 1.50) and denies nothing; the bound it negates turns round
            if (English.NEGATORS.contains(w) && boundAhead(tokens, i)) {
                capped = true;
                continue;
            }
            if (English.NEGATORS.contains(w) && !(w.equals("not") && next(tokens, i).equals("only"))
                    || (w.equals("yet") || English.NEGATIVE_IMPLICATIVES.contains(w)) && next(tokens, i).equals("to")) {
                scopeLeft = w.equals("without") ? 3 : SCOPE;
                deniedClause = true;
                denied = 0;
                negatedBefore = w.equals("not") || w.equals("never");
                compoundHead = w.equals("no") ? compoundHead(tokens, i + 1) : -1;
                Quantity none = none(tokens, i, clause, compoundHead);
                if (none != null) {
                    quantities.add(none);
                }
                continue;
            }
            if (ADJUNCT_PREPOSITIONS.contains(w)) {
                adjunct = true;
            }
            condition |= CONDITIONS.contains(w);
            if (i >= shareRest && i <= shareEnds) {
                continue;
            }
            Quantity q = yearFromNow(tokens, i, clause);
            if (q == null) {
                q = quantity(tokens, i, clause);
            }
            if (q == null) {
                q = oneSpan(tokens, i, clause);
            }
            int first = q != null && q.unit() == Unit.YEAR_FROM_NOW ? i - q.written().split(" ").length + 1 : i;
            if (q != null && deniedClause && q.bound() == Claim.Bound.AT_MOST && first > 0
                    && tokens.get(first - 1).lower().equals("before")) {
                // "cannot fly before December": December or later
                q = new Quantity(q.value(), q.unit(), q.what(), q.written(), q.clause(), q.position(),
                        Claim.Bound.AT_LEAST);
            }
            if (q != null && capped && q.bound() != Claim.Bound.EXACT && q.bound() != Claim.Bound.ABOUT) {
                q = new Quantity(q.value(), q.unit(), q.what(), q.written(), q.clause(), q.position(),
                        q.bound() == Claim.Bound.AT_LEAST ? Claim.Bound.AT_MOST : Claim.Bound.AT_LEAST);
            }
            if (q != null) {
                quantities.add(q);
                if (q.unit() == Unit.PERCENT && q.written().contains(" in ")) {
                    // "one in ten" is one share, not also ten of nothing; what it counts is still said ("nine
                    // <b>schools</b> in ten")
                    shareEnds = i + q.written().split(" ").length - 1;
                    shareRest = shareEnds - 1;
                }
                continue;
            }
            if (!Character.isLetter(w.charAt(0)) || English.FUNCTION_WORDS.contains(w) || English.TIME_WORDS.contains(w)
                    || Character.isUpperCase(t.text().charAt(0)) && English.CALENDAR.contains(w)) {
                continue;       // a date says when, not what about: "March" is no name both statements share
            }
            negatedBefore = false;
            Lexicon.Entry entry = phrasalVerb(tokens, i, lexicon.entry(w));
            // a verb of a clause describing a noun says nothing of the statement's own ("a club that breaks the cap")
            Aspect said = scopeLeft > 0 || aspect != Aspect.NONE
                    || entry.predicate() && !entry.adjective() && relativeVerb(tokens, i) ? Aspect.NONE
                    : aspectOf(entry, tokens, i);
            if (said != Aspect.NONE) {
                aspect = said;
                aspectWords.add(entry.word().contains(" ") || i == 0 ? entry.word() : tokens.get(i - 1).lower() + " " + w);
            }
            boolean capitalised = Character.isUpperCase(t.text().charAt(0));
            boolean name = capitalised && (!t.sentenceStart() || !entry.known() || entry.proper()
                    || !entry.places().isEmpty());
            String key = name ? nameKey(t.text(), entry) : null;
            if (name) {
                names.add(key);
            }
            boolean qualifier = i < compoundHead;
            boolean negated = scopeLeft > 0 && !qualifier;
            // what a negation denies: its first predicate, and the verb that one governs ("not intend to pay")
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            boolean modifier = qualifier || DETERMINERS.contains(before) || entry.adjective() && qualifiesNext(tokens, i)
                    || !name && entry.predicate() && relativeVerb(tokens, i);
            // "no mining permit will be issued": the verb after the auxiliary is denied, not a noun of the subject
            boolean inSubject = !verbSeen && clauseHasVerb(tokens, i);
            boolean target = negated && !name && !modifier && entry.predicate() && !inSubject
                    && (denied == 0 || denied == 1 && before.equals("to"));
            // not inside a phrase of time or place: "at the end of the year" says when, not what is done
            boolean action = DETERMINERS.contains(before) && !name && !entry.adjective()
                    && HEAD_ENDS.contains(next(tokens, i))
                    && (i < 2 || !PREPOSITIONS.contains(tokens.get(i - 2).lower()));
            // an infinitive after a verb's object, or after "in order" / "so as", says what the verb is done for; a
            // denied one is what the verb asks of its object ("advise doctors not to vaccinate")
            boolean verb = entry.predicate() && !entry.adjective() && !modifier && !name;
            String twoBefore = i >= 2 ? tokens.get(i - 2).lower() : "";
            purpose |= verb && before.equals("to") && (objected && !twoBefore.equals("not")
                    || i >= 3 && PURPOSE_MARKERS.contains(tokens.get(i - 3).lower() + " " + twoBefore));
            objected |= !verb && !purpose && verbBefore(terms, clause);
            terms.add(new Term(t.text(), entry, clause, i, negated, target, name, key, modifier,
                    inSubject, t.sentence(), action, purpose,
                    adjunct && !entry.predicate() || condition));
            adjunct &= entry.adjective() && !name;
            if (negated) {
                scopeLeft--;
                denied += target ? 1 : 0;
            }
        }
        if (!modalWords.isEmpty() || !aspectWords.isEmpty() || hasTerms(terms, clause)
                || hasQuantities(quantities, clause)) {
            clauses.add(new Clause(clause, modality, String.join(" ", modalWords), aspect,
                    String.join(" ", aspectWords), comparison, comparisonWords));
        }
        return new Claim(text, List.copyOf(terms), List.copyOf(clauses), List.copyOf(quantities),
                scopes(tokens, terms), Deontic.of(text), Set.copyOf(names), spoken);
    }

    /** Words that speak of all of something: "every officer", "all 620 staff", "each school". */
    private static final Set<String> ALL = Set.of("every", "each", "all");
    /** Words that speak of part of something before "of": "half of the staff", "most of our members". */
    private static final Set<String> PART_OF = Set.of("half", "third", "thirds", "quarter", "quarters", "most", "some",
            "few", "many", "majority", "minority");
    /** Words that speak of part of something before its noun: "some schools", "most members". */
    private static final Set<String> PART = Set.of("some", "most", "few");
    /** Words that may stand between a word of scope and its noun: "only <b>about half of our</b> officers". */
    private static final Set<String> SCOPE_FILLERS = Set.of("a", "an", "the", "our", "their", "its", "his", "her",
            "my", "your", "these", "those", "of", "to", "about", "around", "roughly", "some", "half", "third",
            "quarter", "most", "for");
    /** How far a word of scope reaches for its noun. */
    private static final int SCOPE_REACH = 7;

    /**
     * The scopes a statement speaks of ({@link Claim.Scope}): all of something ("every", "each", "all") or part of it
     * ("only", "not every", "half of", "most of", "some", "400 of the"). The noun is the last content word of the
     * phrase the word of scope opens ("every secondary school <b>lesson</b>"); none when a time follows ("every
     * year", "all day") or a verb ("we will only drop it").
     */
    private List<Claim.Scope> scopes(List<Token> tokens, List<Term> terms) {
        java.util.Map<Integer, Term> at = new java.util.HashMap<>();
        terms.forEach(t -> at.put(t.position(), t));
        List<Claim.Scope> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            String before = i > 0 ? tokens.get(i - 1).lower() : "";
            String after = next(tokens, i);
            Boolean all = null;
            if (ALL.contains(w)) {
                all = !before.equals("not") && !before.equals("almost") && !before.equals("nearly");
            } else if (w.equals("only") && !before.equals("not") && !before.equals("if")) {
                all = false;
            } else if (PART_OF.contains(w) && after.equals("of") || PART.contains(w) && at.containsKey(i + 1)) {
                all = false;
            } else if (NUMBER.matcher(w).matches() && after.equals("of") && i + 2 < tokens.size()
                    && DETERMINERS.contains(tokens.get(i + 2).lower())) {
                all = false;    // "400 of the civilian staff"
            }
            if (all == null) {
                continue;
            }
            Term noun = null;
            int k = i + 1;
            for (; k < tokens.size() && k <= i + SCOPE_REACH; k++) {
                String x = tokens.get(k).lower();
                Term t = at.get(k);
                if (t != null && !t.name()) {
                    if (t.entry().predicate() && !t.entry().adjective() && noun != null) {
                        break;      // the verb after the noun: "every officer <b>wears</b>"
                    }
                    noun = t;
                    continue;
                }
                if (noun != null || !(SCOPE_FILLERS.contains(x) || NUMBER.matcher(x).matches())) {
                    break;
                }
            }
            if (noun == null || w.equals("only") && noun.position() == i + 1 && noun.entry().predicate()
                    && !noun.entry().adjective()) {
                continue;       // "we will only <b>drop</b> it": a verb, not a part of anything
            }
            out.add(new Claim.Scope(noun, all, join(tokens, i, k - i)));
        }
        return List.copyOf(out);
    }

    private static final Set<String> FRACTIONS = Set.of("half", "third", "quarter", "fifth", "tenth", "dozen");

    /** Comparatives of amount and degree, with the direction they compare in. */
    private static final java.util.Map<String, Integer> COMPARATIVES = java.util.Map.of("more", 1, "greater", 1,
            "higher", 1, "larger", 1, "bigger", 1, "less", -1, "fewer", -1, "lower", -1, "smaller", -1);

    /**
     * The direction of a comparison of two things at token {@code i} ("will cost <b>more than</b> a new plant"), 0 when
     * none: not before a number ("more than 40 percent" bounds the number) nor after a negation ("no more than").
     */
    private static int comparison(List<Token> tokens, int i) {
        Integer sign = COMPARATIVES.get(tokens.get(i).lower());
        if (sign == null || !next(tokens, i).equals("than") || i + 2 >= tokens.size()) {
            return 0;
        }
        String after = tokens.get(i + 2).lower();
        String then = i + 3 < tokens.size() ? tokens.get(i + 3).lower() : "";
        boolean number = numeral(after) || after.equals("half") || after.equals("one") && !then.equals("of")
                || after.equals("a") && (English.MULTIPLIERS.containsKey(then) || FRACTIONS.contains(then));
        boolean denied = i > 0 && English.NEGATORS.contains(tokens.get(i - 1).lower());
        return number || denied ? 0 : sign;
    }

    /** Limits that a number after them is bounded by, written as comparatives ("longer than six weeks"). */
    private static final Set<String> BOUNDING = Set.of("more than", "longer than", "higher than", "greater than",
            "later than", "less than", "fewer than", "lower than", "shorter than", "over", "above", "beyond",
            "exceeding", "under", "below");

    /**
     * Whether the negation at {@code i} negates a bound on a number in its clause ("no patient will wait <b>longer
     * than</b> eighteen weeks", "not <b>more than</b> 40 percent") rather than what the clause says.
     */
    private static boolean boundAhead(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size() - 1; j++) {
            String w = tokens.get(j).lower();
            if (CLAUSE_PUNCTUATION.matcher(w).matches() || English.CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            int length = BOUNDING.contains(w + " " + next(tokens, j)) ? 2 : BOUNDING.contains(w) ? 1 : 0;
            if (length > 0 && j + length < tokens.size() && numeral(tokens.get(j + length).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A number, a number word or a currency sign that opens a sum. */
    private static boolean numeral(String w) {
        return Character.isDigit(w.charAt(0)) || English.NUMBER_WORDS.containsKey(w) || "$€£¥".contains(w);
    }

    /**
     * The length of "not a cent more", "not one day longer" at {@code i}, after a number: a limit said again, 0 for
     * anything else.
     */
    private static int limitRepeated(List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("not") || i + 3 >= tokens.size()) {
            return 0;
        }
        int at = i + 1;
        if (!tokens.get(at).lower().equals("a") && !tokens.get(at).lower().equals("one")) {
            return 0;
        }
        at += tokens.get(at + 1).lower().equals("single") ? 2 : 1;
        String last = at + 1 < tokens.size() ? tokens.get(at + 1).lower() : "";
        if (!last.equals("more") && !last.equals("longer") && !last.equals("further")) {
            return 0;
        }
        boolean numberBefore = false;
        for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
            numberBefore |= numeral(tokens.get(j).lower());
        }
        return numberBefore ? at + 2 - i : 0;
    }

    /** Particles that make a phrasal verb with the verb before them ("go <b>up</b>", "shut <b>down</b>", "go <b>on</b>"). */
    private static final Set<String> PARTICLES = Set.of("up", "down", "off", "back", "out", "away", "over", "on",
            "ahead");

    /**
     * The aspect a word says by what WordNet files it under, when no aspect phrase did ({@link English#ENDING}): an
     * affirmed verb of ending ("the fee will be abolished", "the ward will close"), or of going on ("will go on
     * running"), or "last"/"final" after a possessive ("made its last sailing").
     */
    private static Aspect aspectOf(Lexicon.Entry e, List<Token> tokens, int i) {
        if (!e.known() || !e.predicate()) {
            return Aspect.NONE;
        }
        if (e.adjective()) {
            return i > 0 && English.POSSESSIVES.contains(tokens.get(i - 1).lower()) && e.broader().contains("concluding")
                    ? Aspect.STOPPED : Aspect.NONE;
        }
        // finishing a work completes it ("the work was finished on time"); "too low to stop a flood" prevents it
        boolean completes = e.broader().contains("complete");
        boolean prevents = e.broader().contains("prevent") && i > 0 && tokens.get(i - 1).lower().equals("to");
        if (e.change() >= 0 && !completes && !prevents && (!java.util.Collections.disjoint(e.broader(), English.ENDING)
                || !java.util.Collections.disjoint(e.opposites(), English.BEGINNING))) {
            return Aspect.STOPPED;
        }
        // a synonym, not a broader word: "head for" is a way to proceed, no going on
        if (e.change() <= 0 && (!java.util.Collections.disjoint(e.synonyms(), English.GOING_ON)
                || !java.util.Collections.disjoint(e.opposites(), English.STOPPING))) {
            return Aspect.CONTINUES;
        }
        return Aspect.NONE;
    }

    /**
     * The entry of the phrasal verb a verb makes with the particle after it, when the lexicon knows it as one ("go
     * up" is to rise, "call up" to conscript); else the verb's own.
     */
    private Lexicon.Entry phrasalVerb(List<Token> tokens, int i, Lexicon.Entry verb) {
        String particle = next(tokens, i);
        if (!verb.predicate() || verb.adjective() || !PARTICLES.contains(particle)) {
            return verb;
        }
        Lexicon.Entry phrase = lexicon.entry(tokens.get(i).lower() + " " + particle);
        // "on" makes a phrasal verb of going on ("go on", "carry on"), not of what one works on
        boolean kept = !particle.equals("on") || !java.util.Collections.disjoint(phrase.synonyms(), English.GOING_ON);
        return phrase.known() && phrase.predicate() && kept ? phrase : verb;
    }

    /** What a verb of deciding is a way of doing ("settle", "rule", "determine", "resolve"). */
    private static final Set<String> DECIDING = Set.of("decide", "determine", "settle", "resolve", "conclude");

    /**
     * The length of "yet to" before a verb of deciding at token {@code i} ("our lawyers have <b>yet to settle</b>",
     * "has yet to rule"), 0 when there is none: nothing has been decided, like {@link English#UNDECIDED}.
     */
    private int undecided(List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("yet") || !next(tokens, i).equals("to") || i + 2 >= tokens.size()) {
            return 0;
        }
        Lexicon.Entry verb = lexicon.entry(tokens.get(i + 2).lower());
        return !java.util.Collections.disjoint(verb.broader(), DECIDING) ? 3 : 0;
    }

    /** Nouns of time that open a clause as its adverb ("each night we still release ..."), not a noun it describes. */
    private static final Set<String> TIMES_OF_DAY = Set.of("night", "nights", "morning", "mornings", "evening",
            "evenings", "afternoon", "weekend", "weekends", "time", "times", "moment", "hour", "hours", "decade",
            "season", "quarter");

    /** Pronouns that can be the subject of a clause. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");

    /**
     * Whether the verb at token {@code i} is said inside a clause that describes the noun before it, not what the
     * statement says: a relative clause without its pronoun ("the deadline <b>the minister set</b>", "every test the
     * regulator set", "the last one Tarsland makes", "every hospital I speak to"), one after "that" ("a village that
     * feels abandoned"), or a comparison's other side ("longer than markets expect"). Auxiliaries between the subject
     * and the verb are skipped ("the plan the council has approved").
     */
    private boolean relativeVerb(List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && (English.AUXILIARIES.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("not"))) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (w.equals("that")) {
            return nounLike(tokens, k - 1);
        }
        int start;
        if (SUBJECT_PRONOUNS.contains(w)) {
            start = k;
        } else if (name(tokens.get(k))) {
            start = k;
            while (start > 0 && Character.isUpperCase(tokens.get(start - 1).text().charAt(0))) {
                start--;
            }
        } else if (tokens.get(k - 1).lower().equals("than") && nounLike(tokens, k)) {
            return true;
        } else if (DETERMINERS.contains(tokens.get(k - 1).lower()) && nounLike(tokens, k)) {
            start = k - 1;
        } else {
            return false;
        }
        // the phrase before the subject is a noun the clause describes, not the start of the sentence
        return start > 0 && (tokens.get(start - 1).lower().equals("than")
                || !tokens.get(start - 1).sentenceStart() && nounLike(tokens, start - 1));
    }

    /**
     * Whether the word at token {@code i} is said in a clause describing a noun: it is that clause's verb ("the plan
     * that was abandoned") or follows it ("a village that feels abandoned").
     */
    private boolean describesNoun(List<Token> tokens, int i) {
        return relativeVerb(tokens, i) || i > 0 && lexicon.entry(tokens.get(i - 1).lower()).predicate()
                && relativeVerb(tokens, i - 1);
    }

    /** A capitalised word inside a sentence: a name. */
    private static boolean name(Token t) {
        return Character.isUpperCase(t.text().charAt(0)) && !t.sentenceStart();
    }

    /**
     * Whether token {@code j} can end a noun phrase: a content word used as a noun (or "one"), not a time word, not a
     * word mostly used as a verb or adjective unless a determiner or another noun comes before it ("the safety test").
     */
    private boolean nounLike(List<Token> tokens, int j) {
        if (j < 0) {
            return false;
        }
        Token t = tokens.get(j);
        String w = t.lower();
        if (w.equals("one")) {
            return true;
        }
        if (!Character.isLetter(w.charAt(0)) || English.FUNCTION_WORDS.contains(w) || English.TIME_WORDS.contains(w)
                || TIMES_OF_DAY.contains(w) || English.CALENDAR.contains(w) || name(t) || t.attribution()) {
            return false;
        }
        Lexicon.Entry e = lexicon.entry(w);
        if (!e.predicate()) {
            return true;
        }
        String before = j > 0 ? tokens.get(j - 1).lower() : "";
        if (before.equals("that") && nounLike(tokens, j - 2)) {
            return false;       // "a club that breaks": the verb of a clause describing the club
        }
        return !e.adjective() && (DETERMINERS.contains(before) || Character.isLetter(before.isEmpty() ? ' ' : before.charAt(0))
                && !English.FUNCTION_WORDS.contains(before) && !lexicon.entry(before).predicate());
    }

    /** Whether an auxiliary or modal follows token {@code i} in its clause: then the words before it are its subject. */
    private static boolean clauseHasVerb(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (CLAUSE_PUNCTUATION.matcher(w).matches() || English.CLAUSE_BREAKS.contains(w)) {
                return false;
            }
            if (English.AUXILIARIES.contains(w) || English.MODAL_PHRASES.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS = Set.of("at", "by", "in", "on", "from", "since", "until", "till",
            "before", "after", "during", "within", "through", "throughout", "toward", "towards", "to", "for", "of",
            "with", "without", "into", "over", "under", "around", "near", "across");

    /** Prepositions whose phrase says when, where or in what circumstance, not what is done ("at the end", "for her work"). */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("at", "by", "during", "within", "until", "till",
            "since", "after", "before");

    /** Words after which the rest of the clause is what it waits for ("shelved until the review is finished"). */
    private static final Set<String> CONDITIONS = Set.of("until", "till", "once");

    /** What makes the infinitive after it one of purpose: "in order to", "so as to". */
    private static final Set<String> PURPOSE_MARKERS = Set.of("in order", "so as");

    /** Whether a verb of the clause came before: a noun after it is its object ("cut <b>the quota</b>"). */
    private static boolean verbBefore(List<Term> terms, int clause) {
        return terms.stream().anyMatch(x -> x.clause() == clause && x.predicative() && !x.entry().adjective());
    }

    /** Prepositions that end the noun phrase they follow: "the increase <b>in</b> fares", "the closure <b>of</b> it". */
    private static final Set<String> HEAD_ENDS = Set.of("of", "in", "on", "for", "to");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those",
            "every", "each", "our", "their", "its", "his", "her", "my", "your");

    /** Whether the word after token {@code i} is a noun it qualifies ("older <b>children</b>"). */
    private boolean qualifiesNext(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        if (!Character.isLetter(next.charAt(0)) || English.FUNCTION_WORDS.contains(next)
                || English.NEGATORS.contains(next)) {
            return false;
        }
        return !lexicon.entry(next).predicate() || !lexicon.entry(next).known();
    }

    private static int strength(Modality m) {
        return switch (m) {
            case PLAIN -> 0;
            case CERTAIN -> 1;
            case OPEN -> 2;
            case EXCLUDED -> 3;
        };
    }

    private static String nameKey(String written, Lexicon.Entry entry) {
        if (!entry.places().isEmpty()) {
            return Names.key(entry.places().iterator().next().replace(" ", ""));
        }
        return Names.key(written);
    }

    private static boolean hasTerms(List<Term> terms, int clause) {
        return !terms.isEmpty() && terms.getLast().clause() == clause;
    }

    private static boolean hasQuantities(List<Quantity> quantities, int clause) {
        return !quantities.isEmpty() && quantities.getLast().clause() == clause;
    }

    private static final Set<String> PHRASE_STARTS = phraseStarts();

    private static Set<String> phraseStarts() {
        Set<String> out = new java.util.HashSet<>();
        English.ASPECT_PHRASES.keySet().forEach(p -> out.add(p.split(" ")[0]));
        English.MODAL_PHRASES.keySet().forEach(p -> out.add(p.split(" ")[0]));
        return Set.copyOf(out);
    }

    /** The length of the longest phrase of {@code phrases} starting at token {@code i}, 0 if none. */
    private static int phrase(List<Token> tokens, int i, java.util.Map<String, ?> phrases) {
        if (!PHRASE_STARTS.contains(tokens.get(i).lower())) {
            return 0;
        }
        for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 1; n--) {
            if (phrases.containsKey(join(tokens, i, n))) {
                return n;
            }
        }
        return 0;
    }

    private static String join(List<Token> tokens, int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).lower());
        }
        return b.toString();
    }

    private static final Set<String> PER = Set.of("a", "an", "per", "each", "every");
    private static final Set<String> SPANS_OF_TIME = Set.of("hour", "day", "night", "week", "month", "year",
            "season");

    /** The span of time after a counted noun that makes a rate of it ("barrels <b>a day</b>"), or {@code null}. */
    private static String rate(List<Token> tokens, int noun) {
        return PER.contains(next(tokens, noun)) && SPANS_OF_TIME.contains(next(tokens, noun + 1))
                ? next(tokens, noun + 1) : null;
    }

    private static String next(List<Token> tokens, int i) {
        return i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
    }

    /** A number at token {@code i} with its unit, or {@code null}: "3.2%", "$4bn", "2027", "5,000 jobs", "ten". */
    private Quantity quantity(List<Token> tokens, int i, int clause) {
        Token t = tokens.get(i);
        String w = t.lower();
        Quantity share = share(tokens, i, clause);
        if (share != null) {
            return share;
        }
        Double value = null;
        String suffix = "";
        Matcher m = NUMBER.matcher(w);
        if (m.matches()) {
            value = number(m.group(1));
            suffix = m.group(2) == null ? "" : m.group(2);
        } else if (English.NUMBER_WORDS.containsKey(w)) {
            value = (double) English.NUMBER_WORDS.get(w);
        } else if (w.equals("one") && counted(next(tokens, i))) {
            value = 1.0;        // "only one batch", not "one of them" or "no one"
        }
        if (value != null && (month(tokens, i + 1) > 0 || i > 0 && month(tokens, i - 1) > 0 && value <= 31)) {
            return null;        // the day of a month: "on 14 September", "September 14"
        }
        if (value == null && month(tokens, i) > 0) {
            return new Quantity(month(tokens, i), Unit.MONTH, null, t.text(), clause, i, bound(tokens, i));
        }
        if (value == null) {
            return null;
        }
        String written = t.text();
        int end = i;
        Unit unit = null;
        String what = null;
        if (i > 0 && "$€£¥".contains(tokens.get(i - 1).text()) && tokens.get(i - 1).text().length() == 1) {
            unit = Unit.MONEY;
            what = tokens.get(i - 1).text();
            written = what + written;
        }
        if (suffix.equals("%")) {
            unit = Unit.PERCENT;
        } else if (English.MULTIPLIERS.containsKey(suffix)) {
            value *= English.MULTIPLIERS.get(suffix);
        }
        String after = next(tokens, end);
        boolean multiplied = English.MULTIPLIERS.containsKey(suffix) || English.MULTIPLIERS.containsKey(after);
        if (English.MULTIPLIERS.containsKey(after)) {
            value *= English.MULTIPLIERS.get(after);
            end++;
            written += " " + tokens.get(end).text();
            after = next(tokens, end);
        }
        if (unit == null && English.PERCENT_WORDS.contains(after)) {
            unit = Unit.PERCENT;
            end++;
            written += " " + tokens.get(end).text();
        } else if (unit == null && after.equals("per") && end + 2 < tokens.size()
                && tokens.get(end + 2).lower().equals("cent")) {
            unit = Unit.PERCENT;
            end += 2;
            written += " per cent";
        }
        int counted = end + 1;
        // "620 civilian staff" counts staff
        while (unit == null && counted + 1 < tokens.size() && lexicon.entry(after).adjective()
                && qualifiesNext(tokens, counted)) {
            counted++;
            after = tokens.get(counted).lower();
        }
        if (unit == null && !after.isEmpty() && Character.isLetter(after.charAt(0))
                && !English.FUNCTION_WORDS.contains(after)) {
            Lexicon.Entry noun = lexicon.entry(after);
            if (noun.money()) {
                unit = Unit.MONEY;
                what = shortest(noun.lemmas());
                written += " " + join(tokens, end + 1, counted - end);
                end = counted;
            } else if (!Character.isUpperCase(tokens.get(counted).text().charAt(0))) {
                unit = Unit.COUNT;
                what = shortest(noun.lemmas());
                written += " " + join(tokens, end + 1, counted - end);
                String rate = rate(tokens, counted);
                if (rate != null) {
                    // "60,000 barrels a day": a rate is a measure of its own, not a count of barrels
                    what += Quantity.PER + rate;
                    written += " a " + rate;
                }
            }
        }
        if (unit == null && multiplied && value >= 1e6) {
            unit = Unit.MONEY;      // "will contribute 40 million to it": millions of nothing named are a sum
        }
        boolean wholeYear = value == Math.rint(value) && value >= 1800 && value <= 2100 && !w.contains(",")
                && !w.contains(".") && suffix.isEmpty();
        if (wholeYear && value >= 1900 && (unit == null || unit == Unit.COUNT)) {
            unit = Unit.YEAR;
            what = null;
        }
        if (unit == null) {
            unit = Unit.COUNT;
        }
        int start = i > 0 && written.startsWith(tokens.get(i - 1).text()) ? i - 1 : i;
        Claim.Bound bound = bound(tokens, start);
        // "three percent or more"
        if (bound == Claim.Bound.EXACT && end + 2 < tokens.size() && next(tokens, end).equals("or")) {
            String then = tokens.get(end + 2).lower();
            bound = then.equals("more") ? Claim.Bound.AT_LEAST : then.equals("less") ? Claim.Bound.AT_MOST : bound;
        }
        Double days = unit == Unit.COUNT && what != null
                ? SPAN_DAYS.getOrDefault(what, SPAN_DAYS.get(what.replaceAll("s$", ""))) : null;
        if (days != null) {
            // "eighteen weeks" and "about a year" measure one thing, time: counted in days
            return new Quantity(value * days, unit, DAYS, written, clause, i, bound);
        }
        return new Quantity(value, unit, what, written, clause, i, bound);
    }

    /** What a span of time is counted in ({@link Quantity#what}), whatever it was written in. */
    static final String DAYS = "day";

    /** Spans of time by their length in days. */
    private static final java.util.Map<String, Double> SPAN_DAYS = java.util.Map.of("day", 1.0, "week", 7.0,
            "fortnight", 14.0, "month", 30.4, "year", 365.0, "decade", 3650.0);

    /**
     * "about a year", "more than a month": one span of time, written without a number after a bound; {@code null}
     * for anything else ("a year" of a rate, "in a week").
     */
    private Quantity oneSpan(List<Token> tokens, int i, int clause) {
        String w = tokens.get(i).lower();
        if (!w.equals("a") && !w.equals("an") || i + 1 >= tokens.size()) {
            return null;
        }
        Double days = SPAN_DAYS.get(tokens.get(i + 1).lower());
        Claim.Bound bound = bound(tokens, i);
        if (days == null || bound == Claim.Bound.EXACT) {
            return null;
        }
        return new Quantity(days, Unit.COUNT, DAYS, join(tokens, i, 2), clause, i, bound);
    }

    /** Fractions by their denominator: "two <b>thirds</b> of", "a <b>quarter</b> of". */
    private static final java.util.Map<String, Integer> FRACTION_PARTS = java.util.Map.of("third", 3, "thirds", 3,
            "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5);

    /**
     * A share said as a fraction of something, read as a percentage: "<b>half</b> of those", "more than <b>two thirds</b>
     * of the people", "<b>a quarter</b> of the budget"; {@code null} for anything else ("a quarter more", "cut in half").
     */
    private Quantity share(List<Token> tokens, int i, int clause) {
        String w = tokens.get(i).lower();
        if (w.equals("half") && next(tokens, i).equals("of")) {
            return new Quantity(50, Unit.PERCENT, null, tokens.get(i).text(), clause, i, bound(tokens, i));
        }
        Quantity most = most(tokens, i, clause);
        if (most != null) {
            return most;
        }
        Quantity oneIn = oneIn(tokens, i, clause);
        if (oneIn != null) {
            return oneIn;
        }
        // "two thirds of", "a quarter of", or in one word, "two-thirds of"
        int hyphen = w.indexOf('-');
        boolean oneWord = hyphen > 0 && FRACTION_PARTS.containsKey(w.substring(hyphen + 1));
        String countWord = oneWord ? w.substring(0, hyphen) : w;
        Integer parts = FRACTION_PARTS.get(oneWord ? w.substring(hyphen + 1) : next(tokens, i));
        int words = oneWord ? 1 : 2;
        boolean of = i + words < tokens.size() && tokens.get(i + words).lower().equals("of");
        if (parts == null || !of) {
            return null;
        }
        Integer count = countWord.equals("a") && !oneWord || countWord.equals("one") ? Integer.valueOf(1)
                : English.NUMBER_WORDS.get(countWord);
        if (count == null) {
            return null;
        }
        return new Quantity(100.0 * count / parts, Unit.PERCENT, null,
                oneWord ? tokens.get(i).text() : join(tokens, i, 2), clause, i + words - 1, bound(tokens, i));
    }

    /**
     * "one in ten", "one student in five", "3 in 4": a share of a whole, as a percentage; {@code null} for anything
     * else.
     */
    private Quantity oneIn(List<Token> tokens, int i, int clause) {
        Integer count = wholeNumber(tokens.get(i).lower());
        if (count == null) {
            return null;
        }
        int in = i + 1;
        if (in < tokens.size() && !tokens.get(in).lower().equals("in") && counted(tokens.get(in).lower())) {
            in++;
        }
        if (in + 1 >= tokens.size() || !tokens.get(in).lower().equals("in")) {
            return null;
        }
        Integer whole = wholeNumber(tokens.get(in + 1).lower());
        if (whole == null || whole <= count) {
            return null;
        }
        return new Quantity(100.0 * count / whole, Unit.PERCENT, null, join(tokens, i, in - i + 2), clause, i,
                bound(tokens, i));
    }

    private static Integer wholeNumber(String w) {
        if (w.equals("one")) {
            return 1;
        }
        if (w.matches("\\d{1,4}")) {
            return Integer.valueOf(w);
        }
        return English.NUMBER_WORDS.get(w);
    }

    /**
     * "most people", "most of them", "the majority of voters": more than half; not "the most important", "at most"
     * or "most important".
     */
    private Quantity most(List<Token> tokens, int i, int clause) {
        String w = tokens.get(i).lower();
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        String after = next(tokens, i);
        boolean most = w.equals("most") && !before.equals("the") && !before.equals("at")
                && (after.equals("of") || counted(after) && !lexicon.entry(after).adjective());
        boolean majority = w.equals("majority") && after.equals("of") && (before.equals("a") || before.equals("the"));
        if (!most && !majority) {
            return null;
        }
        String written = majority ? before + " " + tokens.get(i).text() : tokens.get(i).text();
        return new Quantity(50, Unit.PERCENT, null, written, clause, i, Claim.Bound.AT_LEAST);
    }

    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter");

    /**
     * "this year", "before the summer" (0), "next year", "the following spring" (1): a time said relative to now, so
     * that a date ahead can be compared with one put off to a later year. {@code null} for anything else.
     */
    private Quantity yearFromNow(List<Token> tokens, int i, int clause) {
        String w = tokens.get(i).lower();
        if (i == 0 || !w.equals("year") && !SEASONS.contains(w)) {
            return null;
        }
        String before = tokens.get(i - 1).lower();
        int years = before.equals("next") || before.equals("following") || before.equals("coming") ? 1
                : before.equals("this") || before.equals("the") && SEASONS.contains(w) ? 0 : -1;
        if (years < 0) {
            return null;
        }
        int start = i - 1;
        if ((before.equals("following") || before.equals("coming")) && start > 0
                && tokens.get(start - 1).lower().equals("the")) {
            start--;
        }
        return new Quantity(years, Unit.YEAR_FROM_NOW, null, join(tokens, start, i - start + 1), clause, i,
                bound(tokens, start));
    }

    /**
     * "No patient", "no villages": a count of none of what the noun after "no" names, or the last of the nouns after
     * it ({@code head}, {@link #compoundHead}); {@code null} otherwise.
     */
    private Quantity none(List<Token> tokens, int i, int clause, int head) {
        Quantity noMoney = noMoney(tokens, i, clause);
        if (noMoney != null) {
            return noMoney;
        }
        String next = next(tokens, i);
        if (!tokens.get(i).lower().equals("no") || !counted(next) || Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
            return null;
        }
        Lexicon.Entry noun = lexicon.entry(next);
        if (!noun.known() || noun.predicate()) {
            return null;
        }
        if (head > i + 1) {
            noun = lexicon.entry(tokens.get(head).lower());
        }
        return new Quantity(0, Unit.COUNT, shortest(noun.lemmas()), join(tokens, i, Math.max(head, i + 1) - i + 1),
                clause, i, Claim.Bound.EXACT);
    }

    /**
     * The last of the nouns written one after another from {@code at} ("no <b>water rationing</b>", "no <b>tax
     * rise</b>"): what a "no" before them denies, the others only saying which; {@code at} itself when one noun or
     * none stands there.
     */
    private int compoundHead(List<Token> tokens, int at) {
        int head = at;
        while (head + 1 < tokens.size() && plainNoun(tokens.get(head)) && plainNoun(tokens.get(head + 1))) {
            head++;
        }
        return head;
    }

    private boolean plainNoun(Token t) {
        String w = t.lower();
        if (!counted(w) || Character.isUpperCase(t.text().charAt(0)) || English.TIME_WORDS.contains(w)) {
            return false;
        }
        Lexicon.Entry e = lexicon.entry(w);
        return e.known() && !e.predicate() && !e.adjective();
    }

    /**
     * "No money", "not a single cent", "not one euro": a sum of none, against which any sum for the same thing
     * disagrees; {@code null} otherwise.
     */
    private Quantity noMoney(List<Token> tokens, int i, int clause) {
        String w = tokens.get(i).lower();
        int at = i + 1;
        if (w.equals("not")) {
            at += next(tokens, i).equals("one") ? 1 : next(tokens, i).equals("a") ? 1 : tokens.size();
            at += at < tokens.size() && tokens.get(at).lower().equals("single") ? 1 : 0;
        } else if (!w.equals("no")) {
            return null;
        }
        if (at >= tokens.size() || !counted(tokens.get(at).lower())) {
            return null;
        }
        Lexicon.Entry noun = lexicon.entry(tokens.get(at).lower());
        if (!noun.money() && !noun.lemmas().contains("money")) {
            return null;
        }
        return new Quantity(0, Unit.MONEY, null, join(tokens, i, at - i + 1), clause, i, Claim.Bound.EXACT);
    }

    /** How the words right before token {@code start} bound the number there ("below", "at least", "by"). */
    private Claim.Bound bound(List<Token> tokens, int start) {
        for (int n = 3; n >= 1; n--) {
            if (start - n >= 0 && English.BOUNDS.containsKey(join(tokens, start - n, n))
                    && !destination(tokens, start - n)) {
                return English.BOUNDS.get(join(tokens, start - n, n));
            }
        }
        return Claim.Bound.EXACT;
    }

    /** The month (1-12) a capitalised token names, 0 when none ("may" the modal is not May). */
    private static int month(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size() || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            return 0;
        }
        int m = English.MONTHS.indexOf(tokens.get(i).lower());
        return m < 0 || m == 4 && tokens.get(i).sentenceStart() ? 0 : m + 1;
    }

    /** A word a number before it counts: a content word, not "of" or a punctuation mark. */
    private static boolean counted(String next) {
        return !next.isEmpty() && Character.isLetter(next.charAt(0)) && !English.FUNCTION_WORDS.contains(next)
                && !English.NEGATORS.contains(next);
    }

    /**
     * Whether the bound at token {@code at} is where a phrasal verb goes rather than a limit: "will go <b>up to</b> 66"
     * says 66, "<b>up to</b> 800 jobs" at most 800.
     */
    private boolean destination(List<Token> tokens, int at) {
        if (at < 1 || !tokens.get(at).lower().equals("up") || !next(tokens, at).equals("to")) {
            return false;
        }
        Lexicon.Entry phrase = lexicon.entry(tokens.get(at - 1).lower() + " up");
        return phrase.known() && phrase.predicate();
    }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)*)(%|bn|tn|mn|m|k)?");

    /** "1,200" is twelve hundred, "3.5" three and a half, "3,5" three and a half (a decimal comma). */
    private static double number(String s) {
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return Double.parseDouble(s.replace(",", ""));
        }
        return Double.parseDouble(s.replace(",", "."));
    }

    private static String shortest(Set<String> words) {
        return words.stream().min(java.util.Comparator.comparingInt(String::length).thenComparing(s -> s)).orElse("");
    }

    private static final Pattern WONT = Pattern.compile("(?i)\\bwon't\\b");
    private static final Pattern CANT = Pattern.compile("(?i)\\bcan't\\b|\\bcannot\\b");
    private static final Pattern NT = Pattern.compile("(?i)(\\p{L})n't\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("(\\p{L})'s\\b");

    private static List<Token> tokens(String text) {
        String t = text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        if (t.indexOf('\'') >= 0 || t.contains("annot")) {
            t = WONT.matcher(t).replaceAll("will not");
            t = CANT.matcher(t).replaceAll("can not");
            t = NT.matcher(t).replaceAll("$1 not");
            t = POSSESSIVE.matcher(t).replaceAll("$1");
        }
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        while (m.find()) {
            words.add(m.group());
        }
        // a statement begins inside the quotation (its first mark closes it, the next opens it again) or with the
        // mark that opens it
        int marks = (int) words.stream().filter("\""::equals).count();
        boolean opens = !words.isEmpty() && words.getFirst().equals("\"");
        List<Token> out = new ArrayList<>();
        boolean start = true;
        int sentence = 0;
        int seen = 0;
        for (String s : words) {
            boolean mark = s.equals("\"");
            seen += mark ? 1 : 0;
            // after a closing mark, up to the mark that opens the quotation again
            boolean attribution = reporters(seen, marks, opens);
            out.add(new Token(s, s.toLowerCase(Locale.ROOT), start, sentence, attribution));
            if (SENTENCE_END.matcher(s).matches()) {
                if (!start && !mark) {
                    sentence++;
                }
                start = true;
            } else if (Character.isLetterOrDigit(s.charAt(0))) {
                start = false;
            }
        }
        return out;
    }
}

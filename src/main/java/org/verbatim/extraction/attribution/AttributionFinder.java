package org.verbatim.extraction.attribution;

import org.verbatim.extraction.lexicon.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.quote.QuotedFragments;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * First attribution pass, quote to mention. Works sentence by sentence around speech verbs, as an ordered list of
 * sieves: attributions that follow their content (", the spokesman said."), "according to", then verbs that precede
 * their content ("X said that ...", "X said: “…”", ", adding that ...", "Noting that ..., X said", ", who stressed that").
 * Direct quotes found by the mark pairer get their mention here; reported speech becomes new INDIRECT/MIXED quotes.
 */
public final class AttributionFinder {

    /** Words after a verb that open a prepositional tail rather than the content: "said on Monday". */
    private static final Set<String> TAIL_LEADS = Words.setOf("in", "on", "at", "during", "late", "earlier", "later", "after",
            "before", "while", "via", "through", "to", "from", "yesterday", "today", "tonight", "last", "this", "again",
            "also", "recently", "repeatedly", "publicly", "privately", "separately", "then", "afterwards", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "firmly", "strongly", "once", "with",
            "when", "as", "for", "over", "outside", "inside", "shortly", "moments", "hours", "days");

    /** Conjunctions after a comma that open a contrasting clause of the writer's own: where reported content ends. */
    private static final Set<String> CONTRAST = Words.setOf("but", "while", "whereas", "although", "though");

    private final AnnotatedText t;
    private final MentionIndex mentions;
    private final List<QuoteSpan> direct;
    private final boolean[] boilerplate;
    private final int[] directAt;
    private final boolean[] consumed;
    private final boolean[] handledVerb;
    private final List<QuoteSpan> reported = new ArrayList<>();
    private final List<Mention> speakingSubjects = new ArrayList<>();
    private Mention lastSubject;
    private int lastSubjectSentence = -1;

    public AttributionFinder(AnnotatedText t, MentionIndex mentions, List<QuoteSpan> direct, boolean[] boilerplate) {
        this.t = t;
        this.mentions = mentions;
        this.direct = direct;
        this.boilerplate = boilerplate;
        this.directAt = new int[t.size()];
        Arrays.fill(directAt, -1);
        for (int q = 0; q < direct.size(); q++) {
            QuoteSpan d = direct.get(q);
            for (int i = d.outerStart(); i < d.outerEnd(); i++) directAt[i] = q;
        }
        this.consumed = new boolean[t.size()];
        this.handledVerb = new boolean[t.size()];
    }

    /** Attributes direct quotes in place and returns the reported-speech quotes it found. */
    public List<QuoteSpan> run() {
        for (int si = 0; si < t.sentences().size(); si++) {
            Range s = t.sentence(si);
            if (boilerplate[t.paragraphOf(s.start())]) continue;
            List<Integer> verbs = new ArrayList<>();
            for (int i = s.start(); i < s.end(); i++) {
                if (isSpeechVerb(i, s)) verbs.add(i);
            }
            assertionBy(s, si);
            for (int v : verbs) postposed(s, si, v);
            mannerAfterQuote(s, si);
            accordingTo(s, si);
            heardBy(s, si);
            for (int v : verbs) {
                if (!handledVerb[v] && !consumed[v]) forward(s, si, v);
            }
        }
        return reported;
    }

    /** Mentions that are subjects of speech verbs: candidates for descriptions used before the name. */
    public List<Mention> speakingSubjects() {
        return speakingSubjects;
    }

    private boolean inDirect(int i) {
        return directAt[i] >= 0;
    }

    private boolean isSpeechVerb(int i, Range s) {
        Token x = t.token(i);
        if (x.kind() != TokenKind.WORD || inDirect(i)) return false;
        String lemma = SpeechVerbs.lemma(x.lower());
        if (lemma == null && SpeechVerbs.namingLemma(x.lower()) != null && x.isLowerWord()) {
            // "called the plan “a disaster”": a verb that names is speech with its quoted label only
            // "the calls", "taking calls from listeners to his “…” show": a noun, not the verb
            Token prev = t.token(Math.max(s.start(), i - 1));
            boolean noun = i > s.start() && (Lexicon.isDeterminer(prev.lower()) || prev.kind() == TokenKind.POSSESSIVE
                    || Lexicon.PREPOSITIONS.contains(prev.lower()) || prev.isLowerWord() && prev.lower().endsWith("ing"));
            return !noun && quotedLabelEnd(s, i + 1) > 0;
        }
        if (lemma == null) lemma = SpeechVerbs.thatClauseLemma(x.lower());
        if (lemma == null) return false;
        boolean headline = x.isCapitalized() && i > s.start() && SpeechVerbs.isHeadlineForm(x.lower())
                && i + 1 < s.end() && t.token(i + 1).isCapitalized();
        if (x.isCapitalized() && !headline && !(i == s.start() && SpeechVerbs.isParticiple(x.lower()))) return false;
        if (SpeechVerbs.needsParticle(lemma) && !(i + 1 < s.end() && t.token(i + 1).is("out"))) return false;
        // "will add a surcharge of $250", "added 19 digs": adding a thing or a number is no speech
        if (lemma.equals("add") && i + 1 < s.end() && (t.token(i + 1).kind() == TokenKind.NUMBER
                || Lexicon.isDeterminer(t.token(i + 1).lower()) && !t.token(i + 1).is("that"))) return false;
        if (SpeechVerbs.needsThat(lemma) && !(i + 1 < s.end() && t.token(i + 1).is("that"))) return false;
        if (SpeechVerbs.needsClauseAfterThat(lemma) && !clauseAfterThat(i + 2, s)) return false;
        // "her home state of Ohio", "Western states": a form that is mostly a noun speaks only before what it says
        if (SpeechVerbs.mostlyNoun(x.lower()) && !(i + 1 < s.end() && opensContent(t.token(i + 1)))) return false;
        if (i > s.start()) {
            String prev = t.token(i - 1).lower();
            // "to comment", "a note", "the report": not a finite speech verb
            // but "many said", "one in three said": a determiner that stands alone is the subject of a verb that is no noun
            boolean standsAlone = STANDALONE_DETERMINERS.contains(prev) && !SpeechVerbs.mayBeNoun(x.lower());
            if (prev.equals("to") && !infinitiveClause(i, s) || Lexicon.isDeterminer(prev) && !prev.equals("that") && !standsAlone
                    || t.token(i - 1).kind() == TokenKind.POSSESSIVE) return false;
            // "secretary of state", "for comment": after a preposition a word that may be a noun is one
            if (Lexicon.PREPOSITIONS.contains(prev) && SpeechVerbs.mayBeNoun(x.lower())) return false;
            // "during the public comment period": a bare form that may be a noun, after a determiner and a singular
            // modifier and before another lower-case word, is part of a noun phrase
            if (i - 2 >= s.start() && i + 1 < s.end() && SpeechVerbs.mayBeNoun(x.lower()) && !x.lower().endsWith("s")
                    && Lexicon.isDeterminer(t.token(i - 2).lower()) && !t.token(i - 2).is("that") && t.token(i - 1).isLowerWord()
                    && !prev.endsWith("s") && t.token(i + 1).isLowerWord() && !opensContent(t.token(i + 1))
                    && !MentionIndex.isPronoun(t.token(i + 1).lower()) && !Lexicon.isDeterminer(t.token(i + 1).lower())) return false;
        }
        return true;
    }

    /**
     * "continued to insist that ...", "more likely to say they ...": an infinitive after a verb or adjective reports when
     * "that" or a subject pronoun opens its clause, unlike "to comment" or "declined to answer questions".
     */
    private boolean infinitiveClause(int i, Range s) {
        if (i - 2 < s.start() || !t.token(i - 2).isLowerWord() || SpeechVerbs.mayBeNoun(t.token(i).lower()) || i + 2 >= s.end()) return false;
        Token y = t.token(i + 1);
        return y.is("that") || Lexicon.PERSON_PRONOUNS.contains(y.lower()) || y.is("they") || y.is("we");
    }

    /**
     * A clause opens at {@code k} (after "that"): a subject pronoun, a determiner, a capitalised word or a number, or a
     * finite auxiliary within its first words ("screening hedges would hide ..."), not a noun "that" determines.
     */
    private boolean clauseAfterThat(int k, Range s) {
        // "repeated that only a small part ...": a focus word before the clause's subject
        while (k + 1 < s.end() && FOCUS_WORDS.contains(t.token(k).lower()) && t.token(k).isLowerWord()) k++;
        if (k + 1 >= s.end() || inDirect(k)) return false;
        Token y = t.token(k);
        String l = y.lower();
        if (SUBJECT_PRONOUNS.contains(l) || Lexicon.isDeterminer(l) && !l.equals("that") || y.isCapitalized() || y.kind() == TokenKind.NUMBER) return true;
        for (int j = k + 1; j < s.end() && j <= k + 3; j++) {
            if (FINITE_AUXILIARIES.contains(t.token(j).lower()) || t.token(j).is("were") || t.token(j).is("are")) return true;
        }
        return false;
    }

    /** Words that may stand before the subject of a clause and narrow it: "only a small part", "almost all". */
    private static final Set<String> FOCUS_WORDS = Words.setOf("only", "just", "even", "almost", "nearly", "about",
            "roughly", "around", "fewer", "more", "less", "at", "least", "most");

    /** Determiners that may stand for the people they count: "many said", "both say", "one in three said". */
    private static final Set<String> STANDALONE_DETERMINERS = Words.setOf("one", "two", "three", "several", "some", "many",
            "both", "these", "those");

    /** Words that open a reported question: "asked whether ...", "asked the minister why ...". */
    private static final Set<String> QUESTION_WORDS = Words.setOf("whether", "if", "why", "how", "what", "who", "which", "where");

    /** The question word within a few words after "asked" (past whoever was asked), or -1. */
    private int questionOpener(Range s, int from) {
        for (int k = from; k < s.end() && k < from + 8; k++) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() != TokenKind.WORD) return -1;
            if (QUESTION_WORDS.contains(y.lower())) return k + 1 < s.end() && !t.token(k + 1).isTerminal() ? k : -1;
            if (y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null) return -1;
        }
        return -1;
    }

    /** Verbs that report a commitment with an infinitive: "vowed to appeal", "promised to rebuild the pier". */
    private static final Set<String> COMMITTING = Words.setOf("vow", "promise", "pledge");

    /**
     * Verbs that report a request to someone: "urged the council to wait", "asked residents to stay indoors", "warned
     * the board not to sell", "told the crowd to go home".
     */
    private static final Set<String> REQUESTING = Words.setOf("urge", "ask", "plead", "warn", "tell", "advise");

    /**
     * Where an infinitive complement that reports words opens: at "to" after "vowed" or "promised" ("vowed to appeal"),
     * at whoever is asked after "urged" or "asked" ("urged residents to stay indoors"); -1 when the verb has none.
     */
    private int infinitiveContent(Range s, int v) {
        String lemma = lemma(v);
        int r = v + 1;
        if (r + 1 >= s.end() || inDirect(r)) return -1;
        if (COMMITTING.contains(lemma)) return t.token(r).is("to") && infinitiveVerb(r + 1) ? r : infinitiveAfterTail(s, r);
        if (!REQUESTING.contains(lemma)) return -1;
        // "asked about ...", "asked for ...": no one is asked to do anything
        String first = t.token(r).lower();
        if (t.token(r).kind() != TokenKind.WORD || Lexicon.PREPOSITIONS.contains(first) || QUESTION_WORDS.contains(first)
                || first.equals("that") || first.equals("not") || first.equals("never") || MentionIndex.isPronoun(first)) return -1;
        for (int k = r + 1; k < s.end() - 1 && k <= r + 8; k++) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() == TokenKind.PUNCT || y.kind() == TokenKind.QUOTE) return -1;
            if (y.is("to")) return infinitiveVerb(k + 1) ? r : -1;
            // "warned the board not to sell"
            if (y.is("not") && k + 1 < s.end() && t.token(k + 1).is("to")) continue;
            if (y.isLowerWord() && (SpeechVerbs.lemma(y.lower()) != null || Lexicon.AUXILIARIES.contains(y.lower())
                    || QUESTION_WORDS.contains(y.lower()) || y.is("that"))) return -1;
        }
        return -1;
    }

    /**
     * "promised Sunday at a rally to end ...", "vowed on Tuesday to fight the ruling": the infinitive after a short tail
     * that opens with a word such as a day or a preposition; -1 when there is none.
     */
    private int infinitiveAfterTail(Range s, int r) {
        if (!TAIL_LEADS.contains(t.token(r).lower()) || t.token(r).is("to")) return -1;
        for (int k = r + 1; k < s.end() - 1 && k <= r + 8; k++) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() == TokenKind.PUNCT || y.kind() == TokenKind.QUOTE || y.is("that")) return -1;
            if (y.is("to")) return infinitiveVerb(k + 1) ? k : -1;
        }
        return -1;
    }

    /**
     * A lower-case word after "to" that may be a verb: no article, number, name or month ("to the", "to 2020"); it may
     * open a quotation ("to “avoid any act ...”", "to “give him time”").
     */
    private boolean infinitiveVerb(int k) {
        if (k < t.size() && t.token(k).kind() == TokenKind.QUOTE && inDirect(k) && direct.get(directAt[k]).outerStart() == k) k++;
        if (k >= t.size() || inDirect(k) && direct.get(directAt[k]).contentStart() != k) return false;
        Token y = t.token(k);
        String l = y.lower();
        return y.isLowerWord() && !Lexicon.isDeterminer(l) && !Lexicon.PREPOSITIONS.contains(l) && !MentionIndex.isPronoun(l)
                && !OBJECT_PRONOUNS.contains(l) && !l.endsWith("ing");
    }

    /** "that", a colon, a quotation mark, or the end of the clause (", the memo states."). */
    private static boolean opensContent(Token y) {
        return y.is("that") || y.isPunct(':') || y.kind() == TokenKind.QUOTE || y.isTerminal() || y.isPunct(',');
    }

    /** "saying", "adding", and "calling" when a quoted label follows: the form that heads a participial clause. */
    private boolean participle(int k) {
        String form = t.token(k).lower();
        if (SpeechVerbs.isParticiple(form)) return true;
        return form.endsWith("ing") && SpeechVerbs.namingLemma(form) != null && quotedLabelEnd(t.sentence(t.sentenceOf(k)), k + 1) > 0;
    }

    private String lemma(int v) {
        String form = t.token(v).lower();
        String lemma = SpeechVerbs.lemma(form);
        if (lemma == null) lemma = SpeechVerbs.thatClauseLemma(form);
        return lemma != null ? lemma : SpeechVerbs.namingLemma(form);
    }

    private int afterVerb(int v) {
        return SpeechVerbs.needsParticle(lemma(v)) ? v + 2 : v + 1;
    }

    /** Adverbs that stand between an auxiliary and its verb without the -ly of most. */
    private static final Set<String> VERB_ADVERBS = Words.setOf("since", "also", "already", "often", "long", "never",
            "ever", "again", "now", "still", "just", "always", "twice", "once", "even", "not");

    private int skipAuxLeft(int i, Range s) {
        while (i >= s.start()) {
            Token x = t.token(i);
            String l = x.lower();
            // "recently said", not "his family said" nor "the assembly said": an -ly word that names a group is a noun
            boolean adverb = x.isLowerWord() && (l.endsWith("ly") && l.length() > 3 && !WordClasses.isOrganisationNoun(l)
                    && !WordClasses.isPersonNoun(l)
                    // "have since said", "has also said", "had already said": an adverb after an auxiliary
                    || VERB_ADVERBS.contains(l) && i - 1 >= s.start() && Lexicon.AUXILIARIES.contains(t.token(i - 1).lower()));
            if (x.kind() == TokenKind.WORD && (Lexicon.AUXILIARIES.contains(l) || adverb)) {
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /** "The ministry on Thursday said", "The firm yesterday said": a day between the subject and its verb is skipped. */
    private int skipDayLeft(int e, Range s) {
        if (e < s.start() || t.token(e).kind() != TokenKind.WORD) return e;
        String l = t.token(e).lower();
        if (l.equals("yesterday") || l.equals("today")) return e - 1;
        if (Lexicon.WEEKDAYS.contains(l) && e - 1 > s.start() && (t.token(e - 1).is("on") || t.token(e - 1).is("last"))) return e - 2;
        return e;
    }

    private record Subject(Mention mention, boolean relative) {
    }

    private Subject subjectLeft(int v, Range s) {
        int e = skipAuxLeft(skipDayLeft(skipAuxLeft(v - 1, s), s), s);
        e = skipParenthesisLeft(e, s);
        e = skipDashAsideLeft(e, s);
        e = skipAdverbAsideLeft(e, s);
        e = skipParticipleLeft(e, s);
        e = skipDocumentLeft(e, s);
        e = skipParenthesisLeft(e, s);
        if (e < s.start() || inDirect(e)) return null;
        Token x = t.token(e);
        if ((x.is("who") || x.is("which")) && e - 1 > s.start() && t.token(e - 1).isPunct(',')) {
            // the name alone, or with an appositive that ends in this comma ("Jane Doe, 67, who")
            Mention m = mentions.endingAt(e - 1, s);
            if (m == null || m.kind() != Mention.Kind.NAME) {
                Mention n = mentions.endingAt(e, s);
                if (n != null && n.kind() == Mention.Kind.NAME) m = n;
            }
            return m == null ? null : new Subject(m, true);
        }
        if (x.is("who") && e - 1 >= s.start()) {
            Mention m = relativeAntecedent(e, s);
            if (m != null) return new Subject(m, true);
        }
        if (x.is("and") || x.is("but")) {
            Mention m = clauseSubject(s, e);
            return m == null ? null : new Subject(m, true);
        }
        Mention m = mentions.endingAt(e + 1, s);
        // "Its treasurer, Ines Marr, who joined after the last chair left, said": a phrase that ends a relative clause
        // set off by commas is what the clause is about, not the subject
        if (m != null && x.isPunct(',') && insideRelativeClause(m.start(), s)) {
            Mention about = subjectBeforeParenthetical(e, s);
            if (about != null) m = about;
        }
        if (m != null) m = personOpeningBodyPhrase(m);
        if (m != null) m = personOfOrganisation(m, s);
        if (m != null) m = bodyOfPlace(m, s);
        if (m != null) m = postBeforePlace(m, s);
        if (m == null && x.isPunct(',')) m = subjectBeforeParenthetical(e, s);
        if (m == null && x.isLowerWord()) m = subjectBeforeRestrictiveClause(e, s);
        return m == null ? null : new Subject(m, false);
    }

    /** Whether ", who" or ", whose" opens a clause before {@code k} in its sentence with no comma between. */
    private boolean insideRelativeClause(int k, Range s) {
        for (int j = k - 1; j > s.start(); j--) {
            if (inDirect(j)) return false;
            if (t.token(j).isPunct(',')) return false;
            if ((t.token(j).is("who") || t.token(j).is("whose")) && t.token(j - 1).isPunct(',')) return true;
        }
        return false;
    }

    /**
     * "A cafe owner from Portree who asked not to be named said": a description of a person that opens the clause with
     * a determiner and is followed, without a comma, by a relative clause that runs up to the verb is who speaks.
     */
    private Mention subjectBeforeRestrictiveClause(int e, Range s) {
        int cs = Clauses.start(t, s, e);
        if (cs < 0 || !Lexicon.isDeterminer(t.token(cs).lower())) return null;
        for (int k = e; k > cs + 1 && e - k <= 25; k--) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() == TokenKind.PUNCT && !y.isPunct('-')) return null;
            if (!y.is("who")) continue;
            Mention about = mentions.phrase(cs, k);
            return about != null && about.kind() == Mention.Kind.DESCRIPTION && about.head() != null
                    && WordClasses.mayNamePerson(about.head()) ? about : null;
        }
        return null;
    }

    /**
     * "residents who say ...", "Republicans who said ...", "those who say ...": the people a restrictive relative clause
     * (no comma before "who" at {@code who}) is about, a short noun phrase whose head can name people; null otherwise.
     */
    private Mention relativeAntecedent(int who, Range s) {
        int head = who - 1;
        Token h = t.token(head);
        if (h.kind() != TokenKind.WORD || inDirect(head) || consumed[head]) return null;
        String l = h.lower();
        boolean people = RELATIVE_PRONOUN_HEADS.contains(l) || SHARES.contains(l) || WordClasses.isPersonPlural(l)
                || WordClasses.mayNamePerson(l) || WordClasses.isOrganisationNoun(l) || h.isCapitalized() && l.endsWith("s");
        if (!people) return null;
        int from = head;
        while (from - 1 >= s.start() && head - from < 4) {
            Token y = t.token(from - 1);
            String yl = y.lower();
            if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.NUMBER && y.kind() != TokenKind.POSSESSIVE || inDirect(from - 1)
                    || Lexicon.PREPOSITIONS.contains(yl) || Lexicon.AUXILIARIES.contains(yl) || SpeechVerbs.lemma(yl) != null
                    || yl.equals("and") || yl.equals("or") || MentionIndex.isPronoun(yl) || OBJECT_PRONOUNS.contains(yl)
                    || y.isLowerWord() && (yl.endsWith("ing") || yl.endsWith("ed"))) break;
            from--;
            if (Lexicon.isDeterminer(yl)) break;
        }
        // "Those who say ... have not read it": as the sentence's subject the relative clause runs into the main verb
        if (from <= contentStartOfSentence(s) || Clauses.start(t, s, who) == from) return null;
        return mentions.phrase(from, who);
    }

    /** Heads that stand for people before a restrictive "who": "those who say", "others who said". */
    private static final Set<String> RELATIVE_PRONOUN_HEADS = Words.setOf("those", "others", "anyone", "everyone", "someone",
            "people", "voters");

    /**
     * "Dr Jane Doe of the University of Ruritania said": the organisation that ends the subject is where the person
     * before it works, and the person speaks. {@code m} itself when no person's name comes before "of", "at" or "from".
     */
    private Mention personOfOrganisation(Mention m, Range s) {
        if (m.kind() != Mention.Kind.NAME) return m;
        for (int k = m.start() - 1; k > s.start() && m.start() - k <= 8; k--) {
            Token y = t.token(k);
            if (y.is("of") || y.is("at") || y.is("from")) {
                Mention person = mentions.endingAt(k, s);
                if (person != null && person.kind() == Mention.Kind.NAME && !person.organization() && person.end() == k
                        && (person.coreEnd() - person.coreStart() >= 2 || person.role() != null)
                        && !(person.start() > s.start() && (t.token(person.start() - 1).kind() == TokenKind.POSSESSIVE
                        || Lexicon.PREPOSITIONS.contains(t.token(person.start() - 1).lower()) && !ledBy(person.start() - 1, s)))) {
                    return person;
                }
            } else if (!(y.is("the") || y.isCapitalized() || y.kind() == TokenKind.POSSESSIVE || bodyNoun(k))) {
                break;
            }
        }
        return m;
    }

    /**
     * "The prosecution, led by Mr Paul Otieno from the ODPP, told": "by" after a participle of leading, the person who
     * leads the group that is the subject, and speaks for it as when no body follows the name.
     */
    private boolean ledBy(int by, Range s) {
        if (!t.token(by).is("by") || by - 2 < s.start() || !t.token(by - 2).isPunct(',')) return false;
        String participle = t.token(by - 1).lower();
        return t.token(by - 1).isLowerWord() && (participle.equals("led") || participle.endsWith("ed") && SpeechVerbs.lemma(participle) == null);
    }

    /**
     * "Det Insp Karen Whitfield of Cumbria Police's roads policing unit said": a phrase that opens with a person's name
     * before "of", "at" or "from" is that person of the body, not the body. {@code m} itself otherwise.
     */
    private Mention personOpeningBodyPhrase(Mention m) {
        for (int k = m.start(); k < m.end() && k - m.start() <= 3; k++) {
            Mention n = mentions.nameAt(k);
            if (n == null || n == m || n.kind() != Mention.Kind.NAME || n.organization() || n.coreEnd() >= m.end()) continue;
            Token after = t.token(n.coreEnd());
            if (after.is("of") || after.is("at") || after.is("from")) return n;
        }
        return m;
    }

    /** "of the group Safe River", "of the campaign group Safe River": a common noun for a body, or a word before one. */
    private boolean bodyNoun(int k) {
        if (!t.token(k).isLowerWord()) return false;
        return bodyWord(k) || k + 1 < t.size() && t.token(k + 1).isLowerWord() && bodyWord(k + 1);
    }

    private boolean bodyWord(int k) {
        String l = t.token(k).lower();
        return MentionIndex.isOrganisationHead(l) || Lexicon.ORG_ROLES.contains(l);
    }

    /**
     * "The councillor in charge of housing in Port Averil said", "The head of the water board in Kessby said": a post
     * that opens the clause, described in lower case up to the place named last after "in", is who speaks, not that
     * place (a spokesperson for a body still gives the body's words). {@code m} itself otherwise.
     */
    private Mention postBeforePlace(Mention m, Range s) {
        if (m.kind() != Mention.Kind.NAME || m.start() - 1 <= s.start()) return m;
        String before = t.token(m.start() - 1).lower();
        if (!before.equals("in")) return m;
        int cs = Clauses.start(t, s, m.start());
        if (cs < 0 || m.start() - cs > 12 || !Lexicon.isDeterminer(t.token(cs).lower())) return m;
        int head = -1;
        for (int k = cs + 1; k < m.start(); k++) {
            Token y = t.token(k);
            String l = y.lower();
            if (y.kind() == TokenKind.POSSESSIVE) continue;
            if (y.kind() != TokenKind.WORD || inDirect(k) || SpeechVerbs.lemma(l) != null || Lexicon.AUXILIARIES.contains(l)) return m;
            if (head < 0 && (Lexicon.PREPOSITIONS.contains(l))) return m;   // the first noun comes before any "of"
            if (head < 0 && y.isLowerWord() && !l.startsWith("spokes")
                    && (Lexicon.PERSON_ROLES.contains(l) || WordClasses.isPersonNoun(l))) head = k;
            if (head >= 0 && Lexicon.PREPOSITIONS.contains(l)) break;
        }
        if (head < 0) return m;
        Mention post = mentions.phrase(cs, m.end());
        return post != null ? post : m;
    }

    /**
     * "The Association of Resident Doctors (ARD) of the hospital said": the named body before "of" (and its acronym in
     * brackets) speaks, not the place it belongs to. {@code m} itself otherwise.
     */
    private Mention bodyOfPlace(Mention m, Range s) {
        int k = m.start() - 1;
        // "The Regional Transport Board (RTB) in Eastern Province said": a named body's branch in a place is the body
        boolean in = t.token(Math.max(0, k)).is("in");
        if (k - 1 <= s.start() || !(t.token(k).is("of") || (t.token(k).is("at") || in) && m.kind() == Mention.Kind.NAME)) return m;
        int end = k;
        // "The University and College Union (UCU) branch at Forthvale": a unit of the body, where it sits
        if (t.token(k).is("at")) {
            if (!t.token(end - 1).isLowerWord() || !WordClasses.isOrdinaryWord(t.token(end - 1).lower())
                    || WordClasses.isPersonNoun(t.token(end - 1).lower())) return m;
            end--;
        }
        if (t.token(end - 1).isPunct(')')) {
            int open = end - 2;
            while (open > s.start() && end - open <= 6 && !t.token(open).isPunct('(')) open--;
            if (!t.token(open).isPunct('(')) return m;
            end = open;
        }
        Mention body = mentions.endingAt(end, s);
        if (body != null && body.kind() == Mention.Kind.NAME && body.organization() && body != m) return body;
        if (!t.token(k).is("of")) return m;
        // "The chairman of the board said": the person in that post speaks, not the board
        if (end == k && body != null && body.kind() == Mention.Kind.DESCRIPTION && !body.organization() && body.head() != null
                && Lexicon.PERSON_ROLES.contains(body.head()) && body.end() == k) {
            Mention post = mentions.phrase(body.start(), m.end());
            if (post != null) return post;
        }
        return m;
    }

    /**
     * "Opposition leader in the assembly Jane Doe rejected ...": a role described before the name, with no comma
     * between, belongs to the person named right after it, who is the subject. {@code m} itself otherwise.
     */
    private Mention nameAfterRole(Mention m, Range s) {
        if (m.kind() != Mention.Kind.DESCRIPTION) return m;
        for (int k = m.end(); k < s.end() && k - m.end() <= 6; k++) {
            Token y = t.token(k);
            Mention n = personNamedAt(k, s);
            if (n != null) {
                int after = Math.max(n.coreEnd(), n.end());
                return after < s.end() && t.token(after).isLowerWord() && !t.token(after).is("of") && !t.token(after).is("and") ? n : m;
            }
            if (y.kind() != TokenKind.WORD || inDirect(k) || SpeechVerbs.lemma(y.lower()) != null || Lexicon.AUXILIARIES.contains(y.lower())) return m;
        }
        return m;
    }

    /**
     * "Mariners captain Rohit Kulkarni blamed ...": a name right before a lower-case role and another name only says
     * whose side that person is on; the person named after the role is the subject. {@code m} itself otherwise.
     */
    private Mention memberAfterRole(Mention m, Range s) {
        Mention n = mentions.startingAt(m.end(), s);
        if (n == null || n == m || n.kind() != Mention.Kind.NAME || n.organization() || n.coreStart() <= n.start()
                || n.coreStart() - n.start() > 3) return m;
        for (int k = n.start(); k < n.coreStart(); k++) {
            if (!t.token(k).isLowerWord()) return m;
        }
        return WordClasses.mayNamePerson(t.token(n.coreStart() - 1).lower()) ? n : m;
    }

    /**
     * "The county's chief executive, Mr Jane Doe, who visited ...": the name apposed to the description that opens
     * the clause, or {@code null} when the mention ending at {@code end} is not such a name.
     */
    private Mention apposedName(int end, int cs, Range s) {
        Mention n = mentions.endingAt(end, s);
        if (n == null || n.kind() != Mention.Kind.NAME || n.organization()) return null;
        int comma = n.start() - 1;
        if (comma <= cs || !t.token(comma).isPunct(',')) return null;
        boolean role = false;
        for (int k = cs; k < comma; k++) {
            Token y = t.token(k);
            if (y.isPunct(',') || inDirect(k) || Lexicon.AUXILIARIES.contains(y.lower()) || SpeechVerbs.lemma(y.lower()) != null) return null;
            role |= Lexicon.PERSON_ROLES.contains(y.lower());
        }
        return role ? n : null;
    }

    /**
     * "Kelly Sand, who farms near Brandon, Man., said", "Another analyst, who asked not to be named, said": the mention
     * that opens the clause and ends at the comma opening a parenthetical that closes with the comma at {@code close}.
     */
    private Mention subjectBeforeParenthetical(int close, Range s) {
        int cs = Clauses.start(t, s, close);
        if (cs < 0) return null;
        // "Hallam Homes, its planning director, Sophie Marr, told": the name right before the verb, set beside a post
        // of a body ("its", "their") between the two commas before it, speaks
        if (mentions.endingAt(close, s) instanceof Mention named && named.kind() == Mention.Kind.NAME && !named.organization()
                && named.start() - 1 > cs && t.token(named.start() - 1).isPunct(',')) {
            int c = named.start() - 2;
            while (c > cs && !t.token(c).isPunct(',') && named.start() - c <= 8) c--;
            if (t.token(c).isPunct(',') && (t.token(c + 1).is("its") || t.token(c + 1).is("their"))) {
                for (int k = c + 2; k < named.start() - 1; k++) {
                    if (Lexicon.PERSON_ROLES.contains(t.token(k).lower())) return named;
                }
            }
        }
        for (int k = close - 2; k > cs && close - k <= 30; k--) {
            if (inDirect(k)) return null;
            if (!t.token(k).isPunct(',')) continue;
            // "The union's leader, Jane Doe, said": an apposed name is who speaks, which the phrase sieve knows
            if (!t.token(k + 1).isLowerWord()) continue;
            Mention m = mentions.endingAt(k, s);
            // "Ms Jane Doe, 29, whose son ..., said": a name with its age set off by commas ends after the second comma
            if (m == null && mentions.endingAt(k + 1, s) instanceof Mention aged && aged.kind() == Mention.Kind.NAME
                    && aged.extendedEnd() == k + 1 && aged.end() < k) m = aged;
            if (m != null && m.start() == cs && m.kind() != Mention.Kind.PRONOUN) return m;
            Mention apposed = apposedName(k, cs, s);
            if (apposed != null) return apposed;
            // "a welding contractor in Chingola, who asked not to be named, said": the person a clause is about
            String next = t.token(k + 1).lower();
            if (next.equals("who") || next.equals("whose")) {
                int from = cs;
                for (int c = cs; c < k; c++) if (t.token(c).isPunct(',')) from = c + 1;
                boolean verb = false;
                for (int c = from; c < k; c++) verb |= t.token(c).isLowerWord() && SpeechVerbs.lemma(t.token(c).lower()) != null;
                // "Its treasurer, Ines Marr, who joined ...,": the name set beside the post the clause opens with
                String opener = t.token(cs).lower();
                boolean post = Lexicon.isDeterminer(opener) || opener.equals("its") || opener.equals("his")
                        || opener.equals("her") || opener.equals("their");
                if (!verb && post && from > cs && mentions.endingAt(k, s) instanceof Mention named && named.kind() == Mention.Kind.NAME
                        && named.start() == from && !named.organization()) return named;
                Mention about = !verb && from < k && Lexicon.isDeterminer(t.token(from).lower()) ? mentions.phrase(from, close) : null;
                if (about != null && about.kind() == Mention.Kind.NAME) return about;
                if (about != null && about.head() != null && WordClasses.mayNamePerson(about.head())) return about;
            }
            // "One resident of the village, a bus driver who asked not to be named, told": an indefinite apposition
            // that describes a person says the phrase before it, which opens the clause, is who speaks, when that
            // phrase says no less than the apposition's noun ("Another caller, an elderly woman who ..." is the woman)
            // and the apposition gives no name ("a taxi driver who gave his name only as Marlon")
            int appositionNoun = personApposition(k + 2, close);
            if ((next.equals("a") || next.equals("an")) && appositionNoun > 0 && k - cs >= appositionNoun - k
                    && mentions.namedAfter(k, close) == null) {
                boolean plain = true;
                for (int c = cs; c < k && plain; c++) {
                    Token y = t.token(c);
                    plain = !y.isPunct(',') && !(y.isLowerWord() && (SpeechVerbs.lemma(y.lower()) != null || Lexicon.AUXILIARIES.contains(y.lower())));
                }
                Mention about = plain ? mentions.phrase(cs, k) : null;
                if (about != null && about.head() != null && WordClasses.mayNamePerson(about.head())) return about;
            }
        }
        return null;
    }

    /**
     * Where the lower-case noun phrase for a person between {@code from} and {@code to} ends ("tricycle driver" before
     * "who ..."), or -1 when no noun for a person comes before any "who".
     */
    private int personApposition(int from, int to) {
        int found = -1;
        for (int k = from; k < to && k - from < 5; k++) {
            Token y = t.token(k);
            if (!y.isLowerWord() || y.is("who")) break;
            if (WordClasses.mayNamePerson(y.lower())) found = k + 1;
        }
        return found;
    }

    /** "The agency's evaluation, published in June, found": a participle phrase set off by commas is skipped. */
    private int skipParticipleLeft(int e, Range s) {
        if (e <= s.start() || !t.token(e).isPunct(',')) return e;
        for (int p = e - 1; p > s.start() && e - p <= 20; p--) {
            if (!t.token(p).isPunct(',')) continue;
            String first = t.token(p + 1).lower();
            boolean participle = t.token(p + 1).isLowerWord() && first.length() > 4 && (first.endsWith("ed") || first.endsWith("en"))
                    && SpeechVerbs.lemma(first) == null && e - p <= 8;
            // "Two officials, speaking on condition that they not be named because ..., said"
            boolean progressive = t.token(p + 1).isLowerWord() && first.length() > 5 && first.endsWith("ing")
                    && !PREPOSITIONAL_PARTICIPLES.contains(first);
            return participle || progressive ? p - 1 : e;
        }
        return e;
    }

    /**
     * "She continued to insist that ...", "Voters were more likely to say ...", "he refused to say whether ...": a speech
     * verb in the infinitive reports for the subject of the clause it completes; null when {@code v} follows no "to".
     */
    private Subject subjectOfInfinitive(int v, Range s) {
        if (v - 2 < s.start() || !t.token(v - 1).is("to") || !t.token(v - 2).isLowerWord() || inDirect(v - 1)) return null;
        if (!t.token(v).isLowerWord() || SpeechVerbs.mayBeNoun(t.token(v).lower())) return null;
        Mention m = clauseSubject(s, v - 1);
        return m == null ? null : new Subject(m, true);
    }

    /** Conjunctions and prepositions that attach a participle clause to its sentence's subject: "while insisting". */
    private static final Set<String> PARTICIPLE_LEADS = Words.setOf("while", "after", "before", "when", "by", "in");

    private static final Set<String> PARTICIPLE_ADVERBS = Words.setOf("later", "again", "then", "also", "even", "still", "first");

    /** An adverb between a comma and a participle: "later", "again", "eventually". */
    private static boolean adverbial(Token y) {
        return y.isLowerWord() && (y.lower().endsWith("ly") && y.lower().length() > 4 || PARTICIPLE_ADVERBS.contains(y.lower()));
    }

    /** -ing forms that work as prepositions: "Several candidates, including Jo Lee, said" keeps its subject phrase. */
    private static final Set<String> PREPOSITIONAL_PARTICIPLES = Words.setOf("including", "according", "regarding",
            "concerning", "following", "excluding", "considering", "notwithstanding", "barring", "pending");

    /** Sentence adverbs a writer sets off by commas inside a clause: "Rivera, however, said". */
    private static final Set<String> ASIDE_ADVERBS = Words.setOf("however", "meanwhile", "though", "too", "instead",
            "nevertheless", "nonetheless", "likewise", "similarly", "moreover", "also");

    /** "Coach Jane Doe, however, said": a sentence adverb between commas right before the verb is skipped. */
    private int skipAdverbAsideLeft(int e, Range s) {
        if (e - 2 <= s.start() || !t.token(e).isPunct(',') || !t.token(e - 2).isPunct(',') || inDirect(e - 1)) return e;
        Token y = t.token(e - 1);
        return y.isLowerWord() && ASIDE_ADVERBS.contains(y.lower()) ? e - 3 : e;
    }

    /** "The union — which was founded in 1998 — said": an aside between dashes before the verb is skipped. */
    private int skipDashAsideLeft(int e, Range s) {
        if (e <= s.start() || !Dateline.DASHES.contains(t.token(e).text())) return e;
        for (int p = e - 1; p > s.start() && e - p <= 20; p--) {
            Token y = t.token(p);
            if (inDirect(p) || y.isTerminal()) return e;
            if (Dateline.DASHES.contains(y.text())) return p - 1 > s.start() ? p - 1 : e;
        }
        return e;
    }

    private boolean coordinated(int v, Range s) {
        int e = skipAuxLeft(v - 1, s);
        return e >= s.start() && (t.token(e).is("and") || t.token(e).is("but"));
    }

    /**
     * "the charity's chief executive, Neil Hartigan", "its president, Judge Sara Conte": after a description (and the
     * post it owns), a person's name set off by a comma that ends the sentence or its own comma; {@code m} otherwise.
     */
    private Mention nameBesidePost(Mention m, Range s) {
        int k = m.end();
        if (k < s.end() && t.token(k).kind() == TokenKind.POSSESSIVE) {
            k++;
            while (k < s.end() && k - m.end() <= 5 && t.token(k).isLowerWord() && !inDirect(k)
                    && SpeechVerbs.lemma(t.token(k).lower()) == null && !Lexicon.PREPOSITIONS.contains(t.token(k).lower())) k++;
        }
        if (k + 1 >= s.end() || !t.token(k).isPunct(',')) return m;
        Mention n = personNamedAt(k + 1, s);
        if (n == null) return m;
        int after = Math.max(n.coreEnd(), n.end());
        boolean closes = after >= s.end() || t.token(after).isTerminal() || t.token(after).isPunct(',')
                || t.token(after).kind() == TokenKind.QUOTE;
        return closes ? n : m;
    }

    /**
     * "The Ministry of Energy in a statement said", "The association, in a communique signed by its president, said":
     * the document the subject spoke through, right before the verb, is skipped (with the commas around it).
     */
    private int skipDocumentLeft(int e, Range s) {
        int k = e;
        boolean closed = k >= s.start() && t.token(k).isPunct(',');
        if (closed) k--;
        for (int p = k; p > s.start() && k - p <= 25; p--) {
            Token y = t.token(p);
            if (inDirect(p) || y.isTerminal() || y.kind() == TokenKind.QUOTE || y.isPunct(';') || y.isPunct(':')) return e;
            if (y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null && !Lexicon.DOCUMENTS.contains(y.lower())) return e;
            // a clause of its own after the document ("in a statement that 40 wells had dried up and called") is no
            // aside: only who signed or sent it may follow ("signed by its president, Dr Okafor,")
            if (y.is("that") || Lexicon.AUXILIARIES.contains(y.lower())) return e;
            if (!y.is("in") || p + 2 > k) continue;
            int d = p + 1;
            if (!Lexicon.isDeterminer(t.token(d).lower())) continue;
            boolean document = false;
            for (int n = d + 1; n <= Math.min(k, d + 3) && !document; n++) document = Lexicon.DOCUMENTS.contains(t.token(n).lower());
            if (!document) continue;
            int before = p - 1;
            if (before < s.start()) return e;
            boolean opened = t.token(before).isPunct(',');
            // "X, in a statement, said" or "X in a statement said"; never half a pair of commas
            if (opened != closed) return e;
            return opened ? before - 1 : before;
        }
        return e;
    }

    /** "(D-Ruritania)" or "(ABC)" right before a verb is skipped, with a comma that closes it. */
    private int skipParenthesisLeft(int e, Range s) {
        int k = e;
        if (k >= s.start() && t.token(k).isPunct(',') && k - 1 >= s.start() && t.token(k - 1).isPunct(')')) k--;
        if (k < s.start() || !t.token(k).isPunct(')')) return e;
        for (int p = k - 1; p >= s.start() && p >= k - 10; p--) {
            if (t.token(p).isPunct('(')) {
                int before = p - 1;
                if (before >= s.start() && t.token(before).isPunct(',') && e != k) return before - 1;
                return before;
            }
        }
        return e;
    }

    private static final Set<String> COORDINATORS = Words.setOf("and", "but", "yet", "so", "or");

    /** The subject of the main clause: first mention after an introductory phrase. */
    private Mention clauseSubject(Range s, int before) {
        int i = s.start();
        while (i < before && (t.token(i).kind() == TokenKind.QUOTE || t.token(i).kind() == TokenKind.NUMBER
                || t.token(i).is("date"))) i++;
        // "But Podesta said A and said B": a conjunction opening the sentence (and its comma) comes before the subject
        if (i + 1 < before && COORDINATORS.contains(t.token(i).lower())) {
            i++;
            if (t.token(i).isPunct(',')) i++;
        }
        if (i >= before) return null;
        Token first = t.token(i);
        String l = first.lower();
        if (Lexicon.PREPOSITIONS.contains(l) || Lexicon.SENTENCE_STARTERS.contains(l) && !MentionIndex.isPronoun(l)
                && !Lexicon.isDeterminer(l) || l.endsWith("ing")) {
            int c = i;
            while (c < before && !t.token(c).isPunct(',')) c++;
            if (c >= before) return null;
            i = c + 1;
        }
        Mention m = mentions.startingAt(i, s);
        if (m == null) m = describedPerson(i, before);
        if (m == null || m.end() > before) return null;
        Mention named = m.kind() == Mention.Kind.NAME ? memberAfterRole(m, s) : nameAfterRole(m, s);
        if (named == m && (m.kind() == Mention.Kind.DESCRIPTION || postAfterName(m, before))) named = nameSetBeside(m, s, before);
        return named.end() <= before ? named : m;
    }

    /**
     * "Ostrova's solicitor, Imelda Franks,", "The Harbour Residents Forum chairperson, Peter Kent,": a name followed
     * by a post it owns or qualifies, in lower case up to a comma, which a person's name may then be set beside.
     */
    private boolean postAfterName(Mention m, int before) {
        if (m.kind() != Mention.Kind.NAME) return false;
        int k = Math.max(m.coreEnd(), m.end());
        if (k < before && t.token(k).kind() == TokenKind.POSSESSIVE) k++;
        int from = k;
        while (k < before && k - from < 4 && t.token(k).isLowerWord() && !inDirect(k)) k++;
        return k > from && k < before && t.token(k).isPunct(',') && WordClasses.mayNamePerson(t.token(k - 1).lower());
    }

    /**
     * "The former Wales flanker singled out ...": a determiner and, within a few words, a noun WordNet knows for a person
     * (and any such noun right after it, "head coach"), as the description that opens the clause; null otherwise.
     */
    private Mention describedPerson(int i, int before) {
        if (!Lexicon.isDeterminer(t.token(i).lower()) || t.token(i).is("that")) return null;
        for (int k = i + 1; k < before && k - i <= 5; k++) {
            Token y = t.token(k);
            String l = y.lower();
            if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.NUMBER || inDirect(k) || Lexicon.PREPOSITIONS.contains(l)
                    || Lexicon.AUXILIARIES.contains(l) || SpeechVerbs.lemma(l) != null || l.equals("and") || l.equals("or")) return null;
            if (!y.isLowerWord() || !WordClasses.mayNamePerson(l)) continue;
            int h = k;
            while (h + 1 < before && t.token(h + 1).isLowerWord() && WordClasses.isPersonNoun(t.token(h + 1).lower())) h++;
            return mentions.phrase(i, h + 1);
        }
        return null;
    }

    /**
     * "General secretary of the Caribbean Energy and Allied Workers Union, Mr Dwight Forde, welcomed ... but said":
     * the person's name set off by commas right after the post (and the body it is of) opening the clause.
     */
    private Mention nameSetBeside(Mention m, Range s, int before) {
        int k = m.end();
        while (k < before && k - m.end() <= 10 && !t.token(k).isPunct(',') && !inDirect(k)
                && (t.token(k).kind() == TokenKind.WORD || t.token(k).kind() == TokenKind.POSSESSIVE)
                && SpeechVerbs.lemma(t.token(k).lower()) == null) k++;
        if (k + 1 >= before || !t.token(k).isPunct(',')) return m;
        Mention n = personNamedAt(k + 1, s);
        if (n == null) return m;
        int after = Math.max(n.coreEnd(), n.end());
        return after < before && t.token(after).isPunct(',') ? n : m;
    }

    /** A person's name starting at {@code k}, bare or after its title ("Mr Dwight Forde", "Judge Sara Conte"); else null. */
    private Mention personNamedAt(int k, Range s) {
        Mention n = mentions.nameAt(k);
        if (n == null && mentions.startingAt(k, s) instanceof Mention titled && titled.kind() == Mention.Kind.NAME) n = titled;
        return n != null && n.kind() == Mention.Kind.NAME && !n.organization() ? n : null;
    }

    /**
     * "“Honestly, I just hit it,” the winger grinned.", "“It's a dive,” he fumed.": after a quote that hands over with
     * a comma (or ends in "!" or "?"), a short subject and one past-tense verb closing the sentence say who spoke,
     * whatever the verb: in that place English uses any verb of manner as a verb of saying.
     */
    private void mannerAfterQuote(Range s, int si) {
        for (int v = s.start() + 2; v < s.end(); v++) {
            Token x = t.token(v);
            String l = x.lower();
            if (!x.isLowerWord() || inDirect(v) || handledVerb[v] || !l.endsWith("ed") || l.length() < 5
                    || SpeechVerbs.lemma(l) != null || Lexicon.AUXILIARIES.contains(l)) continue;
            boolean closes = v + 1 >= s.end() || t.token(v + 1).isTerminal() && !inDirect(v + 1)
                    || t.token(v + 1).kind() == TokenKind.QUOTE && inDirect(v + 1);
            if (!closes) continue;
            int b = v - 1;
            while (b >= s.start() && v - b <= 7 && !afterClosingQuote(b) && (t.token(b).kind() == TokenKind.WORD
                    || t.token(b).kind() == TokenKind.POSSESSIVE || t.token(b).kind() == TokenKind.NUMBER)) b--;
            if (b < s.start() || b == v - 1 || !afterClosingQuote(b)) continue;
            int close = t.token(b).isPunct(',') ? b - 1 : b;
            QuoteSpan q = direct.get(directAt[close]);
            Token last = t.token(close - 1);
            if (q.attributed() || !(last.isPunct(',') || last.isPunct('!') || last.isPunct('?')) && !t.token(b).isPunct(',')) continue;
            Mention m = mentions.startingAt(b + 1, s);
            if (m == null || m.end() != v) {
                Subject p = subjectPhrase(b + 1, v - 1, s);
                m = p == null ? null : p.mention();
            }
            if (m == null || m.kind() == Mention.Kind.DESCRIPTION && !speakerHead(m)) continue;
            q.attribute(m, v, t.token(v).text(), confidence(m, 0.8));
            done(si, v, m);
        }
    }

    /** ", the spokesman said." / ", said the spokesman." after the content. */
    private void postposed(Range s, int si, int v) {
        Subject subj = subjectLeft(v, s);
        int boundary = -1;
        Mention m = null;
        int r = -1;
        if (subj != null && !subj.relative()) {
            m = subj.mention();
            boundary = m.start() - 1;
            // "..., the World Health Organization said": the article before a name is not part of the content
            if (boundary > s.start() && t.token(boundary).is("the") && t.token(boundary - 1).isPunct(',')) boundary--;
            r = afterVerb(v);
            // "..., the minister told reporters on Monday.": whom it was told to comes before the tail
            if (SpeechVerbs.takesAddressee(lemma(v))) r = afterAddressee(r, s);
        } else if (subj == null && v - 1 >= s.start() && (t.token(v - 1).isPunct(',') || t.token(v - 1).kind() == TokenKind.QUOTE)) {
            // "Its president, Jane Doe, said many schools in ...": a name set beside the post that opens the clause is
            // the verb's subject, so what follows the verb is its content, not an inverted speaker
            int cs = Clauses.start(t, s, v);
            if (cs >= 0 && t.token(v - 1).isPunct(',') && apposedName(v - 1, cs, s) != null) return;
            m = mentions.startingAt(v + 1, s);
            // "said the charity's chief executive, Neil Hartigan": the name set beside the post speaks
            if (m != null && m.kind() == Mention.Kind.DESCRIPTION) m = nameBesidePost(m, s);
            // "said Grain Co chief economist Jane Doe": the organisation opens the phrase, the person who speaks ends it
            if (m != null && m.kind() == Mention.Kind.NAME && mentions.startingAt(m.extendedEnd(), s) instanceof Mention next
                    && next.kind() == Mention.Kind.NAME && !next.organization() && next.role() != null && next.start() < next.coreStart()) {
                m = next;
            }
            r = m == null ? -1 : m.extendedEnd();
            if (m == null && afterClosingQuote(v - 1)) {
                // "“…,” said a handful of delegates who ...": the phrase after the verb is the speaker
                int np = phraseEnd(v + 1, s);
                if (np > v + 1) {
                    // "said station manager Keith Doyle": a name that ends the phrase is the speaker
                    Subject named = subjectPhrase(v + 1, np - 1, s);
                    m = named != null ? named.mention() : mentions.phrase(v + 1, np);
                    r = np;
                    // "said one, a teacher who gave only her first name, Sana": the name the apposition gives
                    if (m != null && m.kind() != Mention.Kind.NAME && mentions.namedAfter(np, s.end()) instanceof Mention given) {
                        m = given;
                    }
                }
            }
            // "..., said he." but not "..., said he would go"
            if (m != null && m.kind() == Mention.Kind.PRONOUN && r < s.end() && !t.token(r).isTerminal() && !t.token(r).isPunct(',')) m = null;
            if (m != null) boundary = v - 1;
        }
        if (m == null && subj == null) {
            // "“…,” Jane Doe, 33, said": any short phrase between the closing mark and the verb
            int e = skipAuxLeft(v - 1, s);
            int b = e;
            while (b >= s.start() && e - b < 20 && !afterClosingQuote(b) && !t.token(b).isTerminal()) b--;
            if (b >= s.start() && afterClosingQuote(b) && b < e) {
                Subject p = subjectPhrase(b + 1, e, s);
                if (p == null) return;
                m = p.mention();
                boundary = b;
                r = afterVerb(v);
            }
        }
        if (m != null && boundary >= s.start() && !t.token(boundary).isPunct(',') && t.token(boundary).kind() != TokenKind.QUOTE) {
            // "“…,” warm-voiced Jane Doe said": modifiers between the closing mark and the name
            int b = boundary;
            while (b >= s.start() && boundary - b < 6 && !afterClosingQuote(b) && t.token(b).kind() == TokenKind.WORD) b--;
            // "had been “playing politics”, while Molefe said the official ...": a conjunction opens the writer's next
            // clause, whose verb reports words of its own, not the quotation before it
            if (b >= s.start() && afterClosingQuote(b) && b + 1 < v && (CONTRAST.contains(t.token(b + 1).lower())
                    || SUBORDINATORS.contains(t.token(b + 1).lower()))) return;
            if (b >= s.start() && afterClosingQuote(b)) boundary = b;
        }
        String form = t.token(v).lower();
        boolean objectOnly = subj != null && subj.mention().kind() == Mention.Kind.PRONOUN
                && OBJECT_PRONOUNS.contains(t.token(subj.mention().start()).lower());
        boolean clauseSubject = subj != null && (subj.relative() || subj.mention().kind() == Mention.Kind.PRONOUN && !objectOnly);
        if (!clauseSubject && !SpeechVerbs.mayBeNoun(form) && !SpeechVerbs.isParticiple(form)
                && !SpeechVerbs.isWeak(lemma(v)) && (m == null || boundary < s.start()
                || !t.token(boundary).isPunct(',') && t.token(boundary).kind() != TokenKind.QUOTE)) {
            // "..., donors said.", "..., a source close to him said.": a phrase no sieve knows between a comma and the verb
            int comma = commaBeforeSpeaker(v, s);
            Mention phrase = comma < 0 ? null : mentions.phrase(comma + 1, skipAuxLeft(v - 1, s) + 1);
            if (phrase != null && speakerHead(phrase)) {
                m = phrase;
                boundary = comma;
                r = afterVerb(v);
                if (SpeechVerbs.takesAddressee(lemma(v))) r = afterAddressee(r, s);
            }
        }
        if (m == null) return;
        // the quote an attribution follows is in its own paragraph
        if (boundary < s.start() - 1 || boundary < 0 || t.paragraphOf(boundary) != t.paragraphOf(v)) return;
        Token b = t.token(boundary);
        boolean quoteBefore = b.kind() == TokenKind.QUOTE || (b.isPunct(',') && boundary > 0 && (inDirect(boundary - 1) || t.token(boundary - 1).kind() == TokenKind.QUOTE));
        if (!b.isPunct(',') && b.kind() != TokenKind.QUOTE) return;
        // a quote that ends in a comma hands over to its attribution: "“…,” she told a crowd that had waited"
        boolean handsOver = quoteBefore && boundary > 0 && t.token(b.kind() == TokenKind.QUOTE ? boundary - 1 : boundary).isPunct(',');
        // "Margaret “Peggy” Lund, 52, said": a closing mark right after a word, with no punctuation, ends a nickname
        if (b.kind() == TokenKind.QUOTE && boundary > 0 && t.token(boundary - 1).kind() == TokenKind.WORD) return;
        if (!(quoteBefore ? handsOver || tailAfterQuoteOk(s, r) : tailOk(s, r))) return;
        // "“… identity.” Jane Doe says she …": a quote that closed its own sentence is not this verb's content
        if (quoteBefore && boundary < s.start() && !tailOk(s, r)) return;
        if (SpeechVerbs.isWeak(lemma(v)) && !quoteBefore && !(r >= s.end() || t.token(r).isTerminal()
                || t.token(r).isPunct(','))) return;
        if (SpeechVerbs.isParticiple(t.token(v).lower())) return;
        String cue = cueText(v);
        if (quoteBefore) {
            int qi = inDirect(boundary) ? directAt[boundary] : directAt[boundary - 1];
            if (qi < 0) return;
            QuoteSpan q = direct.get(qi);
            // a quotation already inside reported content ("Despite a promise ... "before the summer", residents say")
            if (q.attributed() || q.absorbed()) return;
            q.attribute(m, v, cue, confidence(m, 0.9));
            done(si, v, m);
            return;
        }
        int cs = contentStartOfSentence(s);
        // "Despite a promise by X that ..., work began last week, the pastor said": what an opening phrase reported
        // already is not this verb's content, which starts after it
        for (int k = boundary - 1; k > cs; k--) {
            if (consumed[k]) {
                cs = k + 1;
                break;
            }
        }
        if (boundary - cs < 3) return;
        // "“…,” another neighbour, Ruth Kahle said": the words between the quotation and the name describe the speaker
        if (inDirect(cs) && describedBetween(direct.get(directAt[cs]), boundary, s)) {
            QuoteSpan q = direct.get(directAt[cs]);
            if (!q.attributed()) {
                q.attribute(m, v, cue, confidence(m, 0.85));
                done(si, v, m);
            }
            return;
        }
        addReported(cs, boundary, m, v, cue, 0.75, si);
    }

    /**
     * Whether only a comma and a short phrase naming a person ("another neighbour", "a retired teacher") stand between
     * the quotation {@code q} and the comma at {@code boundary} before the speaker's name.
     */
    private boolean describedBetween(QuoteSpan q, int boundary, Range s) {
        int k = q.outerEnd();
        if (k < boundary && t.token(k).isPunct(',')) k++;
        if (k < 2 || k >= boundary || boundary - k > 4 || !t.token(k - 1).isPunct(',') && !t.token(k - 2).isPunct(',')) return false;
        for (int j = k; j < boundary; j++) {
            Token y = t.token(j);
            if (y.kind() != TokenKind.WORD || !y.isLowerWord() || SpeechVerbs.lemma(y.lower()) != null
                    || Lexicon.AUXILIARIES.contains(y.lower())) return false;
        }
        return WordClasses.isPersonNoun(t.token(boundary - 1).lower()) || WordClasses.mayNamePerson(t.token(boundary - 1).lower());
    }

    /** Words that open a clause or a modifier rather than a speaker's noun phrase after a comma. */
    private static final Set<String> NOT_A_SPEAKER_PHRASE = Words.setOf("and", "or", "but", "nor", "who", "which", "that",
            "where", "when", "while", "so", "because", "if", "though", "although", "than", "what", "how", "why", "whether",
            "then", "not", "there", "this", "these", "those", "it", "i", "you", "we", "he", "she", "they", "even", "only", "just");

    /**
     * "..., donors said.", "..., a source close to him said.", "..., her friend said.": the comma that a short noun phrase
     * ending at the verb follows, whatever its head; -1 when the words before the verb are no such phrase.
     */
    private int commaBeforeSpeaker(int v, Range s) {
        int e = skipAuxLeft(v - 1, s);
        for (int k = e; k > s.start() && e - k < 10; k--) {
            Token y = t.token(k);
            if (inDirect(k) || consumed[k]) return -1;
            String l = y.lower();
            if (y.isPunct(',')) {
                if (k == e) return -1;
                Token first = t.token(k + 1);
                String f = first.lower();
                if (first.kind() != TokenKind.WORD && first.kind() != TokenKind.NUMBER || NOT_A_SPEAKER_PHRASE.contains(f)
                        || Lexicon.PREPOSITIONS.contains(f) || f.endsWith("ing") || f.endsWith("ly")) return -1;
                return k;
            }
            if (y.kind() == TokenKind.WORD && y.isLowerWord() && (SpeechVerbs.lemma(l) != null || Lexicon.AUXILIARIES.contains(l)
                    || l.equals("and") || l.equals("or") || l.equals("but") || l.endsWith("n't") || l.endsWith("n\u2019t"))) return -1;
            if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.NUMBER && y.kind() != TokenKind.POSSESSIVE && !y.isPunct('.')) return -1;
        }
        return -1;
    }

    /** A phrase whose head may speak: a name, a person, group or organisation noun ("her friend", "donors", "a source"). */
    private boolean speakerHead(Mention phrase) {
        String h = phrase.head();
        if (h == null) return false;
        for (int k = phrase.start(); k < phrase.end(); k++) {
            if (t.token(k).lower().equals(h)) {
                if (t.token(k).isCapitalized() && k > phrase.start() || SHARES.contains(h)) return true;
                break;
            }
        }
        return MentionIndex.isHead(h) || WordClasses.mayNamePerson(h) || WordClasses.isPersonPlural(h) || WordClasses.isOrganisationNoun(h);
    }

    /** Token {@code k} is the closing mark of a direct quote, or the comma right after one. */
    private boolean afterClosingQuote(int k) {
        if (k < 0) return false;
        Token y = t.token(k);
        if (y.isPunct(',') && k > 0) y = t.token(--k);
        return y.kind() == TokenKind.QUOTE && inDirect(k) && direct.get(directAt[k]).closeMark() == k;
    }

    /** After a closing quote mark anything may follow the verb ("told CNN's host", "said of the plan") but new content. */
    private boolean tailAfterQuoteOk(Range s, int r) {
        for (int k = r; k < s.end() && k < r + 12; k++) {
            Token y = t.token(k);
            // ", adding ...", ", who ...": what follows a comma belongs to another clause
            if (y.isPunct(',') && !inDirect(k)) return true;
            if (y.is("that") || y.isPunct(':') || (y.kind() == TokenKind.QUOTE && !inDirect(k))) return false;
            if (y.kind() == TokenKind.QUOTE) return k == r || t.token(k - 1).isPunct(',') || t.token(k - 1).isTerminal();
        }
        return true;
    }

    /**
     * After "told" at the end of a report: past a short addressee ("reporters", "travel agents", "the BBC") to what
     * follows it, or {@code r} itself when the words there are no such phrase (a verb, "that", a quotation).
     */
    private int afterAddressee(int r, Range s) {
        int k = r;
        while (k < s.end() && k - r < 6) {
            Token y = t.token(k);
            if (y.isTerminal() || y.isPunct(',') || inDirect(k) || k > r && y.isLowerWord() && TAIL_LEADS.contains(y.lower())) break;
            if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.POSSESSIVE || y.is("that")
                    || y.isLowerWord() && (SpeechVerbs.lemma(y.lower()) != null || Lexicon.AUXILIARIES.contains(y.lower())
                    || SUBJECT_PRONOUNS.contains(y.lower()))) return r;
            k++;
        }
        boolean ends = k >= s.end() || t.token(k).isTerminal() || t.token(k).isPunct(',')
                || t.token(k).isLowerWord() && TAIL_LEADS.contains(t.token(k).lower());
        return k > r && ends ? k : r;
    }

    private boolean tailOk(Range s, int r) {
        if (r >= s.end() || t.token(r).isTerminal()) return true;
        Token x = t.token(r);
        if (x.isPunct(',')) {
            if (r + 1 >= s.end()) return true;
            Token y = t.token(r + 1);
            // ", said Jane Doe, who ran the office": a relative clause about the speaker
            return SpeechVerbs.isParticiple(y.lower()) || y.is("according") || y.is("who");
        }
        if (!TAIL_LEADS.contains(x.lower())) return false;
        for (int k = r; k < s.end(); k++) {
            Token y = t.token(k);
            if (y.is("that") || y.isPunct(':') || y.kind() == TokenKind.QUOTE) return false;
            if (y.isPunct(',') && k + 1 < s.end() && SpeechVerbs.isParticiple(t.token(k + 1).lower())) return true;
            // "..., told travel agents on Wednesday, despite a promise that ...": the writer's next clause
            if (y.isPunct(',') && k + 1 < s.end() && (WRITERS_CLAUSE.contains(t.token(k + 1).lower())
                    // "..., the minister said on Monday, publishing the conditions that ...": what the speaker did next
                    || t.token(k + 1).isLowerWord() && t.token(k + 1).lower().endsWith("ing")
                    && t.token(k + 1).lower().length() > 5)) return true;
            if (SpeechVerbs.lemma(y.lower()) != null && y.isLowerWord() && k > r && !nounAfterModifier(k)) return false;
        }
        return true;
    }

    /** Words after the tail's comma that open a clause of the writer's, not more of the attribution. */
    private static final Set<String> WRITERS_CLAUSE = Words.setOf("despite", "although", "though", "while", "whereas",
            "as", "because", "after", "before", "days", "weeks", "hours", "amid");

    /** "in a Facebook post", "in a post on X": a speech verb's form after a determiner, possessive or name is a noun. */
    private boolean nounAfterModifier(int k) {
        Token prev = t.token(k - 1);
        return Lexicon.isDeterminer(prev.lower()) && !prev.is("that") || prev.kind() == TokenKind.POSSESSIVE || prev.isCapitalized();
    }

    private int contentStartOfSentence(Range s) {
        return Dateline.contentStart(t, s);
    }

    private void accordingTo(Range s, int si) {
        for (int i = s.start(); i + 2 < s.end(); i++) {
            if (!t.token(i).is("according") || !t.token(i + 1).is("to") || inDirect(i) || consumed[i]) continue;
            Mention m = mentions.startingAt(i + 2, s);
            if (m == null) m = mentions.objectPronoun(i + 2);
            int after = m == null ? -1 : m.extendedEnd();
            int np = phraseEnd(i + 2, s);
            if (np > after && np > i + 2) {
                // "according to a report Tuesday from the local paper": the whole phrase is the source, but a
                // person's name stays the name ("according to Jane Doe of the institute")
                if (m == null || m.kind() != Mention.Kind.NAME || m.organization()) m = mentions.phrase(i + 2, np);
                after = np;
            }
            // "according to photos shared with the paper": what pictures show is no one's words
            if (m == null || pictures(i + 2)) continue;
            String cue = t.span(i, i + 2);
            int first = contentStartOfSentence(s);
            if (i == first) {
                int r = after;
                if (r < s.end() && t.token(r).isPunct(',')) r++;
                // "According to the club's general manager, Paula Reid, the deal ...": the apposed name is the source
                Mention apposed = r > after && m.kind() == Mention.Kind.DESCRIPTION ? mentions.startingAt(r, s) : null;
                if (apposed != null && apposed.kind() == Mention.Kind.NAME && !apposed.organization()
                        && apposed.extendedEnd() < s.end() && t.token(apposed.extendedEnd()).isPunct(',')) {
                    m = apposed;
                    r = apposed.extendedEnd() + 1;
                }
                // "According to Dr Jane Doe, who heads the Clean Air Trust, emissions ...": a relative clause about the
                // source, up to its closing comma, is no part of what the source says
                if (r > after && r < s.end() && (t.token(r).is("who") || t.token(r).is("whose"))) {
                    int c = r + 1;
                    while (c < s.end() && c - r <= 20 && !t.token(c).isPunct(',') && !inDirect(c) && !t.token(c).isTerminal()) c++;
                    if (c < s.end() && c - r <= 20 && t.token(c).isPunct(',')) r = c + 1;
                }
                int ce = contentEnd(s, r);
                if (ce - r >= 3) {
                    if (attributeDirectAt(r, ce, m, i, cue, si)) continue;
                    addReported(r, ce, m, i, cue, 0.7, si);
                }
            } else if (t.token(i - 1).isPunct(',') && (after >= s.end() || t.token(after).isTerminal() || t.token(after).isPunct(','))) {
                int end = i - 1;
                if (inDirect(end - 1) && !direct.get(directAt[end - 1]).attributed()) {
                    direct.get(directAt[end - 1]).attribute(m, i, cue, confidence(m, 0.85));
                    done(si, i, m);
                } else if (end - first >= 3 && !attributedWithin(first, end)) {
                    // "“…,” said Jane Doe, director of ..., according to minutes of the meeting": the quote has its
                    // speaker already; what follows names where the words were read, not who said them
                    addReported(first, end, m, i, cue, 0.7, si);
                }
            }
        }
    }

    /** Nouns for words that commit or assert, whose "that" clause spells out what their author said. */
    private static final Set<String> ASSERTION_NOUNS = Words.setOf("promise", "promises", "pledge", "pledges", "assurance",
            "assurances", "undertaking", "claim", "claims", "warning", "warnings", "insistence");

    /** Words that open a time phrase after an author: "by the operator in August", "by the mayor last year". */
    private static final Set<String> TIME_PHRASE_OPENERS = Words.setOf("in", "on", "last", "this", "earlier", "during", "at");

    /** Prepositions that open a phrase of the writer's before the main clause: "Despite a promise by ...". */
    private static final Set<String> OPENING_PREPOSITIONS = Words.setOf("despite", "after", "amid", "following", "notwithstanding");

    /**
     * "Despite a promise by Transport Minister Ola Brenn in March that the bridge would reopen "before the summer",
     * residents say ...": the clause after "that" is what the author after "by" said, up to the comma that closes the
     * opening phrase; the main clause is left to its own verb.
     */
    private void assertionBy(Range s, int si) {
        int first = contentStartOfSentence(s);
        if (first + 5 >= s.end() || !OPENING_PREPOSITIONS.contains(t.token(first).lower())) return;
        int noun = first + 1;
        if (Lexicon.isDeterminer(t.token(noun).lower())) noun++;
        if (noun + 2 >= s.end() || !ASSERTION_NOUNS.contains(t.token(noun).lower()) || !t.token(noun + 1).is("by")) return;
        int that = -1;
        for (int j = noun + 3; j < s.end() && j - noun <= 16; j++) {
            if (inDirect(j) || t.token(j).isTerminal()) return;
            if (t.token(j).is("that")) {
                that = j;
                break;
            }
        }
        if (that < 0) return;
        // the author ends before a time phrase ("in March", "last year") or the comma after an apposed name
        int authorEnd = noun + 3;
        while (authorEnd < that && !TIME_PHRASE_OPENERS.contains(t.token(authorEnd).lower())) authorEnd++;
        Mention m = mentions.startingAt(noun + 2, s);
        if (m != null && m.extendedEnd() > authorEnd) m = null;
        if (m == null) m = mentions.phrase(noun + 2, authorEnd);
        if (m == null || m.kind() == Mention.Kind.PRONOUN) return;
        // "by the company's chief executive, Mark Tolliver, last year": the name set beside the post is the author
        for (int c = m.extendedEnd(); m.kind() != Mention.Kind.NAME && c + 1 < that; c++) {
            if (t.token(c).isPunct(',') && mentions.startingAt(c + 1, s) instanceof Mention apposed
                    && apposed.kind() == Mention.Kind.NAME && !apposed.organization()) m = apposed;
        }
        int end = -1;
        for (int j = that + 1; j < s.end() && end < 0; j++) {
            if (!inDirect(j)) {
                if (t.token(j).isPunct(',')) end = j;
                continue;
            }
            // "... would see "no rate shock," the original request ...": a comma inside the closing mark ends it too
            QuoteSpan d = direct.get(directAt[j]);
            if (j == d.outerEnd() - 1 && t.token(j).kind() == TokenKind.QUOTE && t.token(j - 1).isPunct(',')) end = j + 1;
        }
        if (end < 0 || end - that < 4) return;
        addReported(that + 1, end, m, noun, t.span(noun, noun + 1), 0.7, si);
    }

    /** Whether a quote between the two tokens already has its speaker. */
    private boolean attributedWithin(int from, int to) {
        for (int i = from; i < to; i++) {
            if (inDirect(i) && direct.get(directAt[i]).attributed()) return true;
        }
        return false;
    }

    /** Bodies that hear evidence: "the court heard", "a jury has heard", "the inquest in Northallerton heard". */
    private static final Set<String> HEARING_BODIES = Words.setOf("court", "jury", "inquest", "tribunal", "hearing",
            "inquiry", "magistrates", "panel");

    /**
     * "The court heard (that) ...", "..., the inquest heard.": what a court or inquest heard was said before it by
     * someone the sentence does not name. The quote is reported with the hearing body as its mention and the cue
     * "heard", which {@link SpeakerResolver} leaves without a speaker.
     */
    private void heardBy(Range s, int si) {
        for (int v = s.start() + 1; v < s.end(); v++) {
            if (!t.token(v).is("heard") || inDirect(v) || consumed[v] || handledVerb[v]) continue;
            int e = v - 1;
            while (e > s.start() && (t.token(e).is("has") || t.token(e).is("had") || t.token(e).is("was"))) e--;
            int body = -1;
            int k = e;
            for (; k >= s.start() && e - k < 7; k--) {
                Token y = t.token(k);
                if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.POSSESSIVE || inDirect(k)) break;
                if (body < 0 && HEARING_BODIES.contains(y.lower())) body = k;
                if (Lexicon.isDeterminer(y.lower())) {
                    k--;
                    break;
                }
            }
            if (body < 0) continue;
            int from = k + 1;
            Mention m = mentions.phrase(from, e + 1);
            if (m == null) continue;
            String cue = t.span(v, v + 1);
            int first = contentStartOfSentence(s);
            if (from > first && t.token(from - 1).isPunct(',')) {
                // "..., the inquest heard."
                int after = v + 1;
                while (after < s.end() && t.token(after).kind() == TokenKind.WORD && after - v <= 3) after++;
                if (after < s.end() && !t.token(after).isTerminal()) continue;
                if (from - 1 - first >= 3) addReported(first, from - 1, m, v, cue, 0.7, si);
            } else if (from == first || Clauses.start(t, s, v) == from) {
                int r = v + 1;
                if (r < s.end() && t.token(r).is("that")) r++;
                int ce = contentEnd(s, r);
                if (ce - r >= 3) addReported(r, ce, m, v, cue, 0.7, si);
            }
        }
    }

    /** Pictures and recordings, which show rather than say: "according to photos", "according to footage". */
    private static final Set<String> PICTURES = Words.setOf("photo", "photos", "photograph", "photographs", "picture",
            "pictures", "image", "images", "imagery", "footage", "video", "videos");

    /** Whether the phrase at {@code k} opens with pictures, after a determiner and an adjective at most ("new satellite images"). */
    private boolean pictures(int k) {
        for (int j = k; j < t.size() && j - k <= 2 && t.token(j).isLowerWord(); j++) {
            if (PICTURES.contains(t.token(j).lower())) return true;
        }
        return false;
    }

    /** "X said that ...", "X said: “…”", ", adding that ...", "Noting that ..., X said ...", ", who said ...". */
    private void forward(Range s, int si, int v) {
        String form = t.token(v).lower();
        // "is declaring that ...", "has been warning ...": a progressive form is the clause's finite verb
        boolean progressive = participle(v) && progressive(v, s);
        boolean participle = participle(v) && !progressive;
        int first = contentStartOfSentence(s);
        if (participle && v == first) {
            introParticiple(s, si, v);
            return;
        }
        Mention m;
        if (participle && v - 1 >= s.start() && t.token(v - 1).is("for")) {
            // "reprimanded its treasurer, Gary Lindholm, for saying that ...": who is blamed for the words said them
            m = blamedFor(v - 1, s);
            if (m == null) return;
        } else if (participle && absoluteShare(v, s) != null) {
            // "..., with 22 percent saying they ...": the share before the participle said it
            m = absoluteShare(v, s);
        } else if (participle && absoluteSpeaker(v, s) != null) {
            // "..., with a judge describing his conduct as “…”": the person after "with" is the participle's subject
            m = absoluteSpeaker(v, s);
        } else if (participle) {
            // ", adding that ..." and "called it “a scandal,” adding that ...": the comma may stand inside the closing mark
            // "calling it “a disgrace” and asserting that ...": a second participle of the sentence's speaker
            boolean second = v - 1 > s.start() && t.token(v - 1).is("and") && lastSubjectSentence == si && lastSubject != null;
            // ", later saying ...", "while insisting that ...": adverbs, and a conjunction that makes the participle
            // a clause of the sentence's subject, may stand between the comma and the participle
            int c = v - 1;
            while (c > s.start() && v - c <= 2 && adverbial(t.token(c))) c--;
            boolean subordinate = c > s.start() && PARTICIPLE_LEADS.contains(t.token(c).lower()) && t.token(c).isLowerWord();
            // "flipped his choice on the spot – saying ...": a dash sets the participle off as a comma does
            boolean setOff = t.token(c).isPunct(',') || Dateline.DASHES.contains(t.token(c).text()) && !inDirect(c);
            if (c < s.start() || !subordinate && !setOff && !second
                    && !(afterClosingQuote(c) && t.token(c - 1).isPunct(','))) return;
            m = lastSubjectSentence == si && lastSubject != null ? lastSubject : clauseSubject(s, v);
            if (m == null) m = leadingPhrase(s, v);
            if (m == null) return;
        } else {
            if (passiveTell(v, s)) return;
            Subject subj = subjectLeft(v, s);
            if (subj == null) subj = v > s.start() && t.token(v - 1).is("to") ? subjectOfInfinitive(v, s) : phraseSubject(v, s);
            if (subj == null) return;
            m = subj.mention();
            // "X's spokesperson, Jane Doe, said ... but warned that ...": the second verb has the first one's subject
            if (coordinated(v, s) && lastSubjectSentence == si && lastSubject != null) m = lastSubject;
        }
        int infinitive = infinitiveContent(s, v);
        int r = infinitive >= 0 ? infinitive : contentStart(s, v);
        if (r < 0) return;
        // "is claiming unfair dismissal": a progressive verb reports a clause, not a noun it names
        if (progressive && infinitive < 0 && !opensClause(s, r)) return;
        // "reported a 4.1 per cent rise in ...", "has reported a fall in profit": a result reported as a noun, not words
        // "declared an interim dividend", "denied any involvement": a thing declared or denied, not words
        boolean nounObject = NOUN_OBJECT_LEMMAS.contains(lemma(v)) && (t.token(r).is("a") || t.token(r).is("an") || t.token(r).is("any"));
        if ((lemma(v).equals("report") || lemma(v).equals("post") || nounObject) && infinitive < 0 && (t.token(r).is("a") || t.token(r).is("an")
                || nounObject) && !opensClause(s, r)) {
            // still the sentence's speaker: "..., saying a slump in freight volumes showed no sign of easing"
            done(si, v, m);
            return;
        }
        // "asked the board whether ...": a reported question opens at its question word, after whoever was asked
        int question = infinitive < 0 && lemma(v).equals("ask") ? questionOpener(s, afterVerb(v)) : -1;
        if (question >= 0) r = question;
        String cue = cueText(v);
        boolean naming = SpeechVerbs.namingLemma(form) != null;
        boolean describing = naming || lemma(v).startsWith("describ") || lemma(v).startsWith("characteri");
        int quotedLabel = describing ? quotedLabelEnd(s, r) : -1;
        boolean describedAs = describing && !naming && quotedLabel < 0 && describedAs(s, v, r);
        if (SpeechVerbs.isWeak(lemma(v)) && !(participle && describing) && quotedLabel < 0 && question < 0 && infinitive < 0 && !describedAs
                && !(r > 0 && (t.token(r - 1).isPunct(':') || t.token(r).kind() == TokenKind.QUOTE))) return;
        int ce = quotedLabel > 0 ? quotedLabel : contentEnd(s, r, participle);
        if (quotedLabel < 0 && !participle) ce = endOfFrontedClause(s, first, v, r, ce);
        if (ce <= r) return;
        if (!participle && quotedLabel < 0) {
            int opening = parentheticalOpening(s, m, v, r, first);
            if (opening >= 0 && addReported(opening, ce, m, v, cue, 0.7, si, true)) return;
        }
        // "said “the next president” should choose the nominee": a quote that only opens the reported clause is part of it
        if (quoteOpensClause(r, ce) && addReported(r, ce, m, v, cue, participle ? 0.7 : 0.75, si, false)) return;
        if (attributeDirectAt(r, ce, m, v, cue, si)) return;
        if (ce - r < 2) return;
        addReported(r, ce, m, v, cue, participle ? 0.7 : 0.75, si);
        // "said X, and that Y": the second reported clause is a statement of its own, by the same speaker
        int k = ce;
        while (k < s.end() && t.token(k).isPunct(',')) k++;
        while (k < s.end() && secondThat(k) && !ownSpeakerAfterThat(k)) {
            int from = k + 2;
            int to = contentEnd(s, from, participle);
            if (to - from >= 2) addReported(from, to, m, v, cue, participle ? 0.7 : 0.75, si);
            k = to;
            while (k < s.end() && t.token(k).isPunct(',')) k++;
        }
    }

    /** Verbs whose indefinite noun object is a thing, not words: "declared a dividend", "denied any wrongdoing", "announced a ban". */
    private static final Set<String> NOUN_OBJECT_LEMMAS = Words.setOf("declare", "deny", "announce");

    /**
     * Content at {@code r} that is a clause: after "that" or a colon, at a quotation mark or a question word, or with
     * an auxiliary among its first words before a comma ("the fares were set too high").
     */
    private boolean opensClause(Range s, int r) {
        Token before = t.token(r - 1);
        if (before.is("that") || before.isPunct(':') || t.token(r).kind() == TokenKind.QUOTE || QUESTION_WORDS.contains(t.token(r).lower())) return true;
        for (int k = r; k < s.end() && k < r + 6; k++) {
            Token y = t.token(k);
            if (y.kind() != TokenKind.WORD) return false;
            if (Lexicon.AUXILIARIES.contains(y.lower()) && !y.is("also") && !y.is("not") || y.lower().endsWith("'d") || y.lower().endsWith("\u2019d")) return true;
        }
        return false;
    }

    /** Forms of "be" that make an -ing form progressive: "is saying", "were warning", "isn't saying". */
    private static final Set<String> BE = Words.setOf("is", "are", "was", "were", "am", "be", "been", "isn't", "isn\u2019t",
            "aren't", "aren\u2019t", "wasn't", "wasn\u2019t", "weren't", "weren\u2019t");

    /** "is declaring", "is also asking", "has been warning": a form of "be" before the -ing form, past adverbs. */
    private boolean progressive(int v, Range s) {
        for (int k = v - 1; k >= s.start() && v - k <= 3; k--) {
            Token y = t.token(k);
            if (y.kind() != TokenKind.WORD || inDirect(k)) return false;
            if (BE.contains(y.lower())) return !y.is("being");
            if (!Lexicon.AUXILIARIES.contains(y.lower()) || Lexicon.isDeterminer(y.lower())) return false;
        }
        return false;
    }

    /**
     * The person a sentence blames or praises for words ("reprimand its treasurer, Gary Lindholm, for saying", "Moriarty
     * was criticised by the union for saying"): the nearest name before {@code forToken} that is no agent after "by".
     */
    private Mention blamedFor(int forToken, Range s) {
        for (int j = forToken - 1; j >= s.start() && forToken - j <= 15; j--) {
            if (inDirect(j)) return null;
            Mention n = mentions.nameAt(j);
            if (n == null || n.start() != j || n.organization()) continue;
            if (j > s.start() && t.token(j - 1).is("by")) continue;
            return n;
        }
        return null;
    }

    private static final Set<String> PASSIVE_ADDRESSED = Words.setOf("told", "assured", "informed", "warned", "reminded");

    /** "councillors were told that ...", "residents were warned": who was told is no speaker. */
    private boolean passiveTell(int v, Range s) {
        return PASSIVE_ADDRESSED.contains(t.token(v).lower()) && passive(v, s);
    }

    /** "and that", "but that" at {@code j}: a second complement clause of the same verb. */
    private boolean secondThat(int j) {
        return SPLIT_THAT && (t.token(j).is("and") || t.token(j).is("but")) && j + 1 < t.size() && t.token(j + 1).is("that") && !inDirect(j);
    }

    /**
     * "a bill supporters say will ... but that opponents warned could ...": the clause after "and that" / "but that" at
     * {@code j} opens with people and a speech verb of their own, so it is their report, not the first verb's.
     */
    private boolean ownSpeakerAfterThat(int j) {
        for (int k = j + 3; k < t.size() && k <= j + 5; k++) {
            Token y = t.token(k);
            if (y.kind() != TokenKind.WORD || Lexicon.AUXILIARIES.contains(y.lower())) return false;
            if (y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null && t.token(k - 1).isLowerWord()
                    && (WordClasses.isPersonPlural(t.token(k - 1).lower()) || Lexicon.GROUP_ROLES.contains(t.token(k - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "said X and that Y" makes two quotes. The own sets annotate one statement per clause; PolNeAR one content
     * per cue (so its F1 at overlap 0.8 is about 0.01 lower with the split). One statement per quote is what review and
     * the contradiction finder work on.
     */
    static final boolean SPLIT_THAT = true;

    /**
     * "described the offer as “simply unaffordable”", "called her novel, “Triage,” “a book of ...”", "accused the cabinet
     * of “governing by spreadsheet”": the end (after the closing mark) of the quoted label that follows a short object,
     * directly or after "as" or "of", which is where a description in someone's words ends; -1 when there is none.
     */
    private int quotedLabelEnd(Range s, int r) {
        for (int k = r + 1; k < s.end() && k < r + 20; k++) {
            Token y = t.token(k);
            if (y.isTerminal() || y.isPunct(';') || y.isPunct(':')) return -1;
            if (!inDirect(k)) continue;
            QuoteSpan q = direct.get(directAt[k]);
            if (q.outerStart() != k || q.closeMark() < 0) return -1;
            // a title in the object ("her novel, “Triage,”") is followed by the label itself
            int next = q.outerEnd();
            if (next < s.end() && inDirect(next) && direct.get(directAt[next]).outerStart() == next
                    && direct.get(directAt[next]).closeMark() >= 0) return direct.get(directAt[next]).outerEnd();
            Token before = t.token(k - 1);
            boolean joined = before.is("as") || before.is("of") || before.kind() == TokenKind.WORD || before.isPunct(',');
            return joined ? q.outerEnd() : -1;
        }
        return -1;
    }

    /**
     * "described the offer as a bribe", "has described himself as a moderate", "described how the fire spread": a
     * description in the speaker's words, an object with its "as" complement or a clause opened by a question word;
     * not the passive "was described as" nor "described by friends as".
     */
    private boolean describedAs(Range s, int v, int r) {
        if (passive(v, s) || inDirect(r)) return false;
        String first = t.token(r).lower();
        if (first.equals("how") || first.equals("what") || first.equals("why")) return r + 1 < s.end() && !t.token(r + 1).isTerminal();
        if (Lexicon.PREPOSITIONS.contains(first) || first.equals("as")) return false;
        for (int k = r + 1; k < s.end() && k <= r + 10; k++) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() == TokenKind.PUNCT || y.kind() == TokenKind.QUOTE) return false;
            String l = y.lower();
            if (l.equals("as")) return k + 1 < s.end() && t.token(k + 1).kind() == TokenKind.WORD && !t.token(k + 1).is("well");
            if (y.isLowerWord() && (Lexicon.AUXILIARIES.contains(l) || SpeechVerbs.lemma(l) != null)) return false;
        }
        return false;
    }

    /** "was described", "were told": a form of "be" (adverbs aside) before the verb. */
    private boolean passive(int v, Range s) {
        int k = v - 1;
        while (k >= s.start() && t.token(k).isLowerWord() && t.token(k).lower().endsWith("ly")) k--;
        return k >= s.start() && (BE.contains(t.token(k).lower()) || t.token(k).is("being"));
    }

    /** End of the noun phrase starting at {@code from}: the next comma, dash, bracket or sentence end; -1 if too long. */
    private int phraseEnd(int from, Range s) {
        for (int k = from; k < s.end() && k < from + 30; k++) {
            Token y = t.token(k);
            boolean initial = y.isPunct('.') && k > from && t.token(k - 1).text().length() == 1 && t.token(k - 1).isCapitalized();
            if (y.isPunct(',') || y.isPunct(';') || y.isPunct(':') || y.isPunct('(') || y.isTerminal() && !initial
                    || y.kind() == TokenKind.QUOTE || inDirect(k) || Dateline.DASHES.contains(y.text())) return k;
        }
        return s.end() <= from + 30 ? s.end() : -1;
    }


    /**
     * Any noun phrase between the start of the clause and the verb: "Almost half of respondents said", "Jane Doe,
     * who ran the office for years, said". A person's name at its start is the speaker; otherwise the phrase is.
     */
    private Subject phraseSubject(int v, Range s) {
        int e = skipParticipleLeft(skipAuxLeft(v - 1, s), s);
        if (e < s.start()) return null;
        Token last = t.token(e);
        if (last.is("and") || last.is("or") || last.is("who") || last.is("which") || last.is("that")) return null;
        // "The plan follows comments by ...": a plural noun after a verb, not a verb after its subject
        String form = t.token(v).lower();
        if (SpeechVerbs.mayBeNoun(form)) return null;
        Mention share = share(contentStartOfSentence(s), e + 1, s);
        if (share == null) share = shareAfterClause(e, s);
        if (share != null) return new Subject(share, false);
        if (form.endsWith("s") && last.isLowerWord() && last.lower().endsWith("s") && !last.lower().endsWith("ss") && e > s.start()) {
            Token before = t.token(e - 1);
            if (!(before.kind() == TokenKind.POSSESSIVE || Lexicon.isDeterminer(before.lower()) || Lexicon.PREPOSITIONS.contains(before.lower()))) return null;
        }
        int r = afterVerb(v);
        // "said about the plan" is no report, but "said about 28 per cent of ..." is: a hedge before a number
        boolean hedgedNumber = r + 1 < s.end() && HEDGES.contains(t.token(r).lower()) && t.token(r + 1).kind() == TokenKind.NUMBER;
        if (r < s.end() && Lexicon.PREPOSITIONS.contains(t.token(r).lower()) && !TAIL_LEADS.contains(t.token(r).lower()) && !hedgedNumber) return null;
        int cs = Clauses.start(t, s, e + 1);
        if (cs < 0) cs = Clauses.bareSubject(t, s, e + 1);
        if (cs < 0 || cs > e) return null;
        cs = afterCoordinatedClause(cs, e);
        cs = afterSubordinator(cs, e);
        // "..., which the platforms say makes ...": the relative pronoun is what is said, the subject follows it
        if (cs < e && (t.token(cs).is("which") || t.token(cs).is("whom")) && t.token(cs).isLowerWord()) cs++;
        if (e + 1 - cs > 30) return null;
        // "He could fare well ...": a clause with its own subject, not a noun phrase; "There were ..." has none
        if (MentionIndex.isPronoun(t.token(cs).lower()) || t.token(cs).is("i") || t.token(cs).is("there")) return null;
        // "..., said the company's chief, Jane Doe.": the speaker follows the verb
        Mention inverted = mentions.startingAt(r, s);
        if (inverted != null && inverted.extendedEnd() >= s.end() - 1) return null;
        return subjectPhrase(cs, e, s);
    }

    /**
     * "Shares of Kuberan Securities fell 7% after the discount broker disclosed that ...": the speaker is the subject
     * of the clause the conjunction opens, not everything before the verb.
     */
    private int afterSubordinator(int cs, int e) {
        for (int k = e - 1; k > cs; k--) {
            Token y = t.token(k);
            // "... but that opponents warned could ...": "that" opens a clause whose subject is a bare plural for people
            boolean that = y.is("that");
            if (inDirect(k) || !y.isLowerWord() || !SUBORDINATORS.contains(y.lower()) && !that || y.is("if") || y.is("unless")) continue;
            Token next = t.token(k + 1);
            // "... have been rejected after fishermen warned": a bare plural for people, with at most an adjective
            // ("after residents of several localities complained": or such a plural first, with what it is of)
            boolean people = next.isLowerWord() && (e - (k + 1) <= 1 && t.token(e).isLowerWord() && peopleNoun(t.token(e).lower())
                    || peopleNoun(next.lower()) && k + 2 <= e && t.token(k + 2).is("of"));
            boolean opensSubject = Lexicon.isDeterminer(next.lower()) && !next.is("that") || next.isCapitalized()
                    || next.kind() == TokenKind.POSSESSIVE || people;
            if (that && !people) continue;
            return opensSubject && k + 1 <= e ? k + 1 : cs;
        }
        return cs;
    }

    private static boolean peopleNoun(String lower) {
        return WordClasses.isPersonPlural(lower) || Lexicon.GROUP_ROLES.contains(lower);
    }

    /**
     * "Lines have cancelled 23 sailings around Lunar New Year, and forwarders say ...": after ", and" or ", but" that
     * follows a clause of its own (a verb, number or preposition in it), the subject starts anew; a list of names
     * ("Ames, Bell, and Cole said") does not.
     */
    private int afterCoordinatedClause(int cs, int e) {
        for (int k = e - 1; k > cs + 1; k--) {
            if (!(t.token(k).is("and") || t.token(k).is("but")) || !t.token(k - 1).isPunct(',')) continue;
            for (int j = cs; j < k - 1; j++) {
                Token y = t.token(j);
                String l = y.lower();
                if (y.kind() == TokenKind.NUMBER || y.isLowerWord() && (Lexicon.AUXILIARIES.contains(l) || Lexicon.PREPOSITIONS.contains(l)
                        || l.length() > 4 && l.endsWith("ed"))) return k + 1;
            }
            return cs;
        }
        return cs;
    }

    /** Words that hedge a share: "nearly half", "about 4 in 10", "more than a third". */
    private static final Set<String> HEDGES = Words.setOf("about", "nearly", "almost", "roughly", "around", "only", "just",
            "some", "more", "fewer", "less", "than", "over", "under", "barely", "fully", "approximately", "a", "the",
            "and", "but", "yet", "still", "overall", "another", "exactly");

    /** Words that count people: "half", "most", "a majority of", "one in three". */
    private static final Set<String> SHARES = Words.setOf("half", "most", "majority", "majorities", "minority", "plurality",
            "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "all", "none", "many", "few", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "percent", "dozens", "hundreds", "thousands");

    /**
     * "Nearly half said", "About 4 in 10 say", "One in three said", "75 percent of Democrats said": a share of people,
     * hedged or not, between {@code from} and the verb at {@code to}; null when the words are anything else.
     */
    private Mention share(int from, int to, Range s) {
        int k = from;
        while (k < to && t.token(k).kind() == TokenKind.WORD && HEDGES.contains(t.token(k).lower())) k++;
        if (k >= to || inDirect(k)) return null;
        Token first = t.token(k);
        if (first.kind() != TokenKind.NUMBER && !(first.kind() == TokenKind.WORD && SHARES.contains(first.lower()))) return null;
        for (int j = k; j < to; j++) {
            Token y = t.token(j);
            if (inDirect(j) || consumed[j] || y.kind() == TokenKind.QUOTE || y.isTerminal() || y.isPunct(',') || y.isPunct(';')
                    || y.isPunct(':')) return null;
            String l = y.lower();
            if (y.kind() == TokenKind.WORD && y.isLowerWord() && (SpeechVerbs.lemma(l) != null || Lexicon.AUXILIARIES.contains(l)
                    || l.equals("who") || l.equals("that") || l.equals("which"))) return null;
            // "four days after the two companies announced": a span of time before a clause, not a share of people
            if (y.kind() == TokenKind.WORD && y.isLowerWord() && SUBORDINATORS.contains(l)) return null;
        }
        return mentions.phrase(from, to);
    }

    /** Words that close a clause of the writer's before a share that speaks: "...; 46 percent said", "while 22 percent said". */
    private static final Set<String> BEFORE_SHARE = Words.setOf("while", "whereas", "though", "although", "but", "and", "yet");

    /**
     * "..., while 22 percent said they ...", "...; 46 percent said ...": a share that opens a clause inside the sentence,
     * after a semicolon, a comma or a conjunction, within a few words before the verb; null when there is none.
     */
    private Mention shareAfterClause(int e, Range s) {
        for (int k = e; k > s.start() && e - k < 10; k--) {
            Token before = t.token(k - 1);
            if (inDirect(k - 1)) return null;
            if (before.isPunct(';') || before.isPunct(',') || before.kind() == TokenKind.WORD && BEFORE_SHARE.contains(before.lower())) {
                Mention m = share(k, e + 1, s);
                if (m != null) return m;
            }
        }
        return null;
    }

    /** "with three in 10 saying": the share that a participle after "with" has for its subject, or null. */
    private Mention absoluteShare(int v, Range s) {
        // "with all precincts reporting, the race ...": no content follows
        if (v + 1 >= s.end() || t.token(v + 1).isPunct(',') || t.token(v + 1).isTerminal()) return null;
        for (int k = v - 2; k >= s.start() && v - k <= 8; k--) {
            if (t.token(k).is("with")) return share(k + 1, v, s);
            if (!(t.token(k).kind() == TokenKind.WORD || t.token(k).kind() == TokenKind.NUMBER)) return null;
        }
        return null;
    }

    /**
     * "with a judge describing ...", "with Judge Jane Doe saying ...": the person named or described between a "with"
     * that follows a comma and the participle at {@code v}; null otherwise.
     */
    private Mention absoluteSpeaker(int v, Range s) {
        if (v + 1 >= s.end() || t.token(v + 1).isPunct(',') || t.token(v + 1).isTerminal()) return null;
        for (int k = v - 2; k > s.start() && v - k <= 6; k--) {
            Token y = t.token(k);
            if (y.is("with")) {
                if (!t.token(k - 1).isPunct(',')) return null;
                Mention n = mentions.startingAt(k + 1, s);
                if (n == null) n = mentions.phrase(k + 1, v);
                if (n == null || n.end() != v && Math.max(n.coreEnd(), n.extendedEnd()) != v) return null;
                boolean person = n.kind() == Mention.Kind.NAME ? !n.organization()
                        : n.kind() == Mention.Kind.DESCRIPTION && n.head() != null && WordClasses.mayNamePerson(n.head());
                return person ? n : null;
            }
            if (y.kind() != TokenKind.WORD || inDirect(k) || consumed[k]) return null;
        }
        return null;
    }

    /** The subject spanning {@code cs..e}: a name or description at its start when apposed, else the phrase. */
    private Subject subjectPhrase(int cs, int e, Range s) {
        for (int k = cs; k <= e; k++) {
            Token y = t.token(k);
            if (inDirect(k) && QuotedFragments.nickname(t, direct.get(directAt[k]))) continue;
            if (y.kind() == TokenKind.QUOTE || inDirect(k) || y.isTerminal() || y.isPunct(';') || y.isPunct(':')
                    || consumed[k] || y.kind() == TokenKind.WORD && y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null
                    && !nounInSubject(cs, k)) return null;
        }
        Token first = t.token(cs);
        if (first.kind() != TokenKind.NUMBER && first.kind() != TokenKind.WORD) return null;
        // "Her assistant, Femi Adeyemi, said", "The warehouse owner, Greenfield Logistics, said": a name set off
        // by commas after the phrase is who the phrase describes
        for (int k = cs + 1; k < e; k++) {
            if (!t.token(k).isPunct(',')) continue;
            Mention n = mentions.nameAt(k + 1);
            // "..., Mr Dele Okon, said": the name may open with its form of address or title
            if (n == null && mentions.startingAt(k + 1, s) instanceof Mention titled && titled.kind() == Mention.Kind.NAME) n = titled;
            // "Another analyst, Tomás Ferreira of Stifel, said": with the organisation the name is "of"
            int nameEnd = n == null ? -1 : Math.max(n.coreEnd(), n.extendedEnd());
            if (n != null && nameEnd < e && (t.token(nameEnd).is("of") || t.token(nameEnd).is("at") || t.token(nameEnd).is("from"))) {
                int w = nameEnd + 1;
                while (w < e + 1 && (t.token(w).isCapitalized() || t.token(w).is("the"))) w++;
                if (w > nameEnd + 1) nameEnd = w;
            }
            if (n != null && n.kind() == Mention.Kind.NAME && (n.coreEnd() == e + 1 || n.coreEnd() == e && t.token(e).isPunct(',')
                    || nameEnd == e + 1 || nameEnd == e && t.token(e).isPunct(','))) {
                return new Subject(n, false);
            }
            Mention after = n == null ? afterIntroductoryPhrase(cs, k, e, s) : null;
            if (after != null) return new Subject(after, false);
            break;
        }
        Mention m = mentions.startingAt(cs, s);
        if (m != null && m.end() <= e + 1 && m.kind() != Mention.Kind.PRONOUN) {
            int after = m.kind() == Mention.Kind.NAME ? m.coreEnd() : m.end();
            Token next = after <= e ? t.token(after) : null;
            // a sentence-initial capital ("Almost half of ...") is no name when lower-case words run on from it
            boolean apposed = next == null || next.isPunct(',') || next.isPunct('(')
                    || m.kind() == Mention.Kind.NAME && !m.organization() && (next.is("of") || next.is("from"));
            if (apposed) return new Subject(m, false);
        }
        // "Talk show host Jane Doe, who ...": a person's name that ends the phrase's first part
        for (int k = cs; k <= e && !t.token(k).isPunct(','); k++) {
            Mention n = mentions.nameAt(k);
            if (n == null || n.kind() != Mention.Kind.NAME || n.organization() || n.coreEnd() > e + 1) continue;
            if (n.coreEnd() == e + 1 || t.token(n.coreEnd()).isPunct(',') || t.token(n.coreEnd()).isPunct('(')) return new Subject(n, false);
        }
        // "the party's Jane Doe", "longtime friend Jane Doe": a person's name that ends the phrase
        Mention n = mentions.endingAt(e + 1, s);
        if (n != null && n.kind() == Mention.Kind.NAME && !n.organization() && n.start() >= cs) return new Subject(n, false);
        Mention p = mentions.phrase(cs, e + 1);
        return p == null ? null : new Subject(p, false);
    }

    /**
     * "Many days, former employees said, she would ...", "In private, aides say, ...": after a comma that closes a phrase
     * which names nobody, a phrase whose head can speak and which runs to the verb is the subject; null otherwise.
     */
    private Mention afterIntroductoryPhrase(int cs, int comma, int e, Range s) {
        if (comma + 1 > e) return null;
        for (int k = comma + 1; k <= e; k++) {
            if (t.token(k).kind() != TokenKind.WORD && t.token(k).kind() != TokenKind.NUMBER) return null;
        }
        Mention before = mentions.phrase(cs, comma);
        if (before == null || speakerHead(before) || mentions.startingAt(cs, s) instanceof Mention named && named.end() <= comma) return null;
        Mention after = mentions.phrase(comma + 1, e + 1);
        return after != null && speakerHead(after) && !t.token(comma + 1).isCapitalized() ? after : null;
    }

    /**
     * The noun phrase that opens the clause, for ", saying ..." after a subject no sieve knows: an article or
     * capitalised words, then at most one lower-case noun ("The departments declined ..., saying").
     */
    private Mention leadingPhrase(Range s, int before) {
        int cs = Clauses.start(t, s, before);
        if (cs < 0) return null;
        int k = cs;
        boolean lower = false;
        while (k < before) {
            Token y = t.token(k);
            String l = y.lower();
            if (k == cs && Lexicon.isDeterminer(l) || y.isCapitalized() || y.kind() == TokenKind.POSSESSIVE || y.kind() == TokenKind.NUMBER) {
                if (lower) break;
                k++;
            } else if (!lower && y.isLowerWord() && k > cs && !Lexicon.AUXILIARIES.contains(l) && !l.endsWith("ed")
                    && SpeechVerbs.lemma(l) == null && !Lexicon.PREPOSITIONS.contains(l)) {
                lower = true;
                k++;
            } else {
                break;
            }
        }
        if (k == cs || k >= before || !t.token(k).isLowerWord() || MentionIndex.isPronoun(t.token(cs).lower())) return null;
        return mentions.phrase(cs, k);
    }

    /** "Noting that C, the spokesman said ...": content up to the comma before the main clause's speaking subject. */
    private void introParticiple(Range s, int si, int v) {
        int r = v + 1;
        if (SpeechVerbs.needsParticle(lemma(v))) r++;
        if (r < s.end() && t.token(r).is("that")) r++;
        for (int k = r + 1; k < s.end() - 1; k++) {
            if (!t.token(k).isPunct(',')) continue;
            Mention m = mentions.startingAt(k + 1, s);
            if (m == null) continue;
            int w = m.extendedEnd();
            while (w < s.end() && t.token(w).kind() == TokenKind.WORD && (Lexicon.AUXILIARIES.contains(t.token(w).lower())
                    || t.token(w).lower().endsWith("ly"))) w++;
            if (w < s.end() && SpeechVerbs.lemma(t.token(w).lower()) != null && !inDirect(w)) {
                if (k - r >= 2) addReported(r, k, m, v, cueText(v), 0.7, si);
                return;
            }
        }
    }

    /** First content token after verb {@code v}, or -1 when the verb has no content on its right. */
    private int contentStart(Range s, int v) {
        int r = afterVerb(v);
        if (r >= s.end()) return -1;
        String lemma = lemma(v);
        int opener = openerAfterManner(s, r);
        if (opener >= 0) {
            r = opener;
        } else if (SpeechVerbs.takesAddressee(lemma) && !(FINITE_AUXILIARIES.contains(t.token(r).lower()) && t.token(r).isLowerWord())) {
            // ("a rule that critics warned could ...": a finite verb right after it is the content's, no addressee came)
            // "told the hearing the council had been aware of “some confusion”": the clause after the addressee, not the
            // quoted words inside it
            int found = afterAddressee(s, r);
            if (found < 0) found = contentOpener(s, r, 15, false);
            if (found < 0) return -1;
            r = found;
        } else if (TAIL_LEADS.contains(t.token(r).lower()) && !t.token(r).is("that") && !demonstrativeSubject(r, s)) {
            int found = contentOpener(s, r, 14, true);
            if (found < 0) found = pronounAfterTail(s, r);
            if (found < 0) found = clauseAfterDay(s, r);
            if (found < 0) return -1;
            r = found;
        }
        // "calling that design choice “non-negotiable”": after a verb that names, "that" is the object's determiner
        boolean naming = SpeechVerbs.namingLemma(t.token(v).lower()) != null;
        // "said that is unlikely": before a finite auxiliary "that" is the content's subject, not its conjunction
        while (r < s.end() && (t.token(r).is("that") && !naming && !(r + 1 < s.end() && FINITE_AUXILIARIES.contains(t.token(r + 1).lower()))
                || t.token(r).isPunct(',') || t.token(r).isPunct(':'))) r++;
        if (r >= s.end() || t.token(r).isTerminal()) return -1;
        return r;
    }

    /**
     * "responded pointedly, with a smile: “…”", "argued emphatically - rebuking him by name - that ...", "said — on
     * Twitter, as it happens — that ...": after the verb's manner adverbs and an aside set off by commas or dashes, the
     * content opens at "that", a colon or a quotation mark; -1 when no such opener follows them.
     */
    private int openerAfterManner(Range s, int r) {
        int k = r;
        while (k < s.end() && t.token(k).isLowerWord() && t.token(k).lower().endsWith("ly") && t.token(k).lower().length() > 3
                && !inDirect(k)) k++;
        // a comma after the verb may also close the attribution itself ("The source, members say, is manifold: ..."):
        // only a prepositional aside ("with a smile", "as it happens") is the verb's
        boolean aside = k + 1 < s.end() && t.token(k).isPunct(',') && (Lexicon.PREPOSITIONS.contains(t.token(k + 1).lower()) || t.token(k + 1).is("as"));
        if (k < s.end() && (aside || Dateline.DASHES.contains(t.token(k).text())) && !inDirect(k)) {
            String mark = t.token(k).text();
            int close = k + 1;
            while (close < s.end() && close - k <= 12 && !t.token(close).text().equals(mark) && !t.token(close).isPunct(':')
                    && !inDirect(close) && !t.token(close).isTerminal()) close++;
            if (close >= s.end() || close - k > 12 || inDirect(close) || t.token(close).isTerminal()) return -1;
            k = t.token(close).isPunct(':') ? close : close + 1;
        }
        if (k == r || k >= s.end()) return -1;
        Token y = t.token(k);
        if (y.is("that") || y.isPunct(':')) return k + 1 < s.end() ? k + 1 : -1;
        return y.kind() == TokenKind.QUOTE && inDirect(k) ? k : -1;
    }

    /**
     * "say this is a rough patch", "said this would ...": "this" after the verb opens the content when an auxiliary
     * follows it, unlike "said this week".
     */
    private boolean demonstrativeSubject(int r, Range s) {
        if (!t.token(r).is("this") || r + 1 >= s.end()) return false;
        Token y = t.token(r + 1);
        return FINITE_AUXILIARIES.contains(y.lower());
    }

    private static final Set<String> FINITE_AUXILIARIES = Words.setOf("is", "was", "will", "would", "could", "can", "may",
            "might", "should", "has", "had", "does", "did", "must", "isn't", "wasn't", "won't", "wouldn't", "doesn't",
            "are", "were", "have");

    /**
     * Where the content opens within {@code window} tokens from {@code r}: after "that" or a colon, or at a quotation
     * mark; -1 when none does before the sentence ends (or, with {@code stopAtVerb}, before another speech verb).
     */
    private int contentOpener(Range s, int r, int window, boolean stopAtVerb) {
        int limit = Math.min(s.end(), r + window);
        for (int k = r; k < limit; k++) {
            Token x = t.token(k);
            if (x.is("that") || x.isPunct(':')) return k + 1;
            if (x.kind() == TokenKind.QUOTE) return k;
            if (x.isTerminal() || stopAtVerb && SpeechVerbs.lemma(x.lower()) != null && !nounUse(r, k)) return -1;
        }
        return -1;
    }

    /**
     * "The state secretary, Leif Dahl, said": in a subject, a speech word mostly used as a noun ("state"), or one right
     * after a determiner or possessive, is a noun, not a verb that ends the subject.
     */
    private boolean nounInSubject(int cs, int k) {
        String l = t.token(k).lower();
        if (SpeechVerbs.mostlyNoun(l)) return true;
        if (k <= cs) return false;
        Token prev = t.token(k - 1);
        return prev.kind() == TokenKind.POSSESSIVE || prev.kind() == TokenKind.WORD && Lexicon.isDeterminer(prev.lower())
                && !prev.is("that");
    }

    /** "said in a research note that": a speech word after a determiner or possessive in the same phrase is a noun. */
    private boolean nounUse(int from, int k) {
        for (int j = k - 1; j >= from; j--) {
            Token y = t.token(j);
            if (y.kind() == TokenKind.POSSESSIVE || y.kind() == TokenKind.WORD && Lexicon.isDeterminer(y.lower()) && !y.is("that")) return true;
            if (y.kind() == TokenKind.PUNCT || y.kind() == TokenKind.QUOTE) return false;
        }
        return false;
    }

    /** "said on Tuesday it had raised ...": a short phrase after the verb, then a clause opened by a subject pronoun. */
    private int pronounAfterTail(Range s, int r) {
        for (int k = r + 1; k < s.end() && k <= r + 5; k++) {
            Token y = t.token(k);
            if (y.kind() != TokenKind.WORD && y.kind() != TokenKind.NUMBER || inDirect(k)) return -1;
            if (SUBJECT_PRONOUNS.contains(y.lower()) && !y.is("you")) return k + 1 < s.end() && t.token(k + 1).isLowerWord() ? k : -1;
            if (SpeechVerbs.lemma(y.lower()) != null) return -1;
        }
        return -1;
    }

    /** "said Tuesday her plan would ...", "said today the council ...": a clause right after a one-word day. */
    private int clauseAfterDay(Range s, int r) {
        String day = t.token(r).lower();
        if (!Lexicon.WEEKDAYS.contains(day) && !day.equals("today") && !day.equals("yesterday") && !day.equals("tonight")) return -1;
        int k = r + 1;
        if (k + 1 >= s.end() || inDirect(k) || t.token(k).kind() != TokenKind.WORD || t.token(k + 1).kind() != TokenKind.WORD) return -1;
        String l = t.token(k).lower();
        boolean opens = Lexicon.isDeterminer(l) && !l.equals("that") || t.token(k).isCapitalized() && !Lexicon.MONTHS.contains(l)
                && !Lexicon.PREPOSITIONS.contains(l);
        return opens ? k : -1;
    }

    private static final Set<String> OBJECT_PRONOUNS = Words.setOf("him", "her", "them", "us", "me", "you");
    private static final Set<String> SUBJECT_PRONOUNS = Words.setOf("he", "she", "they", "it", "we", "i", "you");

    /** "told the paper his firm had ...", "told her she ...": content right after the addressee, without "that". */
    private int afterAddressee(Range s, int r) {
        int a;
        Token x = t.token(r);
        // "have warned they will add ...": a subject pronoun opens the content, no addressee came
        if (x.isLowerWord() && SUBJECT_PRONOUNS.contains(x.lower()) && !OBJECT_PRONOUNS.contains(x.lower())) return r;
        if (OBJECT_PRONOUNS.contains(x.lower())) {
            a = r + 1;
        } else {
            Mention m = mentions.startingAt(r, s);
            if (m != null && m.kind() != Mention.Kind.PRONOUN) {
                a = m.extendedEnd();
            } else if (m == null && (WordClasses.isPersonPlural(x.lower()) || WordClasses.isPersonNoun(x.lower()))) {
                // "told reporters she ...", "told fans the ..."
                a = r + 1;
            } else if (m == null && Lexicon.isDeterminer(x.lower()) && !x.is("that")) {
                // "told the hearing the council ...", "told the annual meeting she ..."
                a = r + 1;
                while (a < s.end() && a - r <= 3 && t.token(a).isLowerWord() && !Lexicon.isDeterminer(t.token(a).lower())
                        && !Lexicon.PREPOSITIONS.contains(t.token(a).lower()) && !SUBJECT_PRONOUNS.contains(t.token(a).lower())
                        && SpeechVerbs.lemma(t.token(a).lower()) == null && !t.token(a).is("that")) a++;
                if (a == r + 1) return -1;
            } else {
                return -1;
            }
        }
        // "Instead, Trump told CNN, his policy would ...": the comma that closes an interrupting attribution
        if (a + 2 < s.end() && t.token(a).isPunct(',') && !inDirect(a + 1)) a++;
        if (a + 1 >= s.end()) return -1;
        Token y = t.token(a);
        String l = y.lower();
        boolean clause = SUBJECT_PRONOUNS.contains(l) || Lexicon.isDeterminer(l) && !l.equals("that") && !Lexicon.PREPOSITIONS.contains(l)
                || y.isCapitalized() && !Lexicon.MONTHS.contains(l) && !Lexicon.WEEKDAYS.contains(l);
        return clause && !inDirect(a) ? a : -1;
    }

    /**
     * End of reported content: sentence end, or before ", adding ..." / ", according to ...", or before a second
     * speech verb of the same subject ("... but insisted that ...", which reports a statement of its own).
     */
    private int contentEnd(Range s, int r) {
        return contentEnd(s, r, false);
    }

    /**
     * With {@code afterParticiple} the content is reported by a participle ("urging voters to ..."), and a second
     * participle after "and" ("... and promising to ...") is the writer's next clause about the speaker, not content.
     */
    private int contentEnd(Range s, int r, boolean afterParticiple) {
        int e = s.end();
        // "said he is “weak on immigration. Weak like a baby.”": a quotation the content opens runs past the sentence's
        // end, and the content runs to its closing mark
        if (inDirect(e - 1) && direct.get(directAt[e - 1]) instanceof QuoteSpan q && q.outerStart() >= r && q.closeMark() >= 0
                && q.outerEnd() > e) e = q.outerEnd();
        while (e > r && (t.token(e - 1).isTerminal() || t.token(e - 1).kind() == TokenKind.QUOTE && !inDirect(e - 1))) e--;
        boolean relative = false;
        for (int j = r + 1; j < e - 1; j++) {
            if (inDirect(j)) continue;
            // "heard Walmsley, who traded as Goldfields Homes, continued to ...": the comma that closes a relative
            // clause on the content's opening name goes back to the content's own verb
            if (relative && t.token(j).isPunct(',')) {
                relative = false;
                continue;
            }
            // "... had “grown the party,” claiming that ...": the comma before a closing mark ends the clause as well
            if (j - 2 > r && inDirect(j - 1) && t.token(j - 1).kind() == TokenKind.QUOTE && t.token(j - 2).isPunct(',')
                    && (participle(j) || opensAttribution(j, e))) {
                e = j;
                break;
            }
            // "...; rivals tally fewer": a semicolon opens the writer's next clause
            if (t.token(j).isPunct(';')) {
                e = j;
                break;
            }
            if (t.token(j).isPunct(',')) {
                Token y = t.token(j + 1);
                if (participle(j + 1) || y.is("according")) {
                    e = j;
                    break;
                }
                // ", but the board ...", ", while rivals ...": a contrasting clause is the writer's, unless said again
                // or unless it only finishes the statement's own predicate (", but not for ...", ", but also ...")
                if (CONTRAST.contains(y.lower()) && !contrastContinues(j + 1, e)) {
                    e = j;
                    break;
                }
                // "... would be Ortiz, who leads the count": a relative clause on a name the content ends with is
                // the writer's aside about that person, not what was said
                if (y.is("who") && t.token(j - 1).isCapitalized() && !inDirect(j - 1) && j - 1 > r) {
                    e = j;
                    break;
                }
                if (y.is("who") && j - 1 == r && t.token(r).isCapitalized()) relative = true;
                // ", and three in ten said ...", ", said one voter ...": the writer goes on to another attribution
                if (opensAttribution(j + 1, e)) {
                    e = j;
                    break;
                }
            } else if ((t.token(j).is("and") || t.token(j).is("but")) && (coordinatedSpeechVerb(j + 1, e) || secondThat(j)
                    || afterParticiple && secondParticiple(j + 1, e))) {
                e = j;
                break;
            }
        }
        while (e > r && (t.token(e - 1).isPunct(',') || t.token(e - 1).isPunct(';'))) e--;
        return e;
    }

    /**
     * "... and promising to ...", "... and chiding the media for ...": an -ing form right after a conjunction that takes
     * an object or clause of its own (a determiner, pronoun, "to" or "that" follows), or is a speech participle.
     */
    private boolean secondParticiple(int k, int end) {
        if (k + 1 >= end || inDirect(k) || !t.token(k).isLowerWord()) return false;
        if (participle(k)) return true;
        String form = t.token(k).lower();
        String next = t.token(k + 1).lower();
        return form.endsWith("ing") && form.length() >= 6 && (Lexicon.isDeterminer(next) && !next.equals("that")
                || OBJECT_PRONOUNS.contains(next) || next.equals("to") || next.equals("that"));
    }

    /** Words after "but" that finish the reported predicate rather than open the writer's own clause. */
    private static final Set<String> CONTINUING = Words.setOf("not", "also", "only", "rather", "instead", "still", "even",
            "because", "now", "never");

    /**
     * ", but not for ...", ", but only ...", ", but in states ...", ", but could not ...": after "but" {@code c}, a
     * negation, a focusing adverb, a prepositional phrase or a verb with no subject of its own goes on with what was said.
     */
    private boolean contrastContinues(int c, int end) {
        if (!t.token(c).is("but") || c + 1 >= end) return false;
        Token y = t.token(c + 1);
        if (inDirect(c + 1)) return true;
        if (!y.isLowerWord()) return false;
        String l = y.lower();
        // ", but hasn't decided ...", ", but couldn't provide ...": a negated auxiliary with no subject of its own
        if (CONTINUING.contains(l) || Lexicon.AUXILIARIES.contains(l) && !SUBJECT_PRONOUNS.contains(l) || l.endsWith("n't")) return true;
        return Lexicon.PREPOSITIONS.contains(l) && !y.is("to");
    }

    /**
     * ", and three in ten said ...", ", compared with 64 percent who say ...", ", said one voter": a clause after the
     * comma at {@code c - 1} that holds a finite speech verb of its own within a few words (not in a relative clause on
     * the last noun, ", which critics say ..."), so the content ends at the comma.
     */
    private boolean opensAttribution(int c, int end) {
        if (c >= end || t.token(c).is("which") || t.token(c).is("who")) return false;
        for (int k = c; k < end && k - c < 8; k++) {
            Token y = t.token(k);
            if (inDirect(k) || y.kind() == TokenKind.QUOTE || y.isPunct(',') || y.isPunct(':')) return false;
            if (y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null && !SpeechVerbs.mayBeNoun(y.lower())
                    && !SpeechVerbs.isParticiple(y.lower()) && !y.lower().endsWith("ing")) {
                return k + 1 >= end || !t.token(k + 1).isPunct(',');
            }
        }
        return false;
    }

    /** Conjunctions that open a subordinate clause before the main one: "While critics argue that ..., the mayor ...". */
    private static final Set<String> SUBORDINATORS = Words.setOf("while", "although", "though", "whereas", "when", "after",
            "before", "since", "because", "if", "once", "until", "unless");

    /**
     * "While critics argue that tolls hurt trade, the mayor has ...": a speech verb in a subordinate clause that opens the
     * sentence (after "But" or "After all," at most) reports up to the comma that closes the clause, where the writer's
     * main clause starts; {@code ce} when the verb is in no such clause.
     */
    private int endOfFrontedClause(Range s, int first, int v, int r, int ce) {
        int k = first;
        if (k < v && (t.token(k).is("but") || t.token(k).is("and") || t.token(k).is("yet"))) k++;
        int comma = k;
        while (comma < v && comma - k < 3 && !t.token(comma).isPunct(',')) comma++;
        // "After all, while ...": the clause may open after a short introductory phrase
        if (comma < v && t.token(comma).isPunct(',')) k = comma + 1;
        if (k >= v || !SUBORDINATORS.contains(t.token(k).lower())) return ce;
        for (int j = k + 1; j < v; j++) {
            if (t.token(j).isPunct(',') || inDirect(j)) return ce;
        }
        for (int j = r + 1; j < ce; j++) {
            if (!t.token(j).isPunct(',') || inDirect(j)) continue;
            int words = 0;
            for (int w = j + 1; w < s.end() && words < 2; w++) {
                if (t.token(w).kind() == TokenKind.WORD) words++;
            }
            return words >= 2 ? j : ce;
        }
        return ce;
    }

    /** "and later told ...", "but insisted ...": a finite speech verb (adverbs aside) right after a conjunction. */
    private boolean coordinatedSpeechVerb(int k, int end) {
        while (k < end && t.token(k).isLowerWord() && (t.token(k).lower().endsWith("ly") || Lexicon.AUXILIARIES.contains(t.token(k).lower()))) k++;
        if (k >= end || inDirect(k) || !t.token(k).isLowerWord()) return false;
        String form = t.token(k).lower();
        // "... had been damaged and called the situation “alarming”": a naming verb with its label is a statement too
        if (SpeechVerbs.namingLemma(form) != null) return quotedLabelEnd(t.sentence(t.sentenceOf(k)), k + 1) > 0;
        return SpeechVerbs.lemma(form) != null && !SpeechVerbs.mayBeNoun(form) && !SpeechVerbs.isParticiple(form)
                && !SpeechVerbs.isWeak(SpeechVerbs.lemma(form));
    }

    /**
     * "has said “the next president” should choose", "says “the wind is at our backs” despite his loss": the direct
     * quote at {@code r} ends inside the reported clause, which goes on with the writer's words right after the closing
     * mark (no comma or full stop closes the quote), so the content is the whole clause.
     */
    private boolean quoteOpensClause(int r, int ce) {
        if (!inDirect(r)) return false;
        QuoteSpan q = direct.get(directAt[r]);
        if (q.outerStart() != r || q.closeMark() < 0 || q.attributed() || q.outerEnd() >= ce) return false;
        Token last = t.token(q.closeMark() - 1);
        if (last.kind() == TokenKind.PUNCT) return false;
        Token next = t.token(q.outerEnd());
        return next.kind() == TokenKind.WORD && next.isLowerWord() && !inDirect(q.outerEnd());
    }

    /** When the content is a direct quote, attribute it instead of reporting the same words twice. */
    private boolean attributeDirectAt(int r, int ce, Mention m, int v, String cue, int si) {
        if (!inDirect(r)) return false;
        QuoteSpan q = direct.get(directAt[r]);
        if (q.outerStart() != r && q.contentStart() != r) return false;
        if (!q.attributed()) {
            q.attribute(m, v, cue, confidence(m, 0.9));
        }
        done(si, v, m);
        return true;
    }

    /**
     * "The plan, she said, would cost less", "If the vote fails, he said, “we start again”", "Now, she said, the two
     * don't mix": where a statement opens that its attribution interrupts, set off by commas after one word or more;
     * -1 when the verb does not interrupt one.
     */
    private int parentheticalOpening(Range s, Mention m, int v, int r, int first) {
        // "The fire has crossed the river, the service says, and spot fires ...": before a second clause of its own the
        // own sets see two statements (PolNeAR now one, now two); only a comma right before the speaker joins them
        boolean secondClause = t.token(r).is("and") || t.token(r).is("but");
        int comma = secondClause ? m.start() - 1 : subjectComma(m, first);
        if (comma - first < 1 || !t.token(comma).isPunct(',') || !t.token(r - 1).isPunct(',') || r - 1 - afterVerb(v) > 4) return -1;
        for (int k = m.end(); k < v; k++) {
            if (!t.token(k).isLowerWord()) return -1;
        }
        // "Sooner or later, the governor told reporters, “it starts to pay off”": an addressee or a short tail may follow
        // the verb inside the attribution
        for (int k = afterVerb(v); k < r - 1; k++) {
            if (t.token(k).kind() != TokenKind.WORD || inDirect(k) || t.token(k).is("that")) return -1;
        }
        // "Freeing her husband, he promised, was ...": what follows has no subject of its own, so the words before the
        // attribution are its subject whatever their form
        boolean subjectBefore = FINITE_AUXILIARIES.contains(t.token(t.token(r).kind() == TokenKind.QUOTE ? r + 1 : r).lower());
        // "Instead of calling himself a conservative, he said, “I'm a guy with common sense.”": a quotation that opens a
        // sentence of its own is all that was said, the words before it are the writer's
        if (inDirect(r) && r + 1 < s.end() && t.token(r + 1).isCapitalized()) return -1;
        // "Referring to the talks, she said, ...", "Asked about it, he said, ...": an introductory participle is the
        // writer's framing, not part of what was said
        String opener = t.token(first).lower();
        if (!subjectBefore && (opener.endsWith("ing") || opener.equals("asked") || SpeechVerbs.lemma(opener) != null)) return -1;
        int words = 0;
        for (int k = first; k < comma; k++) {
            Token y = t.token(k);
            if (consumed[k] || y.kind() == TokenKind.QUOTE || inDirect(k) || y.isPunct(';') || y.isPunct(':')) return -1;
            if (y.kind() == TokenKind.WORD) words++;
        }
        return words >= 1 ? first : -1;
    }

    /**
     * The comma before the subject of verb-interrupting attribution {@code m}: "those Democrats argued", "people close
     * to the vice president said" begin before the mention the speaker was found in.
     */
    private int subjectComma(Mention m, int first) {
        int comma = m.start() - 1;
        while (comma > first && m.start() - comma <= 6 && t.token(comma).isLowerWord() && !inDirect(comma)) comma--;
        return comma;
    }

    private void addReported(int from, int to, Mention m, int v, String cue, double conf, int si) {
        addReported(from, to, m, v, cue, conf, si, false);
    }

    /** With {@code interrupted} the attribution may stand inside the content ("The plan, she said, would ..."). */
    private boolean addReported(int from, int to, Mention m, int v, String cue, double conf, int si, boolean interrupted) {
        while (to > from && (t.token(to - 1).isPunct(',') || t.token(to - 1).isPunct(';'))) to--;
        while (from < to && (t.token(from).isPunct(',') || t.token(from).isPunct(':'))) from++;
        if (to - from < 2) return false;
        // the content must not overlap the mention or another quote's content
        for (int i = from; i < to; i++) {
            if (consumed[i]) return false;
        }
        if (m.start() >= from && m.start() < to && !interrupted) return false;
        QuoteSpan q = QuoteSpan.reported(from, to, QuoteType.INDIRECT);
        boolean mixed = false;
        for (int i = from; i < to; i++) {
            if (inDirect(i)) {
                QuoteSpan d = direct.get(directAt[i]);
                if (d.outerStart() >= from && d.outerEnd() <= to + 1) {
                    mixed = true;
                    d.absorb();
                }
            }
        }
        if (mixed) q.setType(QuoteType.MIXED);
        q.attribute(m, v, cue, confidence(m, mixed ? conf - 0.05 : conf));
        reported.add(q);
        for (int i = from; i < to; i++) consumed[i] = true;
        done(si, v, m);
        return true;
    }

    private void done(int si, int v, Mention m) {
        handledVerb[v] = true;
        lastSubject = m;
        lastSubjectSentence = si;
        speakingSubjects.add(m);
    }

    private String cueText(int v) {
        int end = afterVerb(v);
        return t.span(v, end);
    }

    private static double confidence(Mention m, double base) {
        return switch (m.kind()) {
            case NAME -> base;
            case DESCRIPTION -> base - 0.1;
            case PRONOUN -> base - 0.15;
        };
    }
}

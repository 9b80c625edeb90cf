package org.verbatim.extraction.lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verbs that report speech or writing, with their inflected forms generated from the lemma.
 * Cognitive verbs (think, believe) are left out on purpose: they attribute opinions, not words.
 */
public final class SpeechVerbs {

    /** Forms of verbs that report statements. */
    private static final Set<String> LEMMAS = Words.setOf(
            "say", "tell", "add", "state", "stress", "note", "emphasize", "emphasise", "claim", "announce", "explain",
            "insist", "argue", "warn", "deny", "confirm", "reiterate", "tweet", "write", "assert", "declare", "maintain",
            "acknowledge", "admit", "suggest", "urge", "reply", "respond", "answer", "comment", "remark", "report",
            "specify", "underline", "underscore", "predict", "promise", "vow", "pledge", "recall", "mention", "observe",
            "contend", "concede", "complain", "charge", "allege", "testify", "quip", "joke", "disclose", "reveal",
            "assure", "inform", "clarify", "highlight", "caution", "boast", "lament", "recount", "conclude", "proclaim",
            "affirm", "retort", "exclaim", "counter", "continue", "point", "elaborate", "posit", "hint", "reaffirm",
            "told", "tell", "wrote", "post", "ask", "wonder", "plead", "shout", "scoff", "snap", "chime", "indicate", "demand", "describe", "characterize", "characterise",
            "advise");

    /** Verbs that only count as speech when the attribution follows the quote (", he continued.") or a colon. */
    private static final Set<String> WEAK = Words.setOf("continue", "post", "indicate", "demand", "describe", "characterize",
            "characterise", "counter", "answer", "charge", "conclude", "hint", "ask", "wonder", "plead", "shout", "scoff",
            "snap", "chime", "advise");

    /**
     * Verbs that name what their object is, in someone's words: "called the plan “a disaster”", "accused the cabinet
     * of “governing by spreadsheet”". They report speech only with such a quotation, so they are no speech verbs of their
     * own ("a device called Halo", "the label"): {@link #namingLemma} knows them apart.
     */
    private static final Set<String> NAMING = Words.setOf("call", "brand", "dub", "label", "accuse");

    private static final Map<String, String> NAMING_FORMS = new HashMap<>();

    /** Verbs whose first complement is the addressee: "told reporters that ...". */
    private static final Set<String> ADDRESSEE_FIRST = Words.setOf("tell", "assure", "inform", "warn", "urge", "remind");

    /** Verbs whose third-person form is as often a plural noun: "crude remarks", "the reports". */
    private static final Set<String> NOUN_LIKE = Words.setOf("remark", "comment", "report", "claim", "note", "state",
            "tweet", "post", "answer", "charge", "demand", "promise", "pledge", "reply", "quip", "joke", "boast",
            "lament", "retort", "counter", "point", "hint", "plea", "vow", "warning", "statement", "concede");

    private static final Set<String> DOUBLING = Words.setOf("admit", "quip", "commit", "rebut", "refer", "regret", "omit", "submit");

    private static final Map<String, String> FORMS = new HashMap<>();

    /**
     * "estimated that", "submitted that", "accepted that", "agreed that", "proposed that": verbs that report words only
     * before a that-clause ("the court", "her counsel", "the witness" in a hearing), never with a noun object ("accepted
     * the offer", "agreed that deal").
     */
    private static final Set<String> THAT_CLAUSE_ONLY = Words.setOf("estimate", "submit", "accept", "agree", "propose",
            "repeat");

    private static final Map<String, String> THAT_CLAUSE_FORMS = new HashMap<>();

    static {
        for (String lemma : LEMMAS) {
            for (String form : forms(lemma)) FORMS.putIfAbsent(form, lemma);
        }
        for (String f : new String[]{"said", "says", "saying", "say"}) FORMS.put(f, "say");
        for (String f : new String[]{"told", "tells", "telling", "tell"}) FORMS.put(f, "tell");
        for (String f : new String[]{"wrote", "written", "writes", "writing", "write"}) FORMS.put(f, "write");
        for (String f : new String[]{"found", "finds", "finding", "find"}) FORMS.put(f, "find");
        for (String lemma : THAT_CLAUSE_ONLY) {
            for (String form : forms(lemma)) THAT_CLAUSE_FORMS.put(form, lemma);
        }
        for (String lemma : NAMING) {
            for (String form : forms(lemma)) NAMING_FORMS.put(form, lemma);
        }
        // "labelled", "labelling", "dubbed": the consonant doubles
        NAMING_FORMS.put("labelled", "label");
        NAMING_FORMS.put("labelling", "label");
        NAMING_FORMS.put("dubbed", "dub");
        NAMING_FORMS.put("dubbing", "dub");
        FORMS.remove("wrot");
    }

    private SpeechVerbs() {
    }

    private static String[] forms(String lemma) {
        String third;
        String past;
        String ing;
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x") || lemma.endsWith("z")) {
            third = lemma + "es";
        } else if (consonantY) {
            third = lemma.substring(0, lemma.length() - 1) + "ies";
        } else {
            third = lemma + "s";
        }
        if (DOUBLING.contains(lemma)) {
            char last = lemma.charAt(lemma.length() - 1);
            past = lemma + last + "ed";
            ing = lemma + last + "ing";
        } else if (lemma.endsWith("e")) {
            past = lemma + "d";
            ing = lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (consonantY) {
            past = lemma.substring(0, lemma.length() - 1) + "ied";
            ing = lemma + "ing";
        } else {
            past = lemma + "ed";
            ing = lemma + "ing";
        }
        return new String[]{lemma, third, past, ing};
    }

    /** Lemma of a lower-case word form, or {@code null} when it is no speech verb. */
    public static String lemma(String lowerForm) {
        return FORMS.get(lowerForm);
    }

    /** "remarks", "a state": a form that may be a noun rather than a verb. */
    public static boolean mayBeNoun(String lowerForm) {
        String lemma = FORMS.get(lowerForm);
        return lemma != null && NOUN_LIKE.contains(lemma) && (lowerForm.endsWith("s") || lowerForm.equals(lemma));
    }

    /** "state", "states": forms read far more often as nouns ("home state", "swing states") than as speech. */
    public static boolean mostlyNoun(String lowerForm) {
        return lowerForm.equals("state") || lowerForm.equals("states");
    }

    /** "Says", "Warns": the present-tense form headlines use, capitalised in title case. */
    public static boolean isHeadlineForm(String lowerForm) {
        String lemma = FORMS.get(lowerForm);
        return lemma != null && !WEAK.contains(lemma) && lowerForm.endsWith("s") && !lowerForm.equals(lemma) && !NOUN_LIKE.contains(lemma);
    }

    public static boolean isWeak(String lemma) {
        return WEAK.contains(lemma);
    }

    /** Lemma of a form of a naming verb ("called" → "call"), which reports speech only as object plus quoted label. */
    public static String namingLemma(String lowerForm) {
        return NAMING_FORMS.get(lowerForm);
    }

    public static boolean takesAddressee(String lemma) {
        return ADDRESSEE_FIRST.contains(lemma);
    }

    /** "saying", "adding": the form that heads a participial clause. */
    public static boolean isParticiple(String lowerForm) {
        return lowerForm.endsWith("ing") && FORMS.containsKey(lowerForm);
    }

    /** "find" reports a study's or an inquiry's words only as "found that": police who "found a body" said nothing. */
    public static boolean needsThat(String lemma) {
        return lemma.equals("find") || THAT_CLAUSE_ONLY.contains(lemma);
    }

    /**
     * Lemma of a form of a verb that reports only before a that-clause ("estimated" → "estimate"), or null. Kept apart
     * from {@link #lemma}: elsewhere ("and agreed to ...", "the accepted view") these verbs are no speech.
     */
    public static String thatClauseLemma(String lowerForm) {
        return THAT_CLAUSE_FORMS.get(lowerForm);
    }

    /** Whether {@link #needsThat} also wants a clause after "that", not a noun it determines ("accepted that offer"). */
    public static boolean needsClauseAfterThat(String lemma) {
        return THAT_CLAUSE_ONLY.contains(lemma);
    }

    /** "point" only reports speech as "point out". */
    public static boolean needsParticle(String lemma) {
        return lemma.equals("point");
    }
}

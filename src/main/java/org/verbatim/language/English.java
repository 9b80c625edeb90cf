package org.verbatim.language;

import java.util.Set;

/**
 * Closed classes of English words: the words that carry grammar rather than a topic (articles, pronouns,
 * prepositions, conjunctions, auxiliaries), and the small grammatical vocabularies of negation, modality and aspect.
 * General language: none of these lists would need a new entry for a new topic.
 */
final class English {

    private English() {
    }

    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both", "either",
            "such", "own", "other", "another", "same", "much", "many", "more", "most", "less", "least", "few", "several",
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
            "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "what", "there",
            "here", "where", "when", "why", "how", "whether", "if", "then", "than", "so", "as", "too", "very", "just",
            "also", "only", "even", "again", "already", "about", "above", "across", "after", "against", "along",
            "among", "around", "at", "before", "behind", "below", "beside", "between", "beyond", "by", "despite",
            "down", "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "out", "over",
            "per", "since", "through", "throughout", "to", "toward", "towards", "under", "until", "up", "upon", "via",
            "with", "within", "and", "but", "or", "nor", "yet", "because", "although", "though", "while", "whereas",
            "unless", "however", "therefore", "thus", "be", "is", "are", "was", "were", "been", "being", "am", "have",
            "has", "had", "having", "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "ought", "said", "say", "says", "saying", "told", "tell", "tells", "added",
            "stated", "noted", "stressed", "according", "claimed", "insisted", "explained", "emphasised", "emphasized",
            "mr", "mrs", "ms", "dr", "s", "now", "today", "yesterday", "tomorrow", "currently", "well", "get", "got",
            "make", "made", "way", "thing", "things", "one", "like", "able", "going", "let", "lot", "really", "indeed");

    /** Words after which what follows is denied, up to the end of the clause. */
    static final Set<String> NEGATORS = Set.of("not", "never", "no", "none", "nobody", "nothing", "neither", "nor",
            "without", "cannot");

    /** Verbs that deny what they take ("refused to sign", "failed to agree", "has yet to revoke"). */
    static final Set<String> NEGATIVE_IMPLICATIVES = Set.of("refuse", "refuses", "refused", "refusing", "fail",
            "fails", "failed", "failing", "decline", "declines", "declined", "declining");

    /** Auxiliaries and modals: in a clause, what comes before the first of them is its subject. */
    static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have", "had",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did");

    /** Words that end what a negation denies without ending the clause ("not ... until", "no ... before"). */
    static final Set<String> SCOPE_ENDS = Set.of("until", "till", "before", "after", "once", "than");

    /** Words that end a clause for negation and modality (besides punctuation). */
    static final Set<String> CLAUSE_BREAKS = Set.of("but", "however", "although", "though", "while", "whereas",
            "because", "since", "unless", "which", "who", "whom", "whose", "where", "when", "if", "yet", "so",
            "whilst", "nevertheless", "nonetheless", "instead");

    /**
     * Words that say nothing has been decided yet ("no decision has been taken", "an open question", "still being
     * assessed"): open, and at odds with a statement that says it as settled.
     */
    static final Set<String> UNDECIDED = Set.of("no decision", "not been decided", "not yet decided", "not decided",
            "undecided", "yet to decide", "yet to be decided", "open question",
            "being assessed", "being reviewed", "under review", "being examined", "being discussed",
            "remains to be seen", "negotiable", "no final decision", "not settled", "not yet settled");

    /** Modality: ruling out, keeping open, asserting. Phrases first (longest match wins). */
    static final java.util.Map<String, Modality> MODAL_PHRASES = withUndecided(java.util.Map.ofEntries(
            java.util.Map.entry("ruled out", Modality.EXCLUDED), java.util.Map.entry("rule out", Modality.EXCLUDED),
            java.util.Map.entry("rules out", Modality.EXCLUDED), java.util.Map.entry("ruling out", Modality.EXCLUDED),
            java.util.Map.entry("out of the question", Modality.EXCLUDED),
            java.util.Map.entry("excluded", Modality.EXCLUDED), java.util.Map.entry("exclude", Modality.EXCLUDED),
            java.util.Map.entry("excludes", Modality.EXCLUDED), java.util.Map.entry("impossible", Modality.EXCLUDED),
            java.util.Map.entry("no way", Modality.EXCLUDED), java.util.Map.entry("off the table", Modality.EXCLUDED),
            java.util.Map.entry("off the agenda", Modality.EXCLUDED),
            java.util.Map.entry("not on the table", Modality.EXCLUDED), java.util.Map.entry("under no circumstances", Modality.EXCLUDED),
            java.util.Map.entry("may", Modality.OPEN), java.util.Map.entry("might", Modality.OPEN),
            java.util.Map.entry("could", Modality.OPEN), java.util.Map.entry("possibly", Modality.OPEN),
            java.util.Map.entry("possible", Modality.OPEN), java.util.Map.entry("perhaps", Modality.OPEN),
            java.util.Map.entry("maybe", Modality.OPEN), java.util.Map.entry("considering", Modality.OPEN),
            java.util.Map.entry("considered", Modality.OPEN), java.util.Map.entry("consider", Modality.OPEN),
            java.util.Map.entry("under consideration", Modality.OPEN), java.util.Map.entry("option", Modality.OPEN),
            java.util.Map.entry("options", Modality.OPEN), java.util.Map.entry("exploring", Modality.OPEN),
            java.util.Map.entry("weighing", Modality.OPEN), java.util.Map.entry("studying", Modality.OPEN),
            java.util.Map.entry("open to", Modality.OPEN), java.util.Map.entry("on the table", Modality.OPEN),
            java.util.Map.entry("will", Modality.CERTAIN), java.util.Map.entry("shall", Modality.CERTAIN),
            java.util.Map.entry("going to", Modality.CERTAIN), java.util.Map.entry("definitely", Modality.CERTAIN),
            java.util.Map.entry("certainly", Modality.CERTAIN), java.util.Map.entry("surely", Modality.CERTAIN),
            java.util.Map.entry("decided", Modality.CERTAIN), java.util.Map.entry("confirmed", Modality.CERTAIN),
            java.util.Map.entry("settled", Modality.CERTAIN),
            java.util.Map.entry("committed", Modality.CERTAIN), java.util.Map.entry("guaranteed", Modality.CERTAIN)));

    private static java.util.Map<String, Modality> withUndecided(java.util.Map<String, Modality> phrases) {
        java.util.Map<String, Modality> all = new java.util.HashMap<>(phrases);
        UNDECIDED.forEach(p -> all.put(p, Modality.OPEN));
        return java.util.Map.copyOf(all);
    }

    /** Aspect: something goes on, or has stopped. */
    static final java.util.Map<String, Aspect> ASPECT_PHRASES = java.util.Map.ofEntries(
            java.util.Map.entry("still", Aspect.CONTINUES), java.util.Map.entry("remain", Aspect.CONTINUES),
            java.util.Map.entry("remains", Aspect.CONTINUES), java.util.Map.entry("remained", Aspect.CONTINUES),
            java.util.Map.entry("continue", Aspect.CONTINUES), java.util.Map.entry("continues", Aspect.CONTINUES),
            java.util.Map.entry("continued", Aspect.CONTINUES), java.util.Map.entry("continuing", Aspect.CONTINUES),
            java.util.Map.entry("ongoing", Aspect.CONTINUES), java.util.Map.entry("persists", Aspect.CONTINUES),
            java.util.Map.entry("as before", Aspect.CONTINUES), java.util.Map.entry("in force", Aspect.CONTINUES),
            java.util.Map.entry("stay", Aspect.CONTINUES), java.util.Map.entry("stays", Aspect.CONTINUES),
            java.util.Map.entry("stayed", Aspect.CONTINUES), java.util.Map.entry("keep", Aspect.CONTINUES),
            java.util.Map.entry("keeps", Aspect.CONTINUES), java.util.Map.entry("in place", Aspect.CONTINUES),
            java.util.Map.entry("lifted", Aspect.STOPPED), java.util.Map.entry("dropped", Aspect.STOPPED),
            java.util.Map.entry("withdrawn", Aspect.STOPPED), java.util.Map.entry("withdrew", Aspect.STOPPED),
            java.util.Map.entry("withdraws", Aspect.STOPPED), java.util.Map.entry("shut down", Aspect.STOPPED),
            java.util.Map.entry("closed down", Aspect.STOPPED), java.util.Map.entry("closure", Aspect.STOPPED),
            java.util.Map.entry("phased out", Aspect.STOPPED), java.util.Map.entry("called off", Aspect.STOPPED),
            java.util.Map.entry("cancelled", Aspect.STOPPED), java.util.Map.entry("canceled", Aspect.STOPPED),
            java.util.Map.entry("given up", Aspect.STOPPED), java.util.Map.entry("gave up", Aspect.STOPPED),
            java.util.Map.entry("no longer", Aspect.STOPPED), java.util.Map.entry("no more", Aspect.STOPPED),
            java.util.Map.entry("any more", Aspect.STOPPED), java.util.Map.entry("anymore", Aspect.STOPPED),
            java.util.Map.entry("ceased", Aspect.STOPPED), java.util.Map.entry("ceases", Aspect.STOPPED),
            java.util.Map.entry("stopped", Aspect.STOPPED), java.util.Map.entry("ended", Aspect.STOPPED),
            java.util.Map.entry("halted", Aspect.STOPPED), java.util.Map.entry("suspended", Aspect.STOPPED),
            java.util.Map.entry("abandoned", Aspect.STOPPED), java.util.Map.entry("scrapped", Aspect.STOPPED),
            java.util.Map.entry("discontinued", Aspect.STOPPED), java.util.Map.entry("terminated", Aspect.STOPPED),
            java.util.Map.entry("is over", Aspect.STOPPED), java.util.Map.entry("be over", Aspect.STOPPED),
            java.util.Map.entry("are over", Aspect.STOPPED), java.util.Map.entry("was over", Aspect.STOPPED),
            java.util.Map.entry("were over", Aspect.STOPPED), java.util.Map.entry("put an end", Aspect.STOPPED),
            java.util.Map.entry("for the last time", Aspect.STOPPED), java.util.Map.entry("off air", Aspect.STOPPED),
            java.util.Map.entry("off the air", Aspect.STOPPED));

    /**
     * What WordNet files ending and going on under, as anchors for verbs it knows: a verb that is a way to "end" or
     * "cease" ("terminate", "discontinue"), or the opposite of a beginning ("abolish" against "establish", "close"
     * against "open"), says something stops; one that means to "continue" ("go on", "carry on"), or the opposite of
     * stopping, says it goes on.
     */
    static final Set<String> ENDING = Set.of("end", "terminate", "cease", "discontinue");
    static final Set<String> BEGINNING = Set.of("start", "begin", "establish", "found", "launch", "open");
    static final Set<String> GOING_ON = Set.of("continue", "go on", "carry on");
    static final Set<String> STOPPING = Set.of("stop", "cease", "discontinue");

    /** Determiners that make "last" or "final" the end of one's own series ("made <b>its last</b> sailing"). */
    static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Words before a number that make it loose ("about 30") or a bound ("below 2 percent", "at least 2035"). */
    static final java.util.Map<String, Claim.Bound> BOUNDS = java.util.Map.ofEntries(
            java.util.Map.entry("about", Claim.Bound.ABOUT), java.util.Map.entry("around", Claim.Bound.ABOUT),
            java.util.Map.entry("nearly", Claim.Bound.ABOUT), java.util.Map.entry("almost", Claim.Bound.ABOUT),
            java.util.Map.entry("roughly", Claim.Bound.ABOUT), java.util.Map.entry("approximately", Claim.Bound.ABOUT),
            java.util.Map.entry("some", Claim.Bound.ABOUT), java.util.Map.entry("towards", Claim.Bound.ABOUT),
            java.util.Map.entry("toward", Claim.Bound.ABOUT), java.util.Map.entry("estimated", Claim.Bound.ABOUT),
            java.util.Map.entry("close to", Claim.Bound.ABOUT), java.util.Map.entry("over", Claim.Bound.AT_LEAST),
            java.util.Map.entry("above", Claim.Bound.AT_LEAST), java.util.Map.entry("more than", Claim.Bound.AT_LEAST),
            java.util.Map.entry("longer than", Claim.Bound.AT_LEAST), java.util.Map.entry("higher than", Claim.Bound.AT_LEAST),
            java.util.Map.entry("greater than", Claim.Bound.AT_LEAST), java.util.Map.entry("lower than", Claim.Bound.AT_MOST),
            java.util.Map.entry("shorter than", Claim.Bound.AT_MOST),
            java.util.Map.entry("at least", Claim.Bound.AT_LEAST), java.util.Map.entry("exceeding", Claim.Bound.AT_LEAST),
            java.util.Map.entry("beyond", Claim.Bound.AT_LEAST), java.util.Map.entry("after", Claim.Bound.AT_LEAST),
            java.util.Map.entry("under", Claim.Bound.AT_MOST), java.util.Map.entry("below", Claim.Bound.AT_MOST),
            java.util.Map.entry("less than", Claim.Bound.AT_MOST), java.util.Map.entry("fewer than", Claim.Bound.AT_MOST),
            java.util.Map.entry("up to", Claim.Bound.AT_MOST), java.util.Map.entry("at most", Claim.Bound.AT_MOST),
            java.util.Map.entry("no more than", Claim.Bound.AT_MOST), java.util.Map.entry("before", Claim.Bound.AT_MOST),
            java.util.Map.entry("by", Claim.Bound.AT_MOST), java.util.Map.entry("until", Claim.Bound.AT_LEAST));

    static final java.util.Map<String, Double> MULTIPLIERS = java.util.Map.of("thousand", 1e3, "k", 1e3,
            "million", 1e6, "m", 1e6, "mn", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12);

    static final Set<String> PERCENT_WORDS = Set.of("percent", "pct", "%");

    static final java.util.List<String> MONTHS = java.util.List.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    /** Months and weekdays. */
    static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /**
     * Words that say when, in any case: seasons, spans of the calendar and "next". Like a month, they are no topic two
     * statements share ("before next spring" / "a cut, probably in the spring").
     */
    static final Set<String> TIME_WORDS = Set.of("spring", "summer", "autumn", "winter", "next", "year", "years",
            "month", "months", "week", "weeks", "day", "days");

    static final java.util.Map<String, Integer> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("two", 2), java.util.Map.entry("three", 3), java.util.Map.entry("four", 4),
            java.util.Map.entry("five", 5), java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7),
            java.util.Map.entry("eight", 8), java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10),
            java.util.Map.entry("eleven", 11), java.util.Map.entry("twelve", 12), java.util.Map.entry("thirteen", 13),
            java.util.Map.entry("fourteen", 14), java.util.Map.entry("fifteen", 15), java.util.Map.entry("sixteen", 16),
            java.util.Map.entry("seventeen", 17), java.util.Map.entry("eighteen", 18),
            java.util.Map.entry("nineteen", 19), java.util.Map.entry("twenty", 20),
            java.util.Map.entry("thirty", 30), java.util.Map.entry("forty", 40), java.util.Map.entry("fifty", 50),
            java.util.Map.entry("sixty", 60), java.util.Map.entry("seventy", 70), java.util.Map.entry("eighty", 80),
            java.util.Map.entry("ninety", 90),
            java.util.Map.entry("hundred", 100), java.util.Map.entry("dozen", 12));
}

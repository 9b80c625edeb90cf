package org.verbatim.language;

import java.util.Set;

/**
 * What general English knows about a word, for comparing statements: its base forms, the words that mean the same
 * (or are derived from it), the words that mean the opposite, the places an adjective refers to, and whether it casts
 * someone as an outlaw or as a counterpart. Nothing here knows any topic.
 */
public interface Lexicon {

    /** How a word casts the party a statement is about, if at all. */
    enum Standing {
        NONE,
        /** "terrorist", "criminal", "illegal", "enemy": outside the law or hostile. */
        OUTLAW,
        /** "negotiations", "partner", "official", "legitimate": someone one deals with. */
        COUNTERPART
    }

    /**
     * One word, lower-cased. {@code synonyms} contains the lemmas; {@code broader} contains the synonyms and, for
     * verbs, what they are a way of doing ("ban" is a way to "forbid"); {@code opposites} are the antonyms of all of
     * those; {@code broaderOpposites} the antonyms of what a verb is a way of doing; {@code places} the nouns an adjective pertains to ("french" → "france"); {@code kinds} what a noun's first sense is a kind of ("election" → "vote"), unless too general to say anything; {@code money}: a currency;
     * {@code proper}: a name WordNet knows ("France", "Taliban"); {@code predicate}: mostly used as a verb or an
     * adjective, so what a negation before it denies ("no jobs will be <b>lost</b>"); {@code adjective}: mostly an
     * adjective; {@code valence}: +1 when the word says there is more of something, or that it goes on, is kept,
     * allowed, respected or safe ("raise", "keep", "approve", "protect"), -1 when it says less, an end, a loss, a
     * refusal, a breach or a danger ("cut", "close", "lose", "reject", "breach", "risk"), 0 when neither;
     * {@code change}: +1 for a verb that says something changes state, place or hands ("merge", "transfer", "close",
     * "go up"), -1 for one that says it stays as it is ("stay", "keep", "remain", "freeze"), 0 for neither.
     */
    record Entry(String word, Set<String> lemmas, Set<String> synonyms, Set<String> broader, Set<String> opposites,
                 Set<String> broaderOpposites, Set<String> places, Set<String> kinds, Standing standing, boolean money, boolean proper,
                 boolean predicate, boolean adjective, boolean known, int valence, int change, Set<String> defining) {

        /** Whether the two words mean the same in one of their common senses (or one derives from the other). */
        public boolean sameAs(Entry other) {
            return !java.util.Collections.disjoint(lemmas, other.synonyms)
                    || !java.util.Collections.disjoint(other.lemmas, synonyms);
        }

        /** Whether the two words are opposites in one of their common senses ("rise"/"fall", "safe"/"unsafe"). */
        public boolean opposes(Entry other) {
            return !java.util.Collections.disjoint(opposites, other.synonyms)
                    || !java.util.Collections.disjoint(other.opposites, synonyms);
        }

        /**
         * Whether the two are opposites only through what they are ways of doing ("ban" is a way to forbid, which
         * "allow" opposes; "cut" a way to decrease, which "raise" opposes): a weaker sign.
         */
        public boolean opposesBroadly(Entry other) {
            return !java.util.Collections.disjoint(opposites, other.broader)
                    || !java.util.Collections.disjoint(other.opposites, broader)
                    || !java.util.Collections.disjoint(broaderOpposites, other.synonyms)
                    || !java.util.Collections.disjoint(other.broaderOpposites, synonyms);
        }
    }

    Entry entry(String word);

    /** A lexicon that knows no word: every word is only itself. */
    Lexicon NONE_KNOWN = word -> unknown(word);

    static Entry unknown(String word) {
        Set<String> self = Set.of(word);
        return new Entry(word, self, self, self, Set.of(), Set.of(), Set.of(), Set.of(), Standing.NONE, false, false, false, false,
                false, 0, 0, Set.of());
    }
}

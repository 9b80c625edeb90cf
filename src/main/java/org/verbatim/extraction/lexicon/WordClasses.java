package org.verbatim.extraction.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * What WordNet 3.1 says a word can be: a common noun for a person or an organisation, an ordinary lower-case word,
 * or, capitalised, the name of a place, a time or a group. Read once from {@code wordnet-words.tsv}, a table built from
 * WordNet by the test-side {@code WordNetLexiconBuilder}, so the pipeline needs neither WordNet nor any list of its own
 * that knows a story.
 */
public final class WordClasses {

    private static final int PERSON = 1;
    private static final int MALE = 2;
    private static final int FEMALE = 4;
    private static final int ORGANISATION = 8;
    private static final int COMMON = 16;
    private static final int PLACE = 32;
    private static final int TIME = 64;
    private static final int GROUP = 128;
    private static final int PERSON_NAME = 256;
    private static final int KIND_OF_PERSON = 512;

    /** "the 24-year-old": an age used as a noun always means a person. */
    private static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d+-year-old");

    private static final String RESOURCE = "/org/verbatim/extraction/lexicon/wordnet-words.tsv";

    private WordClasses() {
    }

    private static final class Table {
        static final Map<String, Integer> CLASSES = load();
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>(120_000);
        Words.readTable(RESOURCE, (word, classes) -> {
            int bits = 0;
            for (int i = 0; i < classes.length(); i++) {
                bits |= switch (classes.charAt(i)) {
                    case 'p' -> PERSON;
                    case 'm' -> MALE;
                    case 'f' -> FEMALE;
                    case 'o' -> ORGANISATION;
                    case 'c' -> COMMON;
                    case 'L' -> PLACE;
                    case 'T' -> TIME;
                    case 'G' -> GROUP;
                    case 'P' -> PERSON_NAME;
                    case 'K' -> KIND_OF_PERSON;
                    default -> 0;
                };
            }
            out.put(word, bits);
        });
        return out;
    }

    private static int classes(String lower) {
        Integer c = Table.CLASSES.get(lower);
        return c == null ? 0 : c;
    }

    /** The classes of the word or, failing that, of its singular or base form ("efforts", "bakeries", "opened"). */
    private static int inflected(String lower) {
        int c = classes(lower);
        if (c != 0) return c;
        int n = lower.length();
        if (n > 3 && lower.endsWith("ies")) c = classes(lower.substring(0, n - 3) + "y");
        if (c == 0 && n > 3 && lower.endsWith("es")) c = classes(lower.substring(0, n - 2));
        if (c == 0 && n > 2 && lower.endsWith("s") && !lower.endsWith("ss")) c = classes(lower.substring(0, n - 1));
        if (c == 0 && n > 4 && lower.endsWith("ed")) c = classes(lower.substring(0, n - 2)) | classes(lower.substring(0, n - 1));
        if (c == 0 && n > 5 && lower.endsWith("ing")) c = classes(lower.substring(0, n - 3)) | classes(lower.substring(0, n - 3) + "e");
        return c;
    }

    /** A common noun for a person, singular: "owner", "striker", "goaltender". */
    public static boolean isPersonNoun(String lower) {
        return (classes(lower) & PERSON) != 0;
    }

    /**
     * A noun for a person, also where WordNet lacks it but English morphology tells: an agent noun in -er, -or or -ist
     * built on a known word ("midfielder" from "midfield"), when WordNet has no other sense for it.
     */
    public static boolean mayNamePerson(String lower) {
        if (isPersonNoun(lower) || AGE_NOUN.matcher(lower).matches()) return true;
        // British spelling of a noun WordNet spells the American way: "centre" (the player) as "center"
        if (lower.length() > 4 && lower.endsWith("re") && isPersonNoun(lower.substring(0, lower.length() - 2) + "er")) return true;
        if (Table.CLASSES.containsKey(lower)) return false;
        int n = lower.length();
        if (n < 6) return false;
        if (lower.endsWith("er") || lower.endsWith("or")) {
            String stem = lower.substring(0, n - 2);
            return isOrdinaryWord(stem) || isOrdinaryWord(stem + "e");
        }
        return lower.endsWith("ist") && isOrdinaryWord(lower.substring(0, n - 3));
    }

    /** A plural common noun for people: "fans", "parents", "residents". */
    public static boolean isPersonPlural(String lower) {
        int n = lower.length();
        if (n > 4 && lower.endsWith("men")) return isPersonNoun(lower.substring(0, n - 3) + "man");
        if (n < 4 || !lower.endsWith("s") || lower.endsWith("ss")) return false;
        return isPersonNoun(lower.substring(0, n - 1)) || (lower.endsWith("ies") && isPersonNoun(lower.substring(0, n - 3) + "y"));
    }

    /**
     * "Falcons", "Ravens", "Rivers": the plural of an ordinary noun, which WordNet does not know as anyone's name. Alone
     * and capitalised it names a team or a group ("Falcons captain Owen Teller"), not a person ("Banks", "Holmes" are
     * names).
     */
    public static boolean isPluralOfOrdinaryNoun(String lower) {
        int n = lower.length();
        if (n < 4 || !lower.endsWith("s") || lower.endsWith("ss") || (classes(lower) & PERSON_NAME) != 0) return false;
        String singular = lower.endsWith("ves") ? lower.substring(0, n - 3) + "f" : lower.substring(0, n - 1);
        // "Securities", "Industries": -ies for -y
        if ((classes(singular) & COMMON) == 0 && lower.endsWith("ies")) singular = lower.substring(0, n - 3) + "y";
        return (classes(singular) & COMMON) != 0;
    }

    /** A common noun for an organisation: "union", "ministry", "board", "agency". */
    public static boolean isOrganisationNoun(String lower) {
        return (inflected(lower) & ORGANISATION) != 0;
    }

    /** +1 for a noun that names a man ("spokesman", "father"), -1 for a woman ("spokeswoman", "mother"), else 0. */
    public static int gender(String lower) {
        int c = classes(lower);
        if ((c & FEMALE) != 0 || lower.endsWith("woman")) return -1;
        if ((c & MALE) != 0 || lower.endsWith("man") && isPersonNoun(lower)) return 1;
        return 0;
    }

    /** An ordinary word, in any inflection: what a capitalised word at the start of a sentence usually is. */
    public static boolean isOrdinaryWord(String lower) {
        return (inflected(lower) & COMMON) != 0;
    }

    /** Capitalised, the name of a place: "Turkey", "Oslo". */
    public static boolean isPlaceName(String lower) {
        return (classes(lower) & PLACE) != 0;
    }

    /** Capitalised, part of the name of a time or event: "Boxing" (Day), "Easter". */
    public static boolean isTimeName(String lower) {
        return (classes(lower) & TIME) != 0;
    }

    /** Capitalised, a word WordNet uses in the names of groups and not of people: "Securities", "Logistics". */
    public static boolean isGroupNameWord(String lower) {
        int c = classes(lower);
        return (c & GROUP) != 0 && (c & (PERSON_NAME | PERSON)) == 0;
    }

    /** Capitalised, one word for a kind of person, not for one person: "Kenyan", "Democrat", "Tory". */
    public static boolean isKindOfPerson(String lower) {
        return (classes(lower) & KIND_OF_PERSON) != 0;
    }

    /** Capitalised, a name WordNet knows for a person: "Lincoln", "Kelly". */
    public static boolean isKnownPersonName(String lower) {
        return (classes(lower) & PERSON_NAME) != 0;
    }
}

package org.verbatim.speaker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.verbatim.language.Names;
import org.verbatim.language.WordNetLexicon;

/**
 * One key for every way an affiliation is written: "Iranian", "Iran", "Iran's", "the Iranian government" and
 * "Government of Iran" all meet. WordNet names the place a name, an acronym or an adjective stands for ("Dutch" →
 * Netherlands, "U.S." and "American" → United States); places it does not know reduce by spelling rules (strip
 * "-ese", "-ian", "-an", "-i", "-ia", a final vowel), so invented countries and their adjectives meet too. No list of
 * countries here: the key is a stem ("ir" for Iran), so views show the shortest form people actually wrote (see
 * {@link #preferredLabel}).
 * <p>
 * Affiliations that name no place ("Supreme National Security Council") keep their words, lower-cased.
 */
public final class AffiliationKey {

    /** Heads of names that say an organisation speaks for a state ("the Ruritanian government"). */
    private static final Set<String> STATE_BODIES = Set.of("government", "regime", "ministry", "administration",
            "parliament", "cabinet", "presidency", "embassy", "army", "military", "forces", "state", "republic",
            "kingdom", "authorities", "officials", "office", "senate", "congress", "delegation", "navy", "police",
            "judiciary", "leadership", "mission", "consulate", "diplomacy", "side", "guard", "customs", "agency",
            "authority", "inspectorate", "coastguard", "service", "commission", "council");

    /**
     * Words that say a body is not the state, whatever place it names: "the People's Mojahedin Organization of
     * Iran", "the opposition Union for Progress party", "Latvian Traders Association". General English: none names
     * a party, a country or a topic.
     */
    private static final Set<String> NOT_THE_STATE = Set.of("opposition", "resistance", "exile", "exiles", "exiled",
            "rebel", "rebels", "insurgents", "party", "movement", "front", "association", "union", "league",
            "alliance", "organization", "organisation", "foundation", "institute", "chamber", "federation", "club",
            "company", "corporation", "group", "ngo", "charity", "church", "independent", "traders", "workers",
            "students", "campaign", "network", "coalition");

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "for", "in", "on", "to",
            "its", "his", "her", "their", "s");

    private AffiliationKey() {
    }

    /**
     * The key of a speaker: its affiliation's, or, for an organisation speaking for a state, its name's. A
     * government and its ministries, spokespeople and councils share their country's key; opposition groups,
     * exiles, parties, companies and associations keep their own, even when they name the country.
     */
    public static String ofSpeaker(String name, SpeakerKind kind, String affiliation) {
        String key = of(affiliation);
        if (key != null) {
            return key;
        }
        if (kind == SpeakerKind.ORGANIZATION && name != null && isNotTheState(name)) {
            return of(name);
        }
        if (kind == SpeakerKind.ORGANIZATION && name != null) {
            List<String> words = words(name);
            if (words.isEmpty()) {
                return null;
            }
            String head = words.getLast().toLowerCase(Locale.ROOT);
            if (words.size() == 1 || STATE_BODIES.contains(head)) {
                String place = placeOf(name);
                if (place != null) {
                    return place;
                }
            }
            // a named body speaking for itself ("Orvenna Athletic") is its name, as its people's affiliation is; a
            // body of a state named after its country ("Valmark Border Guard") that country
            if (words.size() >= 2 && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))) {
                String own = of(name);
                if (!STATE_BODIES.contains(head) || isPlace(own)) {
                    return own;
                }
            }
        }
        return null;
    }

    /** The key of an affiliation as written, or {@code null} when it is empty. */
    public static String of(String affiliation) {
        if (affiliation == null || affiliation.isBlank()) {
            return null;
        }
        String place = isNotTheState(affiliation) ? null : placeOf(affiliation);
        if (place != null) {
            return place;
        }
        // "Valmark Border Guard", "Ostrian Customs": a body of the state named after its country
        List<String> all = words(affiliation);
        if (!isNotTheState(affiliation) && all.size() >= 2 && STATE_BODIES.contains(all.getLast().toLowerCase(Locale.ROOT))
                && isPlaceLike(all.getFirst()) && namesAPlace(all.getFirst())) {
            return stemOf(all.getFirst());
        }
        // a named body is its name: "disciplinary committee of the Lusavian Football Federation" is the federation
        List<String> named = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String w : words(affiliation)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(lower)) {
                kept.add(lower);
                if (Character.isUpperCase(w.charAt(0))) {
                    named.add(lower);
                }
            }
        }
        // one name among words that say the speaker's job ("integration at Nordmarket", "Orvenna responsible for
        // finance"): the body is the name, as "Nordmarket" or "Orvenna" alone would key
        List<String> capitalised = all.stream().filter(w -> Character.isUpperCase(w.charAt(0))).toList();
        if (named.size() == 1 && capitalised.size() == 1 && kept.size() > 1 && !isNotTheState(affiliation)
                && isPlaceLike(capitalised.getFirst())) {
            return stemOf(capitalised.getFirst());
        }
        List<String> key = named.size() >= 2 ? named : kept;
        return key.isEmpty() ? null : String.join(" ", key);
    }

    /**
     * The place an affiliation names, as a stem, or {@code null}: a possessor ("Ruritania's"), then a nationality
     * adjective, then "of Ruritania", then a single capitalised word.
     */
    public static String placeOf(String text) {
        if (text == null) {
            return null;
        }
        String folded = fold(text);
        List<String> words = words(folded);
        // a place of several words WordNet knows: "United States of America", "Saudi Arabia"
        for (int n = Math.min(5, words.size()); n >= 2; n--) {
            for (int i = 0; i + n <= words.size(); i++) {
                List<String> run = words.subList(i, i + n);
                if (Character.isUpperCase(run.getFirst().charAt(0)) && Character.isUpperCase(run.getLast().charAt(0))) {
                    String place = WordNetLexicon.shared().country(String.join(" ", run));
                    if (place != null) {
                        return stem(place);
                    }
                }
            }
        }
        // 1. a proper possessor: "Ruritania's Foreign Ministry"
        var possessive = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.]+)['’]s?\\b").matcher(folded);
        while (possessive.find()) {
            String w = possessive.group(1).replace(".", "");
            if (isPlaceLike(w)) {
                return stemOf(w);
            }
        }
        // 2. a nationality adjective or an irregular form
        for (String w : words) {
            String lower1 = w.replace(".", "").toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(w.charAt(0)) && (looksLikeNationality(lower1)
                    || WordNetLexicon.shared().country(w.replace(".", "")) != null)) {
                return stemOf(w);
            }
        }
        // 3. "of Ruritania"
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase("of") && isPlaceLike(words.get(i + 1))) {
                return stemOf(words.get(i + 1));
            }
        }
        // 4. one capitalised word and nothing else: "Ruritania"
        List<String> capitalised = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).toList();
        if (words.size() == 1 && capitalised.size() == 1 && isPlaceLike(capitalised.getFirst())) {
            return stemOf(capitalised.getFirst());
        }
        return null;
    }

    /**
     * The lower-cased common noun an affiliation is owned by ("the regime's Security Council" → "regime"), which the
     * text around it may resolve to a named organisation; {@code null} when there is none.
     */
    public static String commonPossessor(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("\\b(\\p{Ll}+)['’]s?\\s").matcher(affiliation);
        return m.find() && !FUNCTION_WORDS.contains(m.group(1)) ? m.group(1) : null;
    }

    /** Whether the words name a body of the state without saying which ("the health ministry", "the cabinet"). */
    public static boolean isStateBodyWithoutPlace(String affiliation) {
        if (affiliation == null || isNotTheState(affiliation) || placeOf(affiliation) != null) {
            return false;
        }
        for (String w : words(affiliation)) {
            if (STATE_BODIES.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("minister")
                    || w.equalsIgnoreCase("ministry")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words name a body that is not the state ("opposition", "party", "association"). */
    public static boolean isNotTheState(String text) {
        if (text == null) {
            return false;
        }
        for (String w : words(text)) {
            if (NOT_THE_STATE.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key names a place (a stem) rather than a body described in words. One word is not enough: "opposition"
     * or "analysts" (a group that said something) are no place, nor is any plural English knows ("critics").
     */
    public static boolean isPlace(String key) {
        if (key == null || key.isEmpty() || key.contains(" ") || NOT_THE_STATE.contains(key)
                || STATE_BODIES.contains(key)) {
            return false;
        }
        var entry = WordNetLexicon.shared().entry(key);
        return !entry.known() || entry.proper() || !entry.places().isEmpty() || entry.lemmas().contains(key)
                && entry.lemmas().size() == 1;
    }

    /**
     * Of several ways an affiliation was written, the best label for their common key: the shortest single word,
     * which is usually the country's own name ("Iran" before "Iranian").
     */
    public static String preferredLabel(java.util.Collection<String> writtenForms) {
        return writtenForms.stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
                .min(java.util.Comparator.comparingInt((String s) -> s.split("\\s+").length)
                        .thenComparingInt(String::length).thenComparing(s -> s))
                .orElse(null);
    }

    /** A readable stand-in when no written form is at hand. */
    public static String fallbackLabel(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** A place WordNet knows, or a name it does not know at all ("Valmark"); not a word such as "Foreign". */
    private static boolean namesAPlace(String word) {
        WordNetLexicon wordnet = WordNetLexicon.shared();
        return wordnet.country(word) != null || !wordnet.entry(word).known();
    }

    private static boolean isPlaceLike(String word) {
        String w = word.replace(".", "");
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !STATE_BODIES.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Nationality adjectives by their endings: "-ian", "-ean", "-an", "-ese", "-i". */
    private static boolean looksLikeNationality(String lower) {
        if (lower.length() < 4) {
            return false;
        }
        return lower.endsWith("ian") || lower.endsWith("ean") || lower.endsWith("ese")
                || (lower.endsWith("an") && lower.length() >= 6 && !lower.endsWith("stan"))
                || (lower.endsWith("i") && lower.length() >= 5);
    }

    private static String stemOf(String word) {
        String bare = word.replace(".", "");
        String place = WordNetLexicon.shared().country(bare);
        return stem(place != null ? place : bare.toLowerCase(Locale.ROOT));
    }

    /** The spelling rules that let a country and its adjective meet ({@link Names#stem}). */
    static String stem(String lower) {
        return Names.stem(lower);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : fold(text).split("(['’]s\\b)|[^\\p{L}.]+")) {
            String t = w.replaceAll("^\\.+|\\.+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}

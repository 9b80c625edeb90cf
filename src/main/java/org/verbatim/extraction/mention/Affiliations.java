package org.verbatim.extraction.mention;

import org.verbatim.extraction.lexicon.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matches country and organisation words loosely, so that a nationality adjective meets the country it is derived
 * from by spelling alone ("Ruritanian" ~ "Ruritania") without a gazetteer of places.
 */
public final class Affiliations {

    private static final Set<String> IRREGULAR_ADJECTIVES = Words.setOf("french", "dutch", "greek", "thai", "swiss", "welsh",
            "british", "irish", "danish", "polish", "swedish", "finnish", "spanish", "english", "scottish", "czech");

    private Affiliations() {
    }

    /** Capitalised words that look like nationality adjectives: "-ian", "-an", "-ese", "-ish", "-i". */
    public static boolean looksLikeNationality(String word) {
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0))) return false;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (IRREGULAR_ADJECTIVES.contains(lower)) return true;
        for (int i = 1; i < lower.length(); i++) {
            if (!Character.isLetter(lower.charAt(i))) return false;
        }
        return lower.endsWith("ian") || lower.endsWith("ean") || lower.endsWith("an") || lower.endsWith("ese")
                || lower.endsWith("ish") || (lower.endsWith("i") && lower.length() >= 5);
    }

    /** Two capitalised words name the same place or body: equal, or one derived from the other by suffix. */
    public static boolean sameWord(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y)) return true;
        int lcp = 0;
        int max = Math.min(x.length(), y.length());
        while (lcp < max && x.charAt(lcp) == y.charAt(lcp)) lcp++;
        return lcp >= 4 && lcp >= max - 1;
    }

    /** Capitalised words of an affiliation phrase ("the Ruritanian government" -> [Ruritanian]). */
    public static List<String> keys(String affiliation) {
        List<String> out = new ArrayList<>();
        if (affiliation == null) return out;
        for (String w : affiliation.split("[^\\p{L}\\p{N}.\\-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) out.add(w);
        }
        return out;
    }

    /** Unknown on either side counts as compatible; otherwise some key must match. */
    public static boolean compatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) {
            for (String y : b) {
                if (sameWord(x, y)) return true;
            }
        }
        return false;
    }
}

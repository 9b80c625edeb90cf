package org.verbatim.language;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys for proper names, so that one name written several ways meets: "Ruritania", "Ruritanian" and "Ruritania's"
 * all become "rurit". Spelling rules only (a country and its adjective share a stem); what spelling cannot undo
 * ("French" → France) comes from the lexicon's pertainyms.
 */
public final class Names {

    private Names() {
    }

    /** The key of one capitalised word: folded, lower-cased, possessive and demonym endings stripped. */
    public static String key(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("['’]s?$", "").replace(".", "").toLowerCase(Locale.ROOT)
                .replaceAll("^(\\p{L}{2,})\\d+$", "$1");     // "ERT3" is one of ERT's
        return stem(w);
    }

    /**
     * Strips the endings that tell a country from its adjective, as often as they apply, so both meet:
     * Iranian → iran → ir, Iran → ir; Pakistani → pakistan → pakist; Russia → russ, Russian → russ.
     */
    public static String stem(String lower) {
        String s = lower;
        for (int guard = 0; guard < 3; guard++) {
            String before = s;
            if (s.length() > 4 && s.endsWith("ese")) {
                s = s.substring(0, s.length() - 3);
            } else if (s.length() > 4 && s.endsWith("ian")) {
                s = s.substring(0, s.length() - 3);
            } else if (s.length() > 3 && s.endsWith("an")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.length() > 4 && s.endsWith("ia")) {
                s = s.substring(0, s.length() - 2);
            } else if (s.length() > 4 && s.endsWith("i")) {
                s = s.substring(0, s.length() - 1);
            } else if (s.length() > 4 && (s.endsWith("a") || s.endsWith("e") || s.endsWith("o") || s.endsWith("y"))) {
                s = s.substring(0, s.length() - 1);
            }
            if (s.equals(before)) {
                break;
            }
        }
        return s;
    }
}

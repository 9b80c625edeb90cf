package org.verbatim.language;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a statement says must, need not, may or may not be done, from general English: "must carry the label",
 * "will have to", "compulsory" (obliged); "may choose whether", "voluntary", "free to", "nobody will be forced"
 * (free); "will still be able to", "allowed" (allowed); "will not be allowed", "banned", "nobody may" (forbidden).
 */
public enum Deontic {
    OBLIGED, FREE, ALLOWED, FORBIDDEN;

    private static final String NEGATOR = "(?:not|no|nobody|never|none|nothing|no one|neither|nor)";
    /** A negation up to three words before: "will not have to", "nobody will be forced". */
    private static final Pattern DENIED = Pattern.compile("\\b" + NEGATOR + "\\b(?:\\s+\\S+){0,2}?\\s+$");
    /** "nobody may", "no one can", "may not": not allowed. */
    private static final Pattern NOBODY_MAY = Pattern.compile("\\b(?:nobody|no one) (?:may|can)\\b|\\bmay not\\b");

    private static final Pattern OBLIGATION = Pattern.compile(
            "\\b(?:must|ha(?:ve|s|d) to|(?:be |is |are |was |were )?(?:required|obliged|forced|compelled) to"
                    + "|compulsory|mandatory|obligatory|required)\\b");
    private static final Pattern CHOICE = Pattern.compile(
            "\\b(?:voluntary|optional|free to|free choice|(?:may|can|could|will) choose|choose whether|choose for"
                    + " themselves|decide for themselves|decide themselves|up to (?:them|each|every|the individual))\\b");
    private static final Pattern PERMISSION = Pattern.compile(
            "\\b(?:allowed|permitted|be able to|free to)\\b");
    private static final Pattern PROHIBITION = Pattern.compile(
            "\\b(?:forbidden|prohibited|banned|barred from|outlawed)\\b");

    /** The readings found, each with the words that say it (read once per claim, {@link Claim#deontic}). */
    static Map<Deontic, String> of(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("n't\\b", " not")
                .replace("cannot", "can not");
        Map<Deontic, String> out = new EnumMap<>(Deontic.class);
        find(t, OBLIGATION, FREE, OBLIGED, out);
        find(t, CHOICE, null, FREE, out);
        find(t, PERMISSION, FORBIDDEN, ALLOWED, out);
        find(t, PROHIBITION, null, FORBIDDEN, out);
        Matcher nobodyMay = NOBODY_MAY.matcher(t);
        if (nobodyMay.find()) {
            out.putIfAbsent(FORBIDDEN, nobodyMay.group());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** Each match of {@code p}: {@code denied} when a negation comes just before it, else {@code plain}. */
    private static void find(String t, Pattern p, Deontic denied, Deontic plain, Map<Deontic, String> out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            String before = t.substring(from, m.start());
            boolean negated = DENIED.matcher(before).find();
            Deontic reading = negated ? denied : plain;
            if (plain == OBLIGED && m.group().equals("must") && t.startsWith(" not", m.end())) {
                reading = FORBIDDEN;       // "must not"
            }
            if (reading != null) {
                out.putIfAbsent(reading, negated ? "not " + m.group() : m.group());
            }
        }
    }

    /** Whether one reading says the opposite of the other: must / need not, may / may not. */
    boolean opposes(Deontic other) {
        return this == OBLIGED && other == FREE || this == FREE && other == OBLIGED
                || this == ALLOWED && other == FORBIDDEN || this == FORBIDDEN && other == ALLOWED;
    }
}

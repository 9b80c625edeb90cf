package org.verbatim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's search words made to find what they mean, before either backend parses them: possessives dropped
 * ("Okafor's" finds Okafor, "G7's" finds G7), and each plain word or run of words offered with the names general English writes it as
 * ("French" or France, "GDP" or "gross domestic product"). Quoted phrases, exclusions ({@code -word}), prefixes
 * ({@code word*}) and operators are left as written.
 */
final class SearchWords {

    private static final Pattern POSSESSIVE = Pattern.compile("([\\p{L}\\p{N}])['’]s?(?=\\s|$|[)|])");
    /** A quoted phrase, or a word with what stands before and after it. */
    private static final Pattern PART = Pattern.compile("\"[^\"]*\"?|([-+]?)([\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*)([*~]\\d*)?");
    private static final int LONGEST_PHRASE = 4;

    private SearchWords() {
    }

    /** {@code variants} gives, for a word or phrase, the other ways to write it (none: an empty set). */
    static String expand(String query, Function<String, Set<String>> variants) {
        String q = POSSESSIVE.matcher(query).replaceAll("$1");
        StringBuilder out = new StringBuilder();
        Matcher m = PART.matcher(q);
        int at = 0;
        List<int[]> run = new ArrayList<>();     // plain words in a row: start, end
        while (m.find()) {
            boolean plain = m.group(2) != null && m.group(1).isEmpty() && m.group(3) == null
                    && !q.substring(at, m.start()).contains("|") && !q.substring(at, m.start()).contains("(");
            boolean adjacent = run.isEmpty() || q.substring(run.getLast()[1], m.start()).isBlank();
            if (!plain || !adjacent) {
                flush(q, run, variants, out);
                run.clear();
            }
            if (plain) {
                if (run.isEmpty()) {
                    out.append(q, at, m.start());
                }
                run.add(new int[]{m.start(), m.end()});
            } else {
                out.append(q, at, m.end());
            }
            at = m.end();
        }
        flush(q, run, variants, out);
        out.append(q.substring(at));
        return out.toString();
    }

    /** The run of plain words, longest phrases with variants first. */
    private static void flush(String q, List<int[]> run, Function<String, Set<String>> variants, StringBuilder out) {
        int i = 0;
        while (i < run.size()) {
            if (i > 0) {
                out.append(' ');
            }
            int taken = 1;
            String replacement = null;
            for (int n = Math.min(LONGEST_PHRASE, run.size() - i); n >= 1 && replacement == null; n--) {
                String phrase = q.substring(run.get(i)[0], run.get(i + n - 1)[1]).replaceAll("\\s+", " ");
                Set<String> others = variants.apply(phrase);
                if (!others.isEmpty()) {
                    List<String> alternatives = new ArrayList<>();
                    alternatives.add(quoted(phrase));
                    others.forEach(o -> alternatives.add(quoted(o)));
                    replacement = "(" + String.join(" | ", alternatives) + ")";
                    taken = n;
                }
            }
            out.append(replacement != null ? replacement : q, replacement != null ? 0 : run.get(i)[0],
                    replacement != null ? replacement.length() : run.get(i)[1]);
            i += taken;
        }
    }

    /**
     * The top-level parts of an expanded query (words, phrases, groups, each with its {@code -} or {@code +}), for
     * ranked matching: most parts must match, not all. {@code null} when the person wrote their own {@code |}: then
     * the query is taken as written. Parts {@code meaningless} says analyse to nothing ("the") are left out.
     */
    static List<String> parts(String expanded, java.util.function.Predicate<String> meaningless) {
        List<String> out = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < expanded.length(); i++) {
            char c = expanded.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == '|') {
                return null;
            }
            if (!quoted && depth == 0 && Character.isWhitespace(c)) {
                add(part, out, meaningless);
            } else {
                part.append(c);
            }
        }
        add(part, out, meaningless);
        return out;
    }

    private static void add(StringBuilder part, List<String> out, java.util.function.Predicate<String> meaningless) {
        String p = part.toString();
        part.setLength(0);
        if (!p.isBlank() && !meaningless.test(p.replaceFirst("^[-+]", ""))) {
            out.add(p);
        }
    }

    /** How many of {@code n} parts must match: all of one or two, all but one of more ("wind farm subsidies"). */
    static int required(int n) {
        return n <= 2 ? n : n - 1;
    }

    private static String quoted(String s) {
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }
}

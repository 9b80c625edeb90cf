package org.verbatim.extraction.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication date, publisher and headline from the text itself: a date in the first lines ("date 2024-01-31",
 * "Published On: January 31, 2024"), a credit line ("Source » Agency"), a short first line without final punctuation.
 * Patterns run only on short, bounded slices of the text, so they stay cheap on any input.
 */
public final class MetadataFinder {

    private static final int HEAD = 600;
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})(?!\\d)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})\\s{1,3}(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?,?\\s{1,3}(\\d{4})(?!\\d)");
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)\\b(date|published|posted|updated|on)\\b");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\s{0,8}(?i:source|via|publisher|published by|courtesy of)[\\s\u00A0]{0,4}[:\u00BB>|\\-\u2013\u2014][\\s\u00A0]{0,4}([^\\n]{2,80}?)\\s*$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private MetadataFinder() {
    }

    public record Metadata(String title, LocalDate published, String publisher) {
    }

    public static Metadata find(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        return new Metadata(title(text), date(head), publisher(text));
    }

    private static LocalDate date(String head) {
        // a date counts in the first line, or anywhere in the head when a label says what it is
        int firstLineEnd = head.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? head : head.substring(0, firstLineEnd);
        for (String slice : new String[]{firstLine, head}) {
            boolean labelled = slice == firstLine || DATE_LABEL.matcher(slice).find();
            if (!labelled) continue;
            Matcher m = ISO.matcher(slice);
            if (m.find()) {
                LocalDate d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (d != null) return d;
            }
            m = MONTH_FIRST.matcher(slice);
            if (m.find()) {
                LocalDate d = of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                if (d != null) return d;
            }
            m = DAY_FIRST.matcher(slice);
            if (m.find()) {
                LocalDate d = of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                if (d != null) return d;
            }
        }
        return null;
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static LocalDate of(int y, int m, int d) {
        if (y < 1800 || y > 2200) return null;
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String publisher(String text) {
        // credit lines sit at the very start or end of a page
        int from = Math.max(0, text.length() - 400);
        String[] slices = {text.substring(from), text.substring(0, Math.min(text.length(), 300))};
        for (String slice : slices) {
            for (String line : slice.split("\n")) {
                if (line.length() > 120) continue;
                Matcher m = SOURCE_LINE.matcher(line);
                if (m.find()) {
                    String p = m.group(1).strip();
                    if (!p.isEmpty() && p.split("\\s+").length <= 6) return p;
                }
            }
        }
        return null;
    }

    private static String title(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int end = text.indexOf('\n', i);
        if (end < 0 || end - i > 200) return null;
        String line = text.substring(i, end).strip();
        if (line.isEmpty()) return null;
        // the next line must be blank or another paragraph: a headline stands alone
        char last = line.charAt(line.length() - 1);
        if (".,;:…\u2026".indexOf(last) >= 0 || line.split("\\s+").length > 20 || line.split("\\s+").length < 3) return null;
        if (ISO.matcher(line).find() || MONTH_FIRST.matcher(line).find() || line.toLowerCase(Locale.ROOT).startsWith("by ")) return null;
        return line;
    }
}

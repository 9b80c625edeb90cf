package org.verbatim.base.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled, lines end in CRLF. Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, so that an exported quote cannot become a formula in whoever opens the file. Numbers are written as is.
 */
public final class Csv {

    /** Tells a spreadsheet the file is UTF-8, so that names like “Bergström” survive: write it first. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private final Writer out;

    public Csv(Writer out) {
        this.out = out;
    }

    /** One record; {@code null} is an empty field, numbers are not neutralised, everything else is text. */
    public void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object f = fields[i];
                if (f instanceof Number n) {
                    out.write(n.toString());
                } else if (f != null) {
                    out.write(field(f.toString()));
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String text) {
        String safe = neutralise(text);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || !safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' ');
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}

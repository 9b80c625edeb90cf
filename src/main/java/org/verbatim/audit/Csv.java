package org.verbatim.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * RFC 4180 CSV for people who open it in a spreadsheet: fields with commas, quotes or line breaks are quoted, and a
 * cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe, so that an audit reason like {@code =HYPERLINK(…)} stays text.
 */
final class Csv {

    /** Tells Excel the file is UTF-8, so that names like “Bergström” survive. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private Csv() {
    }

    static void row(Writer out, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeAFormula(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}

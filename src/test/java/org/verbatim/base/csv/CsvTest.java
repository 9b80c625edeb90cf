package org.verbatim.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

public class CsvTest {

    @Test
    void fields_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_unchanged() {
        StringWriter out = new StringWriter();
        new Csv(out).row("plain", "a, b", "she said \"no\"", "two\nlines", "", null, 42, -7, " padded ");

        assertThat(out.toString()).isEqualTo("plain,\"a, b\",\"she said \"\"no\"\"\",\"two\nlines\",,,42,-7,\" padded \"\r\n");
        assertThat(parse(out.toString())).containsExactly("plain", "a, b", "she said \"no\"", "two\nlines", "", "", "42",
                "-7", " padded ");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        StringWriter out = new StringWriter();
        new Csv(out).row("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3+4", "@SUM(A1:A9)", "\t=1",
                "a=b", "- a list item");

        List<String> fields = parse(out.toString());
        assertThat(fields).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-3+4",
                "'@SUM(A1:A9)", "'\t=1", "a=b", "'- a list item");
        assertThat(fields).noneMatch(f -> f.startsWith("=") || f.startsWith("+") || f.startsWith("@"));
    }

    /** A strict RFC 4180 reader for a whole file: records end in CRLF, quoted fields may hold line breaks. */
    public static List<List<String>> parseAll(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.startsWith("\n", i + 1)) {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** A strict RFC 4180 reader for one record (the first, if {@code line} holds more). */
    public static List<String> parse(String line) {
        return parseAll(line + "\r\n").getFirst();
    }
}

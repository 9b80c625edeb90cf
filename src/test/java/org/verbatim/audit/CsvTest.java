package org.verbatim.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plain_cells_stay_as_they_are() {
        assertThat(Csv.cell("fiona")).isEqualTo("fiona");
        assertThat(Csv.cell("2025-01-02T10:00:00Z")).isEqualTo("2025-01-02T10:00:00Z");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(Csv.cell("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void rows_end_with_crlf() throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, "a", "b,c", null);
        assertThat(out).hasToString("a,\"b,c\",\r\n");
    }
}

package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LuceneSearchTest {

    @Test
    void marks_the_spans_escapes_the_rest_and_joins_spans_apart_only_by_spaces() {
        String text = "The United States said <no> talks & “no deal” with them";
        List<int[]> spans = new ArrayList<>(List.of(new int[]{11, 17}, new int[]{4, 10}, new int[]{28, 33}));

        assertThat(LuceneSearch.marked(text, spans)).isEqualTo(
                "The <mark>United States</mark> said &lt;no&gt; <mark>talks</mark> &amp; “no deal” with them");
    }

    @Test
    void without_spans_the_text_is_only_escaped() {
        assertThat(LuceneSearch.marked("a < b", new ArrayList<>())).isEqualTo("a &lt; b");
    }
}

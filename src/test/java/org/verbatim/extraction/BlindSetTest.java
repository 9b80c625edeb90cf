package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrity of the frozen blind set: it only reads the set, never runs the extractor on it. */
class BlindSetTest {

    @Test
    void every_article_has_gold_resolving_in_order_with_valid_types() throws IOException {
        List<BlindSet.Article> articles = BlindSet.load();
        assertTrue(articles.size() >= 36, "too few articles: " + articles.size());
        int quotes = 0;
        for (BlindSet.Article a : articles) {
            assertTrue(a.quotes().size() >= 8, a.name() + " has only " + a.quotes().size() + " quotes");
            int words = a.text().trim().split("\\s+").length;
            assertTrue(words >= 200 && words <= 700, a.name() + " has " + words + " words");
            int previous = -1;
            for (BlindSet.Quote q : a.quotes()) {
                assertTrue(BlindSet.TYPES.contains(q.type()), a.name() + ": type " + q.type());
                assertTrue(q.start() >= previous, a.name() + ": quotes out of order at " + q.start());
                assertTrue(q.end() > q.start() && q.end() <= a.text().length(), a.name() + ": bad span");
                assertTrue(!q.cue().isBlank(), a.name() + ": empty cue at " + q.start());
                previous = q.start();
            }
            quotes += a.quotes().size();
        }
        assertTrue(quotes >= 450, "too few quotes: " + quotes);
    }

    @Test
    void a_content_missing_from_the_text_fails_naming_file_and_line() {
        var e = assertThrows(IllegalStateException.class,
                () -> BlindSet.parse("x.gold.tsv", "He said it rained.", "INDIRECT\tit rained\tHe\tsaid\nDIRECT\tsnow\tHe\tsaid\n"));
        assertTrue(e.getMessage().startsWith("x.gold.tsv line 2"), e.getMessage());
    }

    @Test
    void contents_resolve_to_the_first_occurrence_at_or_after_the_previous_start() {
        String text = "\"Yes,\" she said. \"No,\" he said. \"Yes,\" he said.";
        List<BlindSet.Quote> q = BlindSet.parse("y.gold.tsv", text, "DIRECT\tNo,\tB\tsaid\nDIRECT\tYes,\tB\tsaid\n");
        assertEquals(text.lastIndexOf("Yes,"), q.get(1).start());
        assertEquals(null, BlindSet.parse("z.gold.tsv", text, "DIRECT\tYes,\t\tsaid\n").get(0).speaker());
    }
}

package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integrity of the frozen blind set: it only reads the set, never runs the extractor on it. */
class BlindSetTest {

    @Test
    void every_article_has_gold_resolving_in_order_with_valid_types() throws IOException {
        List<AnnotatedSet.Article> articles = AnnotatedSet.load(AnnotatedSet.BLIND);
        assertTrue(articles.size() >= 36, "too few articles: " + articles.size());
        assertEquals(List.of(), AnnotatedSet.problems(articles, 8));
        int quotes = articles.stream().mapToInt(a -> a.quotes().size()).sum();
        assertTrue(quotes >= 450, "too few quotes: " + quotes);
    }
}

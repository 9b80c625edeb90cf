package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Integrity of the own development set (src/test/resources/extraction/owndev): it reads the set, never extracts. */
class OwnDevSetTest {

    @Test
    void every_article_has_gold_resolving_in_order_with_valid_types() throws IOException {
        List<AnnotatedSet.Article> articles = AnnotatedSet.load(AnnotatedSet.OWN_DEV);
        assertTrue(articles.size() >= 40, "too few articles: " + articles.size());
        assertEquals(List.of(), AnnotatedSet.problems(articles, 8));
        int quotes = articles.stream().mapToInt(a -> a.quotes().size()).sum();
        assertTrue(quotes >= 550, "too few quotes: " + quotes);
    }

    @Test
    void every_kind_of_quote_is_well_represented() throws IOException {
        Map<String, Long> byType = AnnotatedSet.load(AnnotatedSet.OWN_DEV).stream()
                .flatMap(a -> a.quotes().stream())
                .collect(Collectors.groupingBy(AnnotatedSet.Quote::type, Collectors.counting()));
        assertTrue(byType.getOrDefault("DIRECT", 0L) >= 200, "DIRECT: " + byType);
        assertTrue(byType.getOrDefault("INDIRECT", 0L) >= 200, "INDIRECT: " + byType);
        assertTrue(byType.getOrDefault("MIXED", 0L) >= 80, "MIXED: " + byType);
    }

    @Test
    void every_speaker_field_is_a_name_or_description_not_a_pronoun() throws IOException {
        List<String> pronouns = List.of("he", "she", "they", "it", "him", "her", "we", "i");
        for (AnnotatedSet.Article a : AnnotatedSet.load(AnnotatedSet.OWN_DEV)) {
            for (AnnotatedSet.Quote q : a.quotes()) {
                if (q.speaker() == null) continue;
                assertTrue(!pronouns.contains(q.speaker().toLowerCase(java.util.Locale.ROOT)), a.name() + ": unresolved speaker " + q.speaker());
                assertEquals(q.speaker().strip(), q.speaker(), a.name() + ": speaker with surrounding blanks");
            }
        }
    }
}

package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.extraction.cli.SyntheticArticles;

/** Any input ends in a result within bounded time; offsets always index the input. */
class RobustnessTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private void checkOffsets(String text, ExtractionResult r) {
        for (ExtractedQuote q : r.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void largest_accepted_article_is_processed_in_bounded_time() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(7);
        while (sb.length() < ArticleText.MAX_BYTES - 10_000) sb.append(SyntheticArticles.article(random, 800));
        String text = sb.toString();
        ExtractionResult r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extractor.extract(text));
        assertThat(r.quotes()).hasSizeGreaterThan(1000);
        checkOffsets(text, r);
    }

    @Test
    void pathological_inputs_do_not_hang() {
        String[] inputs = {
                "\"".repeat(200_000),
                "\u201C".repeat(100_000) + "said he",
                "a".repeat(500_000),
                ", he said".repeat(50_000),
                "Aaaa Bbbb Cccc ".repeat(50_000) + "said that",
                "date ".repeat(50_000) + "2021-01-01",
                "Source \u00BB " + "x".repeat(200_000),
                "\n".repeat(200_000),
                "According to according to according to ".repeat(20_000),
                "\uD800\uDC00\uDFFF\uD800".repeat(50_000)};
        for (String in : inputs) {
            ExtractionResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(in));
            checkOffsets(in, r);
        }
    }

    @Test
    void extractor_is_safe_to_share_between_threads() throws Exception {
        String text = SyntheticArticles.article(new Random(1), 800);
        ExtractionResult expected = extractor.extract(text);
        Thread[] threads = new Thread[4];
        boolean[] same = new boolean[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = Thread.ofPlatform().start(() -> {
                boolean ok = true;
                for (int n = 0; n < 50; n++) ok &= extractor.extract(text).equals(expected);
                same[k] = ok;
            });
        }
        for (Thread t : threads) t.join();
        assertThat(same).containsOnly(true);
    }
}

package org.verbatim.extraction;

import org.junit.jupiter.api.Test;

class ProbeScratchTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private void show(String text) {
        System.out.println("-----");
        for (ExtractedQuote q : extractor.extract(text).quotes()) {
            System.out.println("PROBE [" + q.speaker() + "] " + q.text());
        }
        for (ExtractedSpeaker sp : extractor.extract(text).speakers()) System.out.println("SPK " + sp);
    }

    @Test
    void seeds() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("/work/shared/seeds"))) {
            for (var f : files.sorted().toList()) {
                if (!f.toString().endsWith(".txt")) continue;
                System.out.println("SEED " + f.getFileName());
                show(java.nio.file.Files.readString(f));
            }
        }
    }

    @Test
    void probe() throws Exception {
        String[] xs = {
            "The Alpine Ski Federation met on Monday. The federation's sporting director, Lina Haas, backed the move. \"It is right,\" Haas said.",
            "Pagewell closed shops. A Pagewell spokeswoman, Nadia Frost, said later that the figures were old.",
            "\"We will race,\" said Jonas Kerber, chairman of the Skiers' Association and a former downhill champion.",
            "\"It will cost more,\" said Mayor Claire Dunmore of Orrington."};
        for (String x : xs) show(x);
    }
}

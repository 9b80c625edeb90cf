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
            "\"I heard the pillars crack,\" the woman, who gave her name as Mrs Bukola Adeniran, said.\n\nShe said she had reported the cracks.",
            "A tea plucker from the Hatton area, who gave her name only as Lakshmi, said her daughter was studying for her exams.",
            "The clerk, who asked that we only use his first name, Harjit, told KFCV he had worked at the store for six years.",
            "A tea plucker from the Hatton area, who gave her name only as Lakshmi, said her daughter was studying for her exams.",
            "Coach Desmond Grant spoke first. Grant, who has coached at the school for 22 years, said the team would still contend.",
            "Omar Sinclair of Westbury Technical, whose team finished second at last year's Champs, said nobody at his school was celebrating.",
            "The clerk, who asked that we only use his first name, Harjit, told KFCV he had worked at the store for six years.",
            "A specialist at Queen Elizabeth Hospital, who spoke on condition of anonymity, told The Star the unit was short of staff.",
            "The woman in front of me, who turned around halfway through, said the play had made her cry.",
            "Police said a man, who has not been named, told officers he had been attacked."};
        for (String x : xs) show(x);
    }
}

package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The frozen blind set (src/test/resources/extraction/blind, see its README.md): news outside the genres the
 * extractor was tuned on. It prints one report line and deliberately no misses: nobody tunes against this set.
 * The floors are weak placeholders until the lead sets real ones.
 */
@Tag("eval")
class BlindEval {

    @Test
    void blind_set_reaches_its_floor() throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        EvalScorer scorer = new EvalScorer();
        for (BlindSet.Article article : BlindSet.load()) {
            List<EvalScorer.Gold> golds = new ArrayList<>();
            for (BlindSet.Quote q : article.quotes()) golds.add(new EvalScorer.Gold(q.start(), q.end(), q.speaker(), -1, -1, true));
            QuoteExtractor.Annotated a = extractor.annotate(article.text(), null);
            List<EvalScorer.Predicted> preds = new ArrayList<>();
            for (int i = 0; i < a.result().quotes().size(); i++) preds.add(EvalScorer.predicted(a, i));
            scorer.add(article.name(), article.text(), golds, preds);
        }
        System.out.println(scorer.report("blind"));
        assertTrue(scorer.f1() >= 0.5, "blind F1 below the floor: " + scorer.f1());
        assertTrue(scorer.speakerAccuracy() >= 0.5, "blind speaker accuracy below the floor: " + scorer.speakerAccuracy());
    }
}

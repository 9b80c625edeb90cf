package org.verbatim.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.verbatim.compare.ContradictionScorer.Labelled;
import org.verbatim.compare.ContradictionScorer.Memory;

/** The reviewers' pair labels as the scorer uses them: by pair, with the topic terms and kind of contrast of each. */
@Component
class LabelMemory {

    private final PairLabelRepository labels;
    private final StatementIndex index;

    LabelMemory(PairLabelRepository labels, StatementIndex index) {
        this.labels = labels;
        this.index = index;
    }

    /** Needs a transaction. */
    Memory memory() {
        List<PairLabel> all = labels.findAllWithQuotes();
        if (all.isEmpty()) {
            return Memory.EMPTY;
        }
        Map<String, Labelled> byPair = new HashMap<>();
        List<Labelled> list = new ArrayList<>();
        for (PairLabel l : all) {
            String a = l.getFirst().getText();
            String b = l.getSecond().getText();
            Set<String> shared = new LinkedHashSet<>(index.queries().terms(a));
            shared.retainAll(index.queries().terms(b));
            Statement sa = new Statement(l.getFirst().getId(), 0, a, null, null, null, null, null);
            Statement sb = new Statement(l.getSecond().getId(), 0, b, null, null, null, null, null);
            var contrast = ContradictionScorer.score(sa, sb, 1, shared, List.of(),
                    ContradictionFinder.sharedParties(index.queries(), sa, sb), Memory.EMPTY).contrast();
            Labelled labelled = new Labelled(l.getFirst().getId(), l.getSecond().getId(), l.getVerdict(), shared,
                    contrast);
            list.add(labelled);
            byPair.put(Memory.pairKey(labelled.firstQuoteId(), labelled.secondQuoteId()), labelled);
        }
        return new Memory(Map.copyOf(byPair), List.copyOf(list));
    }
}

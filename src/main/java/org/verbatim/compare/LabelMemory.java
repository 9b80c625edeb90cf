package org.verbatim.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The memory as last built, and the labels' stamp it was built for. */
    private record Built(String stamp, Memory memory) {
    }

    private volatile Built built;

    /**
     * Needs a transaction. Built again only when a label or a labelled statement changed (on any node): every
     * finder run and watch list reads it, and building it reads the claims of every labelled pair.
     */
    Memory memory() {
        String stamp = labels.stamp();
        Built last = built;
        if (last != null && last.stamp().equals(stamp)) {
            return last.memory();
        }
        Memory memory = build();
        built = new Built(stamp, memory);
        return memory;
    }

    private Memory build() {
        List<PairLabel> all = labels.findAllWithQuotes();
        if (all.isEmpty()) {
            return Memory.EMPTY;
        }
        Map<String, Labelled> byPair = new HashMap<>();
        List<Labelled> list = new ArrayList<>();
        for (PairLabel l : all) {
            var stance = org.verbatim.language.StanceComparison.compare(index.claims().of(l.getFirst().getText()),
                    index.claims().of(l.getSecond().getText()));
            Labelled labelled = new Labelled(l.getFirst().getId(), l.getSecond().getId(), l.getVerdict(), l.getNote(),
                    ContradictionScorer.sharedTerms(stance), ContradictionScorer.contrast(stance));
            list.add(labelled);
            byPair.put(Memory.pairKey(labelled.firstQuoteId(), labelled.secondQuoteId()), labelled);
        }
        return new Memory(Map.copyOf(byPair), List.copyOf(list));
    }
}

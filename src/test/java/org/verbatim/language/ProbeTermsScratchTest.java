package org.verbatim.language;

import org.junit.jupiter.api.Test;

class ProbeTermsScratchTest {
    @Test
    void terms() {
        var r = new ClaimReader(WordNetLexicon.shared());
        for (String text : System.getProperty("texts", "").split("\\|")) {
            Claim c = r.read(text);
            System.out.println("TEXT " + text);
            for (var t : c.spoken().terms()) System.out.println("  T " + t.written() + " cl=" + t.clause() + " pred=" + t.predicative() + " neg=" + t.negated() + " subj=" + t.subject() + " mod=" + t.modifier() + " adj=" + t.adjunct() + " val=" + t.entry().valence());
            System.out.println("  DIR " + StanceComparison.direction(c.spoken(), java.util.stream.IntStream.range(0, 20).boxed().collect(java.util.stream.Collectors.toSet())));
        }
    }
}

package org.verbatim.compare;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionScorer.Memory;
import org.verbatim.language.StanceComparison;

class MissScratchTest {
    @Test
    void misses() throws Exception {
        Claims claims = new Claims();
        for (var l : ContradictionReplay.read(Path.of(System.getProperty("dump", "/tmp/cdev.dump")))) {
            if (l.topic().equals("seed")) continue;
            var nb = new ContradictionFinder.Neighbours(l.source(), l.others(), l.wording(), l.reported());
            var found = ContradictionFinder.weighAll(claims, nb, Memory.EMPTY, 10);
            var ids = found.stream().map(p -> p.second().quoteId()).toList();
            if (ids.subList(0, Math.min(5, ids.size())).contains(l.partner())) continue;
            Statement partner = l.others().stream().filter(o -> o.quoteId() == l.partner()).findFirst().orElse(null);
            System.out.println("MISS " + l.topic() + ":" + l.line() + " " + l.direction() + " rank=" + (ids.indexOf(l.partner()) + 1)
                + (partner == null ? " NOT-RETRIEVED" : ""));
            System.out.println("   S: " + l.source().speakerName() + " [" + l.source().affiliationKey() + "] " + l.source().text());
            if (partner == null) continue;
            System.out.println("   P: " + partner.speakerName() + " [" + partner.affiliationKey() + "] " + partner.text());
            var ca = claims.of(l.source().text()); var cb = claims.of(partner.text());
            var st = StanceComparison.compare(ca, cb, ContradictionFinder.ownSide(l.source(), partner));
            System.out.println("   shared=" + st.sharedWords() + " names=" + st.sharedNames() + " spoken=" + ClaimShape.sharedInSpokenWords(ca, cb, ContradictionFinder.ownSide(l.source(), partner))
                + " sameSide=" + ContradictionScorer.sameSide(l.source(), partner) + " differs=" + st.differs() + " weak=" + st.weak() + " diffs=" + st.differences());
            for (int i = 0; i < Math.min(5, found.size()); i++) {
                var p = found.get(i);
                String tag = l.contradiction().contains(p.second().quoteId()) ? "contra" : l.same().contains(p.second().quoteId()) ? "same" : l.cross().contains(p.second().quoteId()) ? "cross" : l.topicQuotes().contains(p.second().quoteId()) ? "unjudged" : "OTHER";
                String t = p.second().text();
                System.out.printf("     %d %.3f %s %s: %s%n", i + 1, p.scored().score(), tag, p.scored().unexplained() ? "U" : "", t.substring(0, Math.min(110, t.length())));
            }
        }
    }

    @Test
    void sames() throws Exception {
        if (!Boolean.getBoolean("sames")) return;
        Claims claims = new Claims();
        for (var l : ContradictionReplay.read(Path.of(System.getProperty("dump", "/tmp/cdev.dump")))) {
            if (l.topic().equals("seed")) continue;
            var nb = new ContradictionFinder.Neighbours(l.source(), l.others(), l.wording(), l.reported());
            var found = ContradictionFinder.weighAll(claims, nb, Memory.EMPTY, 10);
            for (int i = 0; i < Math.min(3, found.size()); i++) {
                var p = found.get(i);
                if (!l.same().contains(p.second().quoteId())) continue;
                System.out.println("SAME " + l.topic() + ":" + l.line() + " " + l.direction() + " at " + (i + 1));
                System.out.println("   S: " + l.source().text());
                System.out.println("   X: " + p.second().text());
                System.out.println("   " + p.scored().reasons());
            }
        }
    }
}

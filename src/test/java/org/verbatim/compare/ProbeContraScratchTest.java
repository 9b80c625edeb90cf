package org.verbatim.compare;

import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionScorer.Memory;

class ProbeContraScratchTest {
    private final Claims claims = new Claims();
    private long id = 1;

    private void pair(String a, String b) {
        Statement x = new Statement(id, id, a, id, "Ann Lee", "gov", "gov", null); id++;
        Statement y = new Statement(id, id, b, id, "Bo Kim", "gov", "gov", null); id++;
        ContradictionFinder.Pair p = ContradictionFinder.weigh(claims, x, y, 1.0, Memory.EMPTY);
        System.out.println("PAIR " + (p == null ? "none" : String.format("%.3f %s %s", p.scored().score(), p.scored().contrast(), p.scored().reasons())) + "\n   A: " + a + "\n   B: " + b);
    }

    @Test
    void entries() {
        var lex = org.verbatim.language.WordNetLexicon.shared();
        for (String w : System.getProperty("words", "passed,failed").split(",")) System.out.println("ENTRY " + w + " " + lex.entry(w));
    }

    @Test
    void probe() {
        pair("Not a drop of waste water has gone into the river since May.", "Each night we still release treated water into the river.");
        pair("Not a drop of waste water has gone from the Tolvik mill into the Lenne since May.", "Each night we still release treated water from the settling ponds into the river.");
        if (Boolean.getBoolean("short")) return;
        // contradictions
        pair("The bill passed the upper house on Tuesday.", "The bill failed in the upper house.");
        pair("All of the reactors will be closed by 2030.", "None of the reactors will be closed before 2040.");
        pair("Every school will reopen on Monday.", "No school will reopen this month.");
        pair("The merger was approved by the board.", "The board rejected the merger.");
        pair("Inflation is falling and will keep falling.", "Inflation is rising again.");
        pair("The vaccine is safe for children.", "The vaccine is not safe for children.");
        pair("We will accept the offer.", "We have turned down the offer.");
        pair("The strike is over.", "The strike continues.");
        pair("The ban will be lifted in June.", "The ban will stay in place.");
        pair("Unemployment fell to 4 percent.", "Unemployment rose to 6 percent.");
        // agreements
        pair("No licence will be granted.", "The licence plan has been shelved.");
        pair("The night-time ban starts on Monday.", "The ban on night flights begins Monday.");
        pair("The bill passed the upper house on Tuesday.", "The upper house approved the bill.");
        pair("The plant will close next year.", "The plant is to shut down in 2027.");
        pair("We have rejected the offer.", "The offer was turned down.");
    }
}

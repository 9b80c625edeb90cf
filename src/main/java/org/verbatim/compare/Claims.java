package org.verbatim.compare;

import java.util.Map;

import org.verbatim.language.Claim;
import org.verbatim.language.ClaimReader;
import org.verbatim.language.WordNetLexicon;

/**
 * Statements read as claims (negation, modality, quantities, names), remembered: a statement is compared with sixty
 * neighbours, and a neighbour turns up for many statements. WordNet is loaded on the first claim read.
 */
final class Claims {

    private static final int KEPT = 50_000;

    private final Map<String, Claim> read = Recent.keeping(KEPT);
    private volatile ClaimReader reader;

    Claim of(String text) {
        String key = text == null ? "" : text;
        Claim known = read.get(key);
        if (known != null) {
            return known;
        }
        Claim fresh = reader().read(key);
        read.put(key, fresh);
        return fresh;
    }

    private ClaimReader reader() {
        ClaimReader r = reader;
        if (r == null) {
            r = new ClaimReader(WordNetLexicon.shared());
            reader = r;
        }
        return r;
    }
}

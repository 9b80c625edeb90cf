package org.verbatim.extraction.lexicon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word lists tolerate repeats, so the lexicons can be edited freely. */
public final class Words {
    private Words() {
    }

    public static Set<String> setOf(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}

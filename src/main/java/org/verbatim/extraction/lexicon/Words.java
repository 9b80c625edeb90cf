package org.verbatim.extraction.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/** Word lists tolerate repeats, so the lexicons can be edited freely. */
public final class Words {
    private Words() {
    }

    public static Set<String> setOf(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }

    /** Each "key<TAB>value" row of a table shipped beside the lexicon, skipping '#' comments and rows with no key. */
    static void readTable(String resource, BiConsumer<String, String> row) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.charAt(0) == '#') continue;
                row.accept(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

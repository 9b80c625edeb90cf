package org.verbatim.extraction;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The frozen blind test set on the classpath under extraction/blind (see its README.md): articles {@code NN-slug.txt}
 * with hand annotation {@code NN-slug.gold.tsv}, one quote a line: type, content, speaker, cue. Each content resolves
 * to its first occurrence at or after the previous line's start; a content that is not there fails loudly.
 */
final class BlindSet {

    static final String FOLDER = "/extraction/blind";
    static final Set<String> TYPES = Set.of("DIRECT", "INDIRECT", "MIXED");

    record Quote(String type, int start, int end, String speaker, String cue) {
    }

    record Article(String name, String text, List<Quote> quotes) {
    }

    private BlindSet() {
    }

    /** Every article of the set with its resolved gold, in file-name order. */
    static List<Article> load() throws IOException {
        URL url = BlindSet.class.getResource(FOLDER);
        if (url == null) throw new IllegalStateException("blind set not on the classpath: " + FOLDER);
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return load(fs.getPath(FOLDER));
                }
            }
            return load(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Article> load(Path dir) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Article> out = new ArrayList<>();
        for (Path t : texts) {
            String name = t.getFileName().toString();
            Path g = t.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.tsv");
            if (!Files.exists(g)) throw new IllegalStateException("no gold file for " + name);
            String text = Files.readString(t, StandardCharsets.UTF_8);
            out.add(new Article(name, text, parse(g.getFileName().toString(), text, Files.readString(g, StandardCharsets.UTF_8))));
        }
        return out;
    }

    static List<Quote> parse(String file, String text, String gold) {
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        String[] lines = gold.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = file + " line " + (i + 1);
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IllegalStateException(where + ": expected 4 tab-separated fields, got " + f.length);
            if (!TYPES.contains(f[0])) throw new IllegalStateException(where + ": unknown type " + f[0]);
            if (f[1].isEmpty()) throw new IllegalStateException(where + ": empty content");
            int s = text.indexOf(f[1], from);
            if (s < 0) throw new IllegalStateException(where + ": content not found at or after offset " + from + ": " + f[1]);
            quotes.add(new Quote(f[0], s, s + f[1].length(), f[2].isEmpty() ? null : f[2], f[3]));
            from = s;
        }
        return quotes;
    }
}

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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hand-annotated article set on the classpath (see each folder's README.md): articles {@code NN-slug.txt} with
 * annotation {@code NN-slug.gold.tsv}, one quote a line: type, content, speaker, cue. Each content resolves to its first
 * occurrence at or after the previous line's start; a content that is not there fails loudly. Two sets share the
 * format: the frozen blind set and the own development set that may be tuned against.
 */
final class AnnotatedSet {

    static final String BLIND = "/extraction/blind";
    static final String OWN_DEV = "/extraction/owndev";
    static final Set<String> TYPES = Set.of("DIRECT", "INDIRECT", "MIXED");

    record Quote(String type, int start, int end, String speaker, String cue) {
    }

    record Article(String name, String text, List<Quote> quotes) {
    }

    private AnnotatedSet() {
    }

    /** Every article of the set in the classpath folder, with its resolved gold, in file-name order. */
    static List<Article> load(String folder) throws IOException {
        URL url = AnnotatedSet.class.getResource(folder);
        if (url == null) throw new IllegalStateException("annotated set not on the classpath: " + folder);
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return load(fs.getPath(folder));
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

    /**
     * What breaks the sets' shared rules, one message per problem: every article 200–700 words with at least
     * {@code minQuotes} quotes, spans inside the text and in order, a known type and a cue on every line.
     */
    static List<String> problems(List<Article> articles, int minQuotes) {
        List<String> out = new ArrayList<>();
        for (Article a : articles) {
            if (a.quotes().size() < minQuotes) out.add(a.name() + " has only " + a.quotes().size() + " quotes");
            int words = a.text().trim().split("\\s+").length;
            if (words < 200 || words > 700) out.add(a.name() + " has " + words + " words");
            int previous = -1;
            for (Quote q : a.quotes()) {
                if (!TYPES.contains(q.type())) out.add(a.name() + ": type " + q.type());
                if (q.start() < previous) out.add(a.name() + ": quotes out of order at " + q.start());
                if (q.end() <= q.start() || q.end() > a.text().length()) out.add(a.name() + ": bad span at " + q.start());
                if (q.cue().isBlank()) out.add(a.name() + ": empty cue at " + q.start());
                previous = q.start();
            }
        }
        return out;
    }

    /**
     * The gold as statements: the sets annotate an interrupted quotation ("“A,” she said. “B.”") as two lines, while
     * PolNeAR and the extractor take it as one statement from A to B. Two consecutive DIRECT lines join when they have
     * the same speaker and only their attribution stands between them in one paragraph (the text between holds the
     * second line's cue, no line break and no more than {@link #MAX_INTERRUPTION} characters). Nothing else changes.
     */
    static List<Quote> statements(String text, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && interrupts(text, previous, q)) {
                out.set(out.size() - 1, new Quote(previous.type(), previous.start(), q.end(), previous.speaker(), previous.cue()));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    static final int MAX_INTERRUPTION = 120;

    private static boolean interrupts(String text, Quote previous, Quote q) {
        if (!previous.type().equals("DIRECT") || !q.type().equals("DIRECT")) return false;
        if (!Objects.equals(previous.speaker(), q.speaker()) || q.start() <= previous.end()) return false;
        String between = text.substring(previous.end(), q.start());
        return between.length() <= MAX_INTERRUPTION && between.indexOf('\n') < 0 && between.contains(q.cue());
    }

    /** Runs the extractor on every article and scores it at every level of {@link EvalScorer#LEVELS}, line by line. */
    static List<EvalScorer> score(QuoteExtractor extractor, List<Article> articles) {
        return score(extractor, articles, false);
    }

    /** Like {@link #score(QuoteExtractor, List)}; with {@code asStatements} the gold is {@link #statements}. */
    static List<EvalScorer> score(QuoteExtractor extractor, List<Article> articles, boolean asStatements) {
        List<EvalScorer> scores = EvalScorer.atEveryLevel();
        for (Article article : articles) {
            List<EvalScorer.Gold> golds = new ArrayList<>();
            List<Quote> gold = asStatements ? statements(article.text(), article.quotes()) : article.quotes();
            for (Quote q : gold) golds.add(new EvalScorer.Gold(q.start(), q.end(), q.speaker(), -1, -1, true));
            QuoteExtractor.Annotated a = extractor.annotate(article.text(), null);
            List<EvalScorer.Predicted> preds = new ArrayList<>();
            for (int i = 0; i < a.result().quotes().size(); i++) preds.add(EvalScorer.predicted(a, i));
            for (EvalScorer s : scores) s.add(article.name(), article.text(), golds, preds);
        }
        return scores;
    }
}

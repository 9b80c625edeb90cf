package org.verbatim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The contradiction test set under {@code src/test/resources/compare/topics/<set>/<topic>/}: short news articles
 * ({@code NN.txt}, headline on the first line) and {@code pairs.tsv}, whose lines are
 * {@code label<TAB>fragment A<TAB>fragment B}. A fragment is an exact piece of one quote of that topic. Labels:
 * {@code contradiction} (two speakers of one government or organisation say opposite things), {@code same} (the same
 * stance: a paraphrase, a colleague or another body agreeing) and {@code cross} (opposite stances of different
 * organisations: a disagreement, not a contradiction). The set {@code dev} may be looked at while tuning the
 * finder; {@code blind} is for the final figure only.
 */
final class ContradictionTopics {

    static final String ROOT = "compare/topics";
    static final List<String> SETS = List.of("dev", "blind");

    enum Label {
        CONTRADICTION, SAME, CROSS;

        static Label parse(String written) {
            for (Label l : values()) {
                if (l.name().toLowerCase(Locale.ROOT).equals(written)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown label '" + written + "' (contradiction, same or cross)");
        }
    }

    record Article(String file, String text) {
        String headline() {
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        }
    }

    /** {@code line} is the line number in pairs.tsv, for messages. */
    record Pair(Label label, String a, String b, int line) {
    }

    record Topic(String set, String name, Path dir, List<Article> articles, List<Pair> pairs) {
        String id() {
            return set + "/" + name;
        }
    }

    private ContradictionTopics() {
    }

    /** The folder holding the sets, as the test classpath has it (a folder, never a jar, in this build). */
    static Path root() {
        URL url = ContradictionTopics.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("No " + ROOT + " on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every topic of a set, in name order; articles in file order. Throws on a pairs line it cannot read. */
    static List<Topic> load(String set) {
        Path dir = root().resolve(set);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("No contradiction topic set '" + set + "' under " + root());
        }
        try (Stream<Path> topics = Files.list(dir)) {
            List<Topic> out = new ArrayList<>();
            for (Path t : topics.filter(Files::isDirectory).sorted().toList()) {
                out.add(new Topic(set, t.getFileName().toString(), t, articles(t), pairs(t)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sets named in {@code -Dcontradiction.sets} (comma-separated), or all of them. */
    static List<String> selectedSets() {
        String named = System.getProperty("contradiction.sets", "");
        if (named.isBlank()) {
            return SETS;
        }
        List<String> out = new ArrayList<>();
        for (String s : named.split(",")) {
            String set = s.strip();
            if (!SETS.contains(set)) {
                throw new IllegalArgumentException("contradiction.sets: unknown set '" + set + "', expected " + SETS);
            }
            if (!out.contains(set)) {
                out.add(set);
            }
        }
        return out;
    }

    /**
     * Whether a topic is among those named in {@code -Dcontradiction.topics} (comma-separated topic folder names, all
     * when not given): to measure a part of a set on its own, such as the topics added last against the older ones.
     */
    static boolean selected(Topic topic) {
        String named = System.getProperty("contradiction.topics", "");
        if (named.isBlank()) {
            return true;
        }
        for (String t : named.split(",")) {
            if (t.strip().equals(topic.name())) {
                return true;
            }
        }
        return false;
    }

    private static List<Article> articles(Path topic) throws IOException {
        try (Stream<Path> files = Files.list(topic)) {
            List<Article> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Article(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        }
    }

    private static List<Pair> pairs(Path topic) throws IOException {
        Path file = topic.resolve("pairs.tsv");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 3 tab-separated fields, found "
                        + fields.length);
            }
            out.add(new Pair(Label.parse(fields[0]), fields[1], fields[2], i + 1));
        }
        return out;
    }
}

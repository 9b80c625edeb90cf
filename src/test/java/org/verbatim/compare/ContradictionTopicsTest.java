package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionTopics.Article;
import org.verbatim.compare.ContradictionTopics.Label;
import org.verbatim.compare.ContradictionTopics.Pair;
import org.verbatim.compare.ContradictionTopics.Topic;

/**
 * The contradiction test set is what {@link ContradictionEval} measures the finder by: its layout and labels must hold
 * without the application. Each problem is listed with its file, so a broken edit says where it is.
 */
class ContradictionTopicsTest {

    private static final Pattern ARTICLE_NAME = Pattern.compile("\\d\\d\\.txt");
    private static final Pattern WORD = Pattern.compile("\\S+");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "blind"})
    void each_set_has_at_least_six_topics_of_four_to_eight_articles(String set) {
        List<Topic> topics = ContradictionTopics.load(set);
        assertThat(topics).as(set + " topics").hasSizeGreaterThanOrEqualTo(6);
        List<String> problems = new ArrayList<>();
        for (Topic t : topics) {
            if (t.articles().size() < 4 || t.articles().size() > 8) {
                problems.add(t.id() + ": " + t.articles().size() + " articles, expected 4 to 8");
            }
            problems.addAll(strayFiles(t));
            for (Article a : t.articles()) {
                problems.addAll(articleProblems(t, a));
            }
        }
        assertThat(problems).as("layout problems").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "blind"})
    void every_fragment_occurs_once_in_exactly_one_article_of_its_topic(String set) {
        List<String> problems = new ArrayList<>();
        for (Topic t : ContradictionTopics.load(set)) {
            for (Pair p : t.pairs()) {
                for (String fragment : List.of(p.a(), p.b())) {
                    String where = t.id() + "/pairs.tsv:" + p.line() + " '" + fragment + "'";
                    int words = (int) WORD.matcher(fragment).results().count();
                    if (words < 4 || words > 12) {
                        problems.add(where + ": " + words + " words, expected 4 to 12");
                    }
                    if (!fragment.equals(fragment.strip())) {
                        problems.add(where + ": leading or trailing space");
                    }
                    int occurrences = 0;
                    for (Article a : t.articles()) {
                        occurrences += count(a.text(), fragment);
                    }
                    if (occurrences != 1) {
                        problems.add(where + ": found " + occurrences + " times in the topic's articles, expected once");
                    }
                }
                if (p.a().equals(p.b())) {
                    problems.add(t.id() + "/pairs.tsv:" + p.line() + ": a pair of one fragment with itself");
                }
            }
        }
        assertThat(problems).as("fragment problems").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "blind"})
    void every_topic_has_a_contradiction_and_a_same_stance_pair_and_no_pair_twice(String set) {
        List<String> problems = new ArrayList<>();
        for (Topic t : ContradictionTopics.load(set)) {
            if (t.pairs().stream().noneMatch(p -> p.label() == Label.CONTRADICTION)) {
                problems.add(t.id() + ": no contradiction pair");
            }
            if (t.pairs().stream().noneMatch(p -> p.label() == Label.SAME)) {
                problems.add(t.id() + ": no same-stance pair");
            }
            Set<Set<String>> seen = new HashSet<>();
            for (Pair p : t.pairs()) {
                if (!seen.add(Set.of(p.a(), p.b()))) {
                    problems.add(t.id() + "/pairs.tsv:" + p.line() + ": this pair is labelled twice");
                }
            }
        }
        assertThat(problems).as("label problems").isEmpty();
    }

    @Test
    void no_topic_is_in_both_sets_and_no_article_text_is_repeated() {
        Set<String> names = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String set : ContradictionTopics.SETS) {
            for (Topic t : ContradictionTopics.load(set)) {
                if (!names.add(t.name())) {
                    problems.add(t.id() + ": a topic of that name is in another set");
                }
                for (Article a : t.articles()) {
                    if (!texts.add(a.text().strip())) {
                        problems.add(t.id() + "/" + a.file() + ": the same text is in another article");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void labels_other_than_the_three_are_refused() {
        assertThat(Label.parse("cross")).isEqualTo(Label.CROSS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Label.parse("opposite"))
                .hasMessageContaining("opposite");
    }

    private static List<String> strayFiles(Topic t) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(t.dir())) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("pairs.tsv") && !ARTICLE_NAME.matcher(n).matches())
                    .forEach(n -> problems.add(t.id() + "/" + n + ": neither NN.txt nor pairs.tsv"));
        } catch (IOException e) {
            problems.add(t.id() + ": " + e);
        }
        if (!Files.exists(t.dir().resolve("pairs.tsv"))) {
            problems.add(t.id() + ": no pairs.tsv");
        }
        return problems;
    }

    private static List<String> articleProblems(Topic t, Article a) {
        List<String> problems = new ArrayList<>();
        String where = t.id() + "/" + a.file();
        String[] lines = a.text().split("\n", -1);
        if (a.headline().isEmpty() || lines.length < 3 || !lines[1].isBlank()) {
            problems.add(where + ": expected a headline, a blank line, then the article");
        }
        long words = WORD.matcher(a.text()).results().count();
        if (words < 120 || words > 400) {
            problems.add(where + ": " + words + " words, expected 120 to 400");
        }
        return problems;
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            n++;
        }
        return n;
    }
}

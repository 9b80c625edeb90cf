package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Training needs the corpus (or a dump of the contradiction evaluation) and rewrites a resource: only {@code mvn -Ptrain
 * test} runs it, never the default suite or -Peval.
 */
class SpeakerRankerTrainingProfileTest {

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    private static String text(Element parent, String tag) {
        NodeList l = parent.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }

    private static Element profile(Document pom, String id) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element p = (Element) profiles.item(i);
            if (id.equals(text(p, "id"))) return p;
        }
        throw new AssertionError("no profile " + id);
    }

    private static List<String> groups(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).toList();
    }

    @org.junit.jupiter.api.Test
    void the_training_classes_are_tagged_train() {
        assertThat(SpeakerRankerTraining.class.getAnnotation(Tag.class).value()).isEqualTo("train");
        assertThat(CANDIDATE_RANKER_TRAINING.getAnnotation(Tag.class).value()).isEqualTo("train");
    }

    private static final Class<?> CANDIDATE_RANKER_TRAINING = load("org.verbatim.compare.CandidateRankerTraining");

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @org.junit.jupiter.api.Test
    void the_default_suite_and_the_evaluations_exclude_training() throws Exception {
        Document pom = pom();
        Element properties = (Element) pom.getDocumentElement().getElementsByTagName("properties").item(0);
        assertThat(groups(text(properties, "surefire.excludedGroups"))).contains("train", "eval");
        assertThat(groups(text(profile(pom, "eval"), "surefire.excludedGroups"))).contains("train").doesNotContain("eval");
        assertThat(groups(text(profile(pom, "bench"), "surefire.excludedGroups"))).contains("train");
        // and the class name matches none of the default includes
        for (Class<?> training : List.of(SpeakerRankerTraining.class, CANDIDATE_RANKER_TRAINING)) {
            assertThat(training.getSimpleName()).doesNotEndWith("Test").doesNotEndWith("Tests")
                    .doesNotEndWith("IT").doesNotEndWith("Eval");
        }
    }

    @org.junit.jupiter.api.Test
    void the_train_profile_runs_only_the_training() throws Exception {
        Element train = profile(pom(), "train");
        assertThat(text(train, "test")).isEqualTo(SpeakerRankerTraining.class.getSimpleName() + ","
                + CANDIDATE_RANKER_TRAINING.getSimpleName());
        assertThat(groups(text(train, "surefire.excludedGroups"))).doesNotContain("train");
    }
}

package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.verbatim.cli.CommandsAccess;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.Newsroom;
import org.verbatim.support.ReviewedHarbourStory;
import org.verbatim.support.ReviewedHarbourStory.Reviewed;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code export gold}: fully reviewed articles as reviewers left them, in the format of {@code extract --json}. */
@VerbatimIntegrationTest
class GoldExportIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ReviewedHarbourStory harbour;

    @Autowired
    ArticleImporter importer;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    ReviewWorkflow workflow;

    @Test
    void reviewed_articles_are_written_as_reviewers_left_them_and_pending_ones_are_not(@TempDir Path dir)
            throws Exception {
        String publisher = "Gold Courier " + Newsroom.unique();
        Reviewed story = harbour.importAndReview(publisher, "gold-fiona");
        harbour.confirmTheRest(story.articleId(), "gold-fiona");
        int at = story.text().indexOf("Harbour Minister Lena Morvath spoke");
        RunAs.user("gold-fiona", Role.FACT_CHECKER).run(() -> workflow.addMissedQuote(story.articleId(), at,
                at + "Harbour Minister Lena Morvath spoke on Tuesday".length(), QuoteType.INDIRECT, null, null,
                "A statement nobody is named for"));
        List<Quote> kept = quotes.findByArticleIdOrderByStartOffset(story.articleId()).stream()
                .filter(q -> q.getStatus() != ReviewStatus.REJECTED).toList();
        String m = Newsroom.unique();
        long pending = RunAs.user("gold-fiona", Role.FACT_CHECKER).call(() -> importer.importText("Still open " + m
                + "\n\n“The bridge stays shut,” Mayor Ona Vesk said.\n",
                ArticleImporter.Details.none("pending-" + m))).articleId();

        Path file = dir.resolve("gold.json");
        var run = CommandsAccess.run(context, "export", "gold", "--output", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.get("errors").isEmpty()).isTrue();
        JsonNode article = articleOf(doc, story.articleId());
        assertThat(articleOf(doc, pending)).as("an article with a quote still pending is no gold").isNull();
        assertThat(names(article)).containsExactly("source", "title", "published", "publisher", "speakers", "quotes",
                "text");
        assertThat(article.get("publisher").asString()).isEqualTo(publisher);
        assertThat(article.get("text").asString()).isEqualTo(story.text());

        JsonNode goldQuotes = article.get("quotes");
        assertThat(goldQuotes.size()).as("rejected left out, added in").isEqualTo(kept.size());
        List<String> texts = new ArrayList<>();
        for (JsonNode q : goldQuotes) {
            assertThat(names(q)).containsExactly("text", "start", "end", "type", "speaker", "mention", "cue",
                    "confidence");
            assertThat(story.text().substring(q.get("start").asInt(), q.get("end").asInt()))
                    .isEqualTo(q.get("text").asString());
            assertThat(q.get("confidence").asDouble()).isEqualTo(1.0);
            texts.add(q.get("text").asString());
        }
        assertThat(texts).contains("Nothing ha", ReviewedHarbourStory.ADDED)
                .noneMatch(t -> t.contains("three winters"));
        JsonNode changed = quoteWith(goldQuotes, "the repairs would cost less");
        assertThat(changed.get("speaker").asString()).isEqualTo(story.newSpeaker());
        assertThat(changed.get("mention").isNull()).as("the machine's mention was of another speaker").isTrue();
        JsonNode added = quoteWith(goldQuotes, ReviewedHarbourStory.ADDED);
        assertThat(added.get("speaker").asString()).isEqualTo(story.minister());
        assertThat(added.get("type").asString()).isEqualTo("INDIRECT");
        assertThat(quoteWith(goldQuotes, "the engineers'").get("text").asString()).doesNotEndWith("report");
        assertThat(quoteWith(goldQuotes, "spoke on Tuesday").get("speaker").isNull()).isTrue();

        JsonNode spokesperson = null;
        for (JsonNode s : article.get("speakers")) {
            assertThat(names(s)).containsExactly("name", "aliases", "role", "affiliation", "kind");
            if (s.get("name").asString().equals(story.newSpeaker())) {
                spokesperson = s;
            }
        }
        assertThat(spokesperson).isNotNull();
        assertThat(spokesperson.get("role").asString()).isEqualTo("spokesperson");
        assertThat(spokesperson.get("affiliation").asString()).isEqualTo("Portvale council");
        assertThat(spokesperson.get("kind").asString()).isEqualTo("PERSON");

        var toStdout = CommandsAccess.run(context, "export", "gold");
        assertThat(toStdout.exitCode()).isZero();
        assertThat(toStdout.out()).contains("\"source\": \"article/" + story.articleId() + "\"");
    }

    private static JsonNode articleOf(JsonNode doc, long articleId) {
        for (JsonNode a : doc.get("articles")) {
            if (a.get("source").asString().equals("article/" + articleId)) {
                return a;
            }
        }
        return null;
    }

    private static JsonNode quoteWith(JsonNode quotes, String words) {
        for (JsonNode q : quotes) {
            if (q.get("text").asString().contains(words)) {
                return q;
            }
        }
        throw new AssertionError("no gold quote with " + words);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}

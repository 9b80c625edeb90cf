package org.verbatim.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.csv.CsvTest;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;
import org.verbatim.speaker.SpeakerRepository;
import org.verbatim.support.FreshDataDir;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@VerbatimIntegrationTest
class ExportIT {

    @Autowired
    Exports exports;

    @Autowired
    ArticleImporter importer;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    SpeakerRepository speakers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    TestUsers users;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();
    String m;
    long personQuote;
    long organisationQuote;
    long dangerousQuote;
    long articleId;

    /** An approved, verdicted quote by a person, one by an organisation, and one whose text looks like a formula. */
    @BeforeEach
    void approved_quotes_with_verdicts() {
        m = "m" + Long.toString(System.nanoTime(), 36);
        String text = "Harbour row " + m + "\n\n“The harbour " + m + " reopens in May,” said Lena Morvath.\n\n"
                + "“The ministry " + m + " denies any delay,” the Ministry of Ports said.\n\n"
                + "A sign read “=HYPERLINK(1), +2 and @SUM " + m + "” on the gate.\n";
        articleId = as("exp-fiona", () -> importer.importText(text, new ArticleImporter.Details("Harbour row " + m,
                "The Velmora Courier", java.time.LocalDate.of(2024, 5, 2), "https://news.example/" + m, "export-it"))
                .articleId(), Role.FACT_CHECKER);
        List<Quote> found = quotes.findByArticleIdOrderByStartOffset(articleId);
        assertThat(found).hasSize(3);
        personQuote = found.get(0).getId();
        organisationQuote = found.get(1).getId();
        dangerousQuote = found.get(2).getId();
        Long lena = new TransactionTemplate(transactions).execute(s -> speakers.save(
                new Speaker("Lena Morvath " + m, SpeakerKind.PERSON, "Harbour Minister", "Republic of Velmora")).getId());
        Long ministry = new TransactionTemplate(transactions).execute(s -> speakers.save(
                new Speaker("Ministry of Ports " + m, SpeakerKind.ORGANIZATION, null, "Republic of Velmora")).getId());
        users.create("exp-fiona", Role.FACT_CHECKER);
        users.create("exp-eddie", Role.EDITOR);
        review(personQuote, lena, Verdict.ACCURATE, null);
        review(organisationQuote, ministry, Verdict.MISQUOTED, "Mostly false");
        as("exp-fiona", () -> workflow.recordVerdict(dangerousQuote, version(dangerousQuote), Verdict.UNVERIFIABLE,
                "-1 source, =2 doubts", null), Role.FACT_CHECKER);
    }

    private void review(long quoteId, long speakerId, Verdict verdict, String claimRating) {
        as("exp-fiona", () -> workflow.correct(quoteId, version(quoteId), ReviewWorkflow.Correction.speaker(speakerId),
                "Speaker named in the article"), Role.FACT_CHECKER);
        as("exp-fiona", () -> workflow.recordVerdict(quoteId, version(quoteId), verdict, "Checked against the recording",
                "https://example.org/recording"), Role.FACT_CHECKER);
        if (claimRating != null) {
            as("exp-fiona", () -> workflow.rateClaim(quoteId, version(quoteId), claimRating,
                    "The ministry's own schedule shows a delay"), Role.FACT_CHECKER);
        }
        as("exp-eddie", () -> workflow.approve(quoteId, version(quoteId)), Role.EDITOR);
    }

    @Test
    void claim_reviews_use_only_schema_org_types_and_properties_valid_where_they_are() {
        JsonNode document = json.readTree(write(Exports.Format.CLAIMREVIEW, Role.AUDITOR));

        assertThat(new SchemaOrgVocabulary().problems(document)).isEmpty();
        assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
        JsonNode person = reviewOf(document, "harbour " + m);
        assertThat(person.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(person.get("reviewRating").get("alternateName").asString()).isEqualTo("Accurate");
        assertThat(person.get("author").get("name").asString()).isEqualTo("Verbatim");
        assertThat(person.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode claim = person.get("itemReviewed");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        assertThat(claim.get("datePublished").asString()).isEqualTo("2024-05-02");
        assertThat(claim.get("appearance").get("url").asString()).isEqualTo("https://news.example/" + m);
        assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
        assertThat(claim.get("author").get("name").asString()).isEqualTo("Lena Morvath " + m);
        assertThat(claim.get("author").get("jobTitle").asString()).isEqualTo("Harbour Minister");
        assertThat(claim.get("author").get("affiliation").get("name").asString()).isEqualTo("Republic of Velmora");

        assertThat(person.get("reviewRating").has("ratingValue")).as("a verdict alone is words, not a place on the"
                + " claim scale").isFalse();
        assertThat(person.get("url").asString()).as("the quote's own address in Verbatim")
                .isEqualTo(FreshDataDir.PUBLIC_URL + "articles/" + articleId + "?quote=" + personQuote);

        JsonNode organisation = reviewOf(document, "ministry " + m);
        JsonNode rating = organisation.get("reviewRating");
        assertThat(rating.get("alternateName").asString()).as("the claim's rating, not the attribution verdict")
                .isEqualTo("Mostly false");
        assertThat(rating.get("ratingValue").asInt()).isEqualTo(2);
        assertThat(rating.get("bestRating").asInt()).isEqualTo(6);
        assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
        assertThat(organisation.get("reviewBody").asString()).isEqualTo("The ministry's own schedule shows a delay");
        assertThat(organisation.get("url").asString()).endsWith("?quote=" + organisationQuote);
        assertThat(organisation.get("itemReviewed").get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(document.get("@graph").valueStream()).as("never a review without its url")
                .allSatisfy(r -> assertThat(r.path("url").asString()).startsWith("https://"));

        assertThat(document.get("@graph").valueStream().map(r -> r.get("claimReviewed").asString()))
                .as("only approved quotes with verdicts").noneMatch(t -> t.contains("HYPERLINK(1), +2 and @SUM " + m));
    }

    @Test
    void an_address_stored_before_only_http_ones_were_kept_is_left_out_of_every_export() {
        new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                .update("update article set url = 'javascript:alert(document.cookie)' where id = ?", articleId);

        for (Exports.Format format : new Exports.Format[] {Exports.Format.CLAIMREVIEW, Exports.Format.QUOTES_JSON,
                Exports.Format.QUOTES_CSV}) {
            String written = write(format, Role.AUDITOR);
            assertThat(written).as(format.name()).contains(m).doesNotContainIgnoringCase("javascript:");
        }
        JsonNode claim = reviewOf(json.readTree(write(Exports.Format.CLAIMREVIEW, Role.AUDITOR)), "harbour " + m)
                .get("itemReviewed");
        assertThat(claim.get("appearance").has("url")).isFalse();
    }

    @Test
    void the_vocabulary_check_catches_a_property_on_the_wrong_type() {
        JsonNode wrong = json.readTree("""
                {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview", "claimReviewed": "x",
                 "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Ministry",
                 "jobTitle": "spokesman"}}, "reviewRating": {"@type": "Rating", "verdict": "false"},
                 "author": {"@type": "Rating"}}]}""");
        assertThat(new SchemaOrgVocabulary().problems(wrong)).containsExactlyInAnyOrder(
                "$.@graph[0].itemReviewed.author: jobTitle is not a property of Organization",
                "$.@graph[0].reviewRating: verdict is not a property of Rating",
                "$.@graph[0].author: author cannot hold a Rating");
    }

    @Test
    void quotes_csv_has_speakers_statuses_and_verdicts_and_no_live_formulas() {
        String csv = write(Exports.Format.QUOTES_CSV, Role.FACT_CHECKER);

        assertThat(csv).startsWith("quote_id,article_id,article_title,");
        String person = line(csv, personQuote);
        assertThat(person).contains("Lena Morvath " + m + ",Harbour Minister,Republic of Velmora,PERSON,APPROVED,ACCURATE");
        String dangerous = line(csv, dangerousQuote);
        List<String> fields = CsvTest.parse(dangerous);
        assertThat(fields.get(8)).isEqualTo("'=HYPERLINK(1), +2 and @SUM " + m);
        assertThat(fields.get(17)).isEqualTo("'-1 source, =2 doubts");
        assertThat(fields.get(15)).isEqualTo("CONFIRMED");
        assertThat(fields.get(16)).isEqualTo("UNVERIFIABLE");
        List<String> rated = CsvTest.parse(line(csv, organisationQuote));
        assertThat(rated.subList(23, 26)).as("claim rating, its value, its note")
                .containsExactly("Mostly false", "2", "The ministry's own schedule shows a delay");
    }

    @Test
    void quotes_json_lists_each_quote_with_its_article_and_speaker() {
        JsonNode all = json.readTree(write(Exports.Format.QUOTES_JSON, Role.AUDITOR));
        JsonNode quote = all.valueStream().filter(q -> q.get("id").asLong() == personQuote).findFirst().orElseThrow();
        assertThat(quote.get("status").asString()).isEqualTo("APPROVED");
        assertThat(quote.get("verdict").asString()).isEqualTo("ACCURATE");
        assertThat(quote.get("speaker").get("name").asString()).isEqualTo("Lena Morvath " + m);
        assertThat(quote.get("article").get("url").asString()).isEqualTo("https://news.example/" + m);
        assertThat(quote.get("approvedBy").asString()).isEqualTo("exp-eddie");
        assertThat(quote.get("claimRating").isNull()).isTrue();
        JsonNode rated = all.valueStream().filter(q -> q.get("id").asLong() == organisationQuote).findFirst()
                .orElseThrow();
        assertThat(rated.get("claimRating").asString()).isEqualTo("Mostly false");
        assertThat(rated.get("claimRatingValue").asInt()).isEqualTo(2);
    }

    @Test
    void the_audit_log_lists_every_action_once_with_names_from_to_values_and_articles_for_auditors_only() {
        String csv = write(Exports.Format.AUDIT_CSV, Role.AUDITOR);
        assertThat(csv).startsWith("\uFEFFRevision,Time (UTC),User,Record,Record id,Change,Action,Subject,Changes,"
                + "Quote,Article,Reason\r\n");
        List<List<String>> records = CsvTest.parseAll(csv.substring(1));
        List<List<String>> mine = new java.util.ArrayList<>(records.stream()
                .filter(f -> f.get(9).equals(Long.toString(personQuote))).toList());
        java.util.Collections.reverse(mine); // newest first in the file
        assertThat(mine).as("each action once: no review row beside its quote's")
                .extracting(f -> f.get(2) + " " + f.get(3) + " " + f.get(5))
                .containsExactly("exp-fiona Quote added", "exp-fiona Quote modified", "exp-fiona Quote modified",
                        "exp-eddie Quote modified");
        assertThat(mine.getFirst().get(6)).startsWith("Suggested by " + QuoteExtractor.NAME);
        assertThat(mine.subList(1, 4)).extracting(f -> f.get(6))
                .containsExactly("Corrected", "Verdict recorded", "Approved");
        long articleId = quotes.findById(personQuote).orElseThrow().getArticle().getId();
        assertThat(mine).allSatisfy(f -> {
            assertThat(f.get(10)).as("the article of every quote entry").isEqualTo(Long.toString(articleId));
            assertThat(f.get(7)).as("named by its words and speaker, not by id")
                    .startsWith("“The harbour " + m + " reopens in May” — Lena Morvath");
        });
        assertThat(mine.getLast().get(7)).endsWith("— Lena Morvath " + m);
        assertThat(mine.get(1).get(8)).contains("Speaker: ").contains(" → Lena Morvath " + m)
                .contains("Status: Pending → Corrected");
        assertThat(mine.get(1).get(11)).isEqualTo("Speaker named in the article");
        assertThat(mine.get(2).get(8)).contains("Verdict: — → Accurate")
                .contains("Note: — → Checked against the recording").contains("Sources: https://example.org/recording");
        assertThat(mine.get(3).get(8)).contains("Status: Corrected → Approved");
        assertThat(mine.get(3).get(11)).isEqualTo("Approved");
        assertThat(records).extracting(f -> f.get(3)).as("every audited record, not only quotes")
                .contains("Article", "Speaker", "Quote").doesNotContain("Review");
        assertThat(records).allSatisfy(f -> assertThat(f).hasSize(12));

        assertThatThrownBy(() -> write(Exports.Format.AUDIT_CSV, Role.FACT_CHECKER))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void the_export_command_writes_a_file_whole_and_the_api_serves_exports_by_role(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reviews.jsonld");
        var out = new java.io.ByteArrayOutputStream();
        int code = org.verbatim.cli.CommandsAccess.execute(context, out, "export", "claimreview", "--output", file.toString());
        assertThat(code).isZero();
        assertThat(new SchemaOrgVocabulary().problems(json.readTree(Files.readString(file)))).isEmpty();
        assertThat(Files.list(dir)).containsExactly(file);
        assertThat(org.verbatim.cli.CommandsAccess.execute(context, out, "export", "everything")).isEqualTo(2);

        users.create("exp-audrey", Role.AUDITOR);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> denied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/exports/audit-csv")).header("Authorization", basic("exp-fiona")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(denied.statusCode()).isEqualTo(403);
        HttpResponse<String> audit = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/exports/audit-csv")).header("Authorization", basic("exp-audrey")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(audit.body()).startsWith("\uFEFFRevision,Time (UTC),User,Record");
        HttpResponse<String> reviews = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/exports/claimreview")).header("Authorization", basic("exp-fiona")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reviews.statusCode()).isEqualTo(200);
        assertThat(reviews.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/ld+json"));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String write(Exports.Format format, Role role) {
        return as("exp-reader", () -> {
            StringWriter out = new StringWriter();
            exports.write(format, out);
            return out.toString();
        }, role);
    }

    private JsonNode reviewOf(JsonNode document, String words) {
        return document.get("@graph").valueStream().filter(r -> r.get("claimReviewed").asString().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no ClaimReview for " + words));
    }

    private static String line(String csv, long quoteId) {
        return csv.lines().filter(l -> l.startsWith(quoteId + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for quote " + quoteId));
    }

    private long version(long quoteId) {
        return quotes.findById(quoteId).orElseThrow().getVersion();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes());
    }

    private static <T> T as(String username, Supplier<T> work, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.security.Role;
import org.verbatim.support.ApiClient;
import org.verbatim.support.Newsroom;
import org.verbatim.support.ReviewedHarbourStory;
import org.verbatim.support.ReviewedHarbourStory.Reviewed;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;
import tools.jackson.databind.JsonNode;

/** GET /api/extraction/accuracy over real HTTP, after reviews through the workflow. */
@VerbatimIntegrationTest
class AccuracyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ReviewedHarbourStory harbour;

    ApiClient api;

    @BeforeEach
    void accounts() {
        api = new ApiClient(port);
        users.create("accapi-fiona", Role.FACT_CHECKER);
        users.create("accapi-erin", Role.EDITOR);
        users.create("accapi-audrey", Role.AUDITOR);
    }

    @Test
    void editors_and_auditors_read_the_figures_per_version_with_the_corrected_cases_paged() throws Exception {
        String publisher = "Api Courier " + Newsroom.unique();
        Reviewed story = harbour.importAndReview(publisher, "accapi-fiona");
        String path = "/api/extraction/accuracy?publisher=" + URLEncoder.encode(publisher, StandardCharsets.UTF_8);

        HttpResponse<String> r = get(path + "&limit=2", "accapi-erin");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = api.json(r);
        assertThat(body.get("spanOverlap").asDouble()).isEqualTo(0.8);
        JsonNode version = body.get("versions").get(0);
        assertThat(body.get("versions").size()).isEqualTo(1);
        assertThat(version.get("extractor").asString()).isEqualTo(QuoteExtractor.NAME);
        assertThat(version.get("version").asString()).isEqualTo(QuoteExtractor.VERSION);
        assertThat(version.get("counts").toString()).isEqualTo("{\"reviewed\":5,\"confirmed\":2,\"spanCorrected\":1,"
                + "\"speakerCorrected\":1,\"rejected\":1,\"added\":1}");
        assertThat(version.get("span").get("precision").asDouble()).isEqualTo(0.6);
        assertThat(version.get("span").get("recall").asDouble()).isEqualTo(0.6);
        assertThat(version.get("span").get("falseNegatives").asLong()).isEqualTo(2);
        assertThat(version.get("speaker").get("precision").asDouble()).isEqualTo(0.75);
        assertThat(version.get("speaker").get("recall").asDouble()).isEqualTo(0.6);
        JsonNode cases = body.get("cases");
        assertThat(cases.get("total").asLong()).isEqualTo(4);
        assertThat(cases.get("limit").asInt()).isEqualTo(2);
        assertThat(cases.get("items").size()).isEqualTo(2);

        JsonNode all = api.json(get(path, "accapi-audrey")).get("cases").get("items");
        assertThat(all.size()).isEqualTo(4);
        JsonNode missed = null;
        for (JsonNode c : all) {
            if (c.get("quoteId").asLong() == story.added()) {
                missed = c;
            }
        }
        assertThat(missed).isNotNull();
        assertThat(missed.get("kind").asString()).isEqualTo("MISSED");
        assertThat(missed.get("machine").isNull()).isTrue();
        assertThat(missed.get("reviewer").get("text").asString()).isEqualTo(ReviewedHarbourStory.ADDED);
        assertThat(missed.get("reviewedBy").asString()).isEqualTo("accapi-fiona");
        assertThat(missed.get("reason").asString()).isEqualTo("The minister's office said this at the same briefing");
    }

    @Test
    void fact_checkers_alone_are_refused_and_bad_limits_are_bad_requests() throws Exception {
        HttpResponse<String> refused = get("/api/extraction/accuracy", "accapi-fiona");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(get("/api/extraction/accuracy?limit=500", "accapi-erin").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/extraction/accuracy").statusCode()).isEqualTo(401);
    }

    @Test
    void the_endpoint_and_the_gold_export_are_documented() throws Exception {
        JsonNode docs = api.json(get("/api/openapi", "accapi-erin"));
        assertThat(docs.get("paths").has("/api/extraction/accuracy")).isTrue();
        assertThat(docs.get("paths").get("/api/extraction/accuracy").get("get").get("parameters").toString())
                .contains("publisher", "from", "to", "offset", "limit");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return api.get(path, user);
    }
}

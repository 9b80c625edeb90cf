package org.verbatim.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.api.ApiErrorsIT.assertProblem;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.api.ApiClient.Response;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/** Bad input is refused before anything is written, with a 4xx that says which field and why. */
@VerbatimIntegrationTest
class ApiValidationIT {

    @Autowired
    ApiClient api;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String fiona;

    @BeforeEach
    void account() {
        fiona = api.tokenFor("val-fiona", Role.FACT_CHECKER);
    }

    @Test
    void over_long_fields_are_400_naming_the_field_and_nothing_changes() {
        long id = newQuote();
        long version = version(id);
        String reason = "x".repeat(2500);

        assertField(api.send("POST", "/api/quotes/" + id + "/correct", fiona,
                "{\"version\": " + version + ", \"type\": \"INDIRECT\", \"reason\": \"" + reason + "\"}"), "reason");
        assertField(api.send("POST", "/api/quotes/" + id + "/reject", fiona,
                "{\"version\": " + version + ", \"reason\": \"" + reason + "\"}"), "reason");
        assertField(api.send("POST", "/api/quotes/" + id + "/verdict", fiona,
                "{\"version\": " + version + ", \"verdict\": \"ACCURATE\", \"note\": \"" + "n".repeat(4001) + "\"}"),
                "note");
        assertField(api.send("POST", "/api/quotes/" + id + "/verdict", fiona,
                "{\"version\": " + version + ", \"verdict\": \"ACCURATE\", \"sources\": \"" + "s".repeat(4001)
                        + "\"}"), "sources");
        assertField(api.send("POST", "/api/quotes/" + id + "/correct", fiona,
                "{\"version\": " + version + ", \"newSpeaker\": {\"name\": \"" + "N".repeat(301)
                        + "\"}, \"reason\": \"who said it\"}"), "newSpeaker.name");
        assertField(api.send("POST", "/api/articles", fiona,
                "{\"text\": \"Short " + ApiClient.marker() + "\", \"title\": \"" + "T".repeat(501) + "\"}"), "title");

        assertThat(version(id)).as("nothing was written").isEqualTo(version);
    }

    @Test
    void the_use_case_checks_the_same_limits_before_the_database() {
        long id = newQuote();
        long version = version(id);
        assertThatThrownBy(() -> RunAs.user("val-fiona", Role.FACT_CHECKER).call(() -> workflow.reject(id, version,
                "y".repeat(2001)))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
        assertThat(version(id)).isEqualTo(version);
    }

    @Test
    void correct_needs_no_clear_speaker_flag_optional_fields_are_optional() {
        long id = newQuote();
        Response corrected = api.send("POST", "/api/quotes/" + id + "/correct", fiona,
                "{\"version\": " + version(id) + ", \"type\": \"INDIRECT\", \"reason\": \"a paraphrase\"}");
        assertThat(corrected.status()).as(corrected.raw()).isEqualTo(200);
        assertThat(corrected.body().get("type").asString()).isEqualTo("INDIRECT");
        assertThat(corrected.body().get("speaker").isNull()).as("the speaker stays").isFalse();
    }

    @Test
    void a_value_of_the_wrong_json_type_is_400_naming_the_field() {
        long id = newQuote();
        assertField(api.send("POST", "/api/quotes/" + id + "/verdict", fiona,
                "{\"version\": " + version(id) + ", \"verdict\": \"PERHAPS\"}"), "verdict");
        assertField(api.send("POST", "/api/quotes/" + id + "/reject", fiona,
                "{\"version\": " + version(id) + ", \"reason\": 5}"), "reason");
        assertField(api.send("POST", "/api/quotes/" + id + "/confirm", fiona, "{\"version\": \"seven\"}"), "version");
        assertProblem(api.send("POST", "/api/quotes/" + id + "/confirm", fiona, "{\"version\": "), 400);
        assertProblem(api.send("POST", "/api/quotes/" + id + "/confirm", fiona, "[1, 2]"), 400);
    }

    @Test
    void an_abusive_search_is_a_400_that_says_why() {
        String thousandWildcards = IntStream.range(0, 1000).mapToObj(i -> "w" + Integer.toString(i, 36) + "*")
                .collect(Collectors.joining("+"));
        assertThat(assertField(api.send("GET", "/api/search?q=" + thousandWildcards, fiona, null), "q")
                .body().get("errors").get("q").asString()).contains("characters");
        String twelveWildcards = IntStream.range(0, 12).mapToObj(i -> "w" + i + "*").collect(Collectors.joining("+"));
        assertThat(assertField(api.send("GET", "/api/search?q=" + twelveWildcards, fiona, null), "q")
                .body().get("errors").get("q").asString()).contains("*");
        assertThat(api.send("GET", "/api/search?q=ca*+re*", fiona, null).status()).isEqualTo(200);
    }

    @Test
    void paging_beyond_what_can_be_paged_is_a_400_naming_page() {
        assertField(api.send("GET", "/api/articles?page=2147483647", fiona, null), "page");
        assertField(api.send("GET", "/api/quotes?page=2147483647&size=200", fiona, null), "page");
        assertField(api.send("GET", "/api/search?q=canal&page=2147483647", fiona, null), "page");
        assertField(api.send("GET", "/api/search?q=canal&page=500&size=50", fiona, null), "page");
        assertField(api.send("GET", "/api/articles?page=-1", fiona, null), "page");
        assertField(api.send("GET", "/api/articles?size=0", fiona, null), "size");
        assertThat(api.send("GET", "/api/articles?page=99", fiona, null).status()).isEqualTo(200);
    }

    @Test
    void junk_sent_as_an_article_is_422_with_the_reason() {
        Response number = assertProblem(api.send("POST", "/api/articles", fiona, "{\"text\": 5}"), 422);
        assertThat(number.body().get("errors").get("text").asString()).isEqualTo("expected text");
        assertThat(assertProblem(api.send("POST", "/api/articles", fiona, "true"), 422).body().get("detail")
                .asString()).contains("JSON object");
        assertProblem(api.send("POST", "/api/articles", fiona, "\"an article\""), 422);
        assertThat(assertProblem(api.send("POST", "/api/articles", fiona, "{\"text\": \"\\u0000\\u0000\\u0000\"}"),
                422).body().get("detail").asString()).contains("NUL");
        assertThat(assertProblem(api.send("POST", "/api/articles", fiona, "{\"text\": \"... -- !!! ...\"}"), 422)
                .body().get("detail").asString()).contains("no words");
    }

    @Test
    void an_article_past_the_configured_size_or_number_of_quotes_is_refused_and_says_which_limit() {
        String huge = "Word " + ApiClient.marker() + " " + "and more words. ".repeat(62_500);
        Response tooLong = assertProblem(api.send("POST", "/api/articles", fiona, "text/plain", huge), 422);
        assertThat(tooLong.body().get("detail").asString()).contains("at most 1000000")
                .contains("verbatim.import.max-article-chars");

        StringBuilder crowded = new StringBuilder("Hearing " + ApiClient.marker() + "\n\n");
        for (int i = 0; i < 2_100; i++) {
            crowded.append("“Point ").append(i).append(" stands,” said Ana Lind.\n\n");
        }
        Response tooMany = assertProblem(api.send("POST", "/api/articles", fiona, "text/plain", crowded.toString()),
                422);
        assertThat(tooMany.body().get("detail").asString()).contains("at most 2000")
                .contains("verbatim.import.max-quotes-per-article");
        assertThat(api.send("GET", "/api/search?q=%22Point+2099+stands%22", fiona, null).body().get("total").asLong())
                .as("nothing of it was stored").isZero();
    }

    @Test
    void an_article_url_that_is_not_http_or_https_is_a_400_naming_url_and_an_old_one_is_not_shown() {
        String m = ApiClient.marker();
        for (String url : new String[] {"javascript:alert(document.cookie)", " JAVASCRIPT:alert(1)",
                "java\\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                "vbscript:msgbox(1)", "//evil.example/x", "https://"}) {
            Response refused = assertField(api.send("POST", "/api/articles", fiona,
                    "{\"text\": \"Link " + m + "\", \"url\": \"" + url + "\"}"), "url");
            assertThat(refused.body().get("errors").get("url").asString()).as(url)
                    .contains("only http:// and https:// web addresses are kept");
        }
        assertField(api.send("POST", "/api/articles?url=javascript:alert(1)", fiona, "text/plain", "Link " + m), "url");
        assertThat(api.send("GET", "/api/search?q=" + m, fiona, null).body().get("total").asLong())
                .as("nothing of it was stored").isZero();

        Response kept = api.send("POST", "/api/articles", fiona,
                "{\"text\": \"Link " + m + "\", \"url\": \"HTTPS://news.example/" + m + "?a=1#b\"}");
        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        long id = kept.body().get("article").get("id").asLong();
        assertThat(kept.body().get("article").get("url").asString()).isEqualTo("HTTPS://news.example/" + m + "?a=1#b");

        // stored by an earlier version, before the rule: never shown
        jdbc.update("update article set url = 'javascript:alert(1)' where id = ?", id);
        assertThat(api.send("GET", "/api/articles/" + id, fiona, null).body().get("url").isNull()).isTrue();
        assertThat(api.send("GET", "/api/articles?size=100", fiona, null).raw()).doesNotContain("javascript:");
    }

    private static Response assertField(Response r, String field) {
        assertProblem(r, 400);
        assertThat(r.body().get("errors").has(field)).as(r.raw()).isTrue();
        assertThat(r.body().get("errors").get(field).asString()).isNotBlank();
        return r;
    }

    private long newQuote() {
        String m = ApiClient.marker();
        Response created = api.send("POST", "/api/articles", fiona,
                "{\"text\": \"Canal " + m + "\\n\\n“The canal " + m + " reopens in April,” said Rui Costa.\\n\"}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("article").get("quotes").get(0).get("id").asLong();
    }

    private long version(long quoteId) {
        return api.send("GET", "/api/quotes/" + quoteId, fiona, null).body().get("version").asLong();
    }
}

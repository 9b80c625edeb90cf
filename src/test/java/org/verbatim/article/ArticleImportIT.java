package org.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@WithMockUser(username = "fiona", roles = "FACT_CHECKER")
class ArticleImportIT {

    @Autowired
    ArticleImporter importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcClient jdbc;

    static final String AWKWARD = " date 2024-03-05 Line one\u00a0with a non-breaking space,\r\n"
            + "“curly” and \"straight\" and ‘single’ marks, an em dash — and an emoji 🗞️ (outside the BMP),\n"
            + "\ttabs, trailing spaces   \n\nCJK 引用 and Arabic اقتباس, combining e\u0301, zero-width\u200bjoiner.\n\n";

    @Test
    void an_article_round_trips_byte_for_byte() {
        ImportOutcome outcome = importer.importText(AWKWARD, ArticleImporter.Details.none("awkward.txt"));
        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);

        byte[] stored = jdbc.sql("select original_text from article where id = ?").param(outcome.articleId())
                .query((rs, n) -> rs.getBytes(1)).single();
        assertThat(stored).isEqualTo(AWKWARD.getBytes(StandardCharsets.UTF_8));
        Article article = articles.findById(outcome.articleId()).orElseThrow();
        assertThat(article.getOriginalText()).isEqualTo(AWKWARD);
        assertThat(article.getContentHash()).isEqualTo(Article.hashOf(AWKWARD)).hasSize(64);
        assertThat(article.getImportedBy()).isEqualTo("fiona");
    }

    @Test
    void importing_the_same_text_again_is_a_no_op_that_says_so() {
        String text = "The minister said the bridge would open in May. “It is finished,” she said.\n";
        ImportOutcome first = importer.importText(text, ArticleImporter.Details.none("bridge.txt"));
        long articlesBefore = articles.count();
        long quotesBefore = jdbc.sql("select count(*) from quote").query(Long.class).single();

        ImportOutcome again = importer.importText(text, ArticleImporter.Details.none("bridge-copy.txt"));

        assertThat(first.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(again.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        assertThat(again.message()).contains("Already in Verbatim");
        assertThat(articles.count()).isEqualTo(articlesBefore);
        assertThat(jdbc.sql("select count(*) from quote").query(Long.class).single()).isEqualTo(quotesBefore);
    }

    @Test
    void an_address_that_is_not_http_or_https_is_refused_with_the_reason_and_stores_nothing() {
        String text = "The ferry " + System.nanoTime() + " sails at dawn, the captain said.\n";
        long before = articles.count();

        ImportOutcome refused = importer.importText(text, new ArticleImporter.Details(null, null, null,
                "javascript:alert(document.cookie)", "pasted"));

        assertThat(refused.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(refused.message()).contains("only http:// and https:// web addresses are kept")
                .contains("javascript:alert(document.cookie)");
        assertThat(articles.count()).isEqualTo(before);
        ImportOutcome kept = importer.importText(text, new ArticleImporter.Details(null, null, null,
                " https://news.example/ferry ", "pasted"));
        assertThat(articles.findById(kept.articleId()).orElseThrow().getUrl()).isEqualTo("https://news.example/ferry");
    }

    @Test
    void an_empty_or_binary_upload_is_refused_with_a_clear_message_and_stores_nothing() {
        long before = articles.count();
        ImportOutcome empty = importer.importFile("empty.txt", new byte[0]);
        ImportOutcome binary = importer.importFile("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});

        assertThat(empty.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(empty.message()).isNotBlank();
        assertThat(binary.status()).isEqualTo(ImportOutcome.Status.FAILED);
        assertThat(binary.message()).isNotBlank();
        assertThat(articles.count()).isEqualTo(before);
    }
}

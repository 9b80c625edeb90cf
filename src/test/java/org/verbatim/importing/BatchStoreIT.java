package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.article.KnownContents;
import org.verbatim.base.search.SearchIndex;
import org.verbatim.support.VerbatimIntegrationTest;

/** Several articles stored in one transaction, as a bulk import does. */
@VerbatimIntegrationTest
@WithMockUser(username = "fiona", roles = "FACT_CHECKER")
class BatchStoreIT {

    @Autowired
    ArticleImporter importer;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    JdbcClient jdbc;

    @Test
    void articles_of_one_batch_share_their_speakers_and_get_ids_above_every_stored_one() {
        String surname = "Quorvel" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        long maxQuoteBefore = jdbc.sql("select coalesce(max(id), 0) from quote").query(Long.class).single();
        KnownContents known = importer.knownContents();
        List<ArticleImporter.Prepared> batch = List.of(
                importer.prepare("“We are ready,” said Lena " + surname + ", the harbour minister. " + surname
                        + " added that the port would reopen in March.\n", ArticleImporter.Details.none("a.txt"), known),
                // the name as the first article gave it, and its alias: both created in this very transaction
                importer.prepare("“The cranes are back,” said Lena " + surname + ".\n",
                        ArticleImporter.Details.none("b.txt"), known),
                importer.prepare("“Tariffs will fall,” " + surname + " told reporters on Friday.\n",
                        ArticleImporter.Details.none("c.txt"), known));

        List<ImportOutcome> outcomes = importer.storeAll(batch);
        searchIndex.awaitWrites();

        assertThat(outcomes).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.IMPORTED);
        assertThat(jdbc.sql("select count(*) from speaker where canonical_name like ?").param("%" + surname)
                .query(Long.class).single()).as("one speaker for the three articles").isEqualTo(1);
        List<Long> speakersOfQuotes = jdbc.sql("select distinct q.speaker_id from quote q join article a"
                + " on a.id = q.article_id where a.original_text like ?").param("%" + surname + "%")
                .query(Long.class).list();
        assertThat(speakersOfQuotes).hasSize(1).doesNotContainNull();
        assertThat(jdbc.sql("select min(q.id) from quote q join article a on a.id = q.article_id"
                + " where a.original_text like ?").param("%" + surname + "%").query(Long.class).single())
                .isGreaterThan(maxQuoteBefore);
        assertThat(searchIndex.consistent()).isTrue();
    }

    @Test
    void a_text_stored_before_the_import_began_is_reported_as_already_there() {
        String text = "“The dam holds,” said engineer Oskar Brandt " + UUID.randomUUID() + ".\n";
        ImportOutcome first = importer.importText(text, ArticleImporter.Details.none("dam.txt"));
        KnownContents known = importer.knownContents();

        ArticleImporter.Prepared again = importer.prepare(text, ArticleImporter.Details.none("dam-copy.txt"), known);

        assertThat(known.mayContain(org.verbatim.article.Article.hashOf(text))).isTrue();
        assertThat(again.outcome()).isNotNull();
        assertThat(again.outcome().status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(again.outcome().articleId()).isEqualTo(first.articleId());
    }
}

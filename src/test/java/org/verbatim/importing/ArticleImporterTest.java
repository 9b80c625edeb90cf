package org.verbatim.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

/** What an import says when the database refuses an article: words, never the database's own message. */
class ArticleImporterTest {

    static final String RAW = "could not execute batch [(conn=42) Data too long for column 'alias' at row 1]"
            + " [insert into speaker_alias (speaker_id,alias) values (?,?)]";

    @Test
    void a_value_too_long_for_its_column_is_worded_without_the_sql() {
        var tooLong = new DataIntegrityViolationException(RAW,
                new SQLException("Data too long for column 'alias' at row 1", "22001", 1406));

        String why = ArticleImporter.whyNotStored("feed.jsonl:7", tooLong);

        assertThat(why).isEqualTo("Could not be stored: a field of it is longer than the database takes; shorten it"
                + " and import it again.");
    }

    @Test
    void any_other_refusal_or_failure_is_worded_too() {
        String refused = ArticleImporter.whyNotStored("a.txt", new DataIntegrityViolationException(RAW,
                new SQLException("Duplicate entry", "23000", 1062)));
        String failed = ArticleImporter.whyNotStored("a.txt", new QueryTimeoutException(RAW));

        for (String why : new String[] {refused, failed}) {
            assertThat(why).startsWith("Could not be stored: ").doesNotContain("insert").doesNotContain("Data too long")
                    .doesNotContain("conn=").doesNotContain("\n");
        }
        assertThat(ArticleImporter.whyNotStored("a.txt", new IllegalArgumentException("A name must be at most 300"
                + " characters"))).isEqualTo("Could not be stored: A name must be at most 300 characters");
    }
}

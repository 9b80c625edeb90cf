package org.verbatim.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.verbatim.support.MariaDbServer;

/**
 * Migration V90 on a database where two nodes had created the same speaker twice (before the unique key): the entries
 * are merged into the first, keeping every quote, learned name and alias, with an audit revision, and only then does
 * the unique key come.
 */
class SpeakerIdentityMigrationIT {

    @Test
    void duplicates_are_merged_into_the_first_entry_before_the_unique_key() throws Exception {
        MariaDbServer.Database db = MariaDbServer.get().newDatabase("speakermerge");
        Flyway before = Flyway.configure().dataSource(db.url(), db.owner(), db.ownerPassword())
                .locations("classpath:db/migration").target("61").load();
        before.migrate();
        try (Connection c = DriverManager.getConnection(db.url(), db.owner(), db.ownerPassword());
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO article (id, title, original_text, content_hash, imported_at, imported_by, "
                    + "version) VALUES (1, 'Port', 'text', REPEAT('a', 64), NOW(), 'test', 0)");
            s.executeUpdate("INSERT INTO speaker (id, canonical_name, role_title, affiliation, kind, version) VALUES "
                    + "(10, 'Lena Morvath', NULL, 'Harbour Board', 'PERSON', 0), "
                    + "(11, 'lena  MORVATH', 'Minister', 'harbour board', 'PERSON', 3), "
                    + "(12, 'Lena Morvath', NULL, 'Fisheries Council', 'PERSON', 0), "
                    + "(13, 'Tomas Brell', NULL, NULL, 'PERSON', 0), (14, 'Tomas Brell', NULL, NULL, 'PERSON', 0)");
            s.executeUpdate("INSERT INTO speaker_alias (speaker_id, alias) VALUES (11, 'L. Morvath'), (14, 'Brell')");
            s.executeUpdate("INSERT INTO quote (id, article_id, start_offset, end_offset, text, quote_type, speaker_id, "
                    + "machine_speaker_id, status, version) VALUES (100, 1, 0, 5, 'a', 'DIRECT', 10, 10, 'PENDING', 0), "
                    + "(101, 1, 5, 9, 'b', 'DIRECT', 11, 11, 'PENDING', 0), "
                    + "(102, 1, 9, 12, 'c', 'DIRECT', 14, 13, 'PENDING', 0)");
            s.executeUpdate("INSERT INTO learned_speaker_name (name, speaker_id, learned_by, learned_at, version) "
                    + "VALUES ('Minister Morvath', 11, 'erin', NOW(), 0)");
        }

        Flyway.configure().dataSource(db.url(), db.owner(), db.ownerPassword()).locations("classpath:db/migration")
                .javaMigrations(new SpeakerIdentityMigration()).load().migrate();

        try (Connection c = DriverManager.getConnection(db.url(), db.owner(), db.ownerPassword());
             Statement s = c.createStatement()) {
            assertThat(longs(s, "SELECT id FROM speaker ORDER BY id")).containsExactly(10L, 12L, 13L);
            assertThat(longs(s, "SELECT speaker_id FROM quote ORDER BY id")).containsExactly(10L, 10L, 13L);
            assertThat(longs(s, "SELECT machine_speaker_id FROM quote ORDER BY id")).containsExactly(10L, 10L, 13L);
            assertThat(longs(s, "SELECT speaker_id FROM learned_speaker_name")).containsExactly(10L);
            assertThat(strings(s, "SELECT alias FROM speaker_alias WHERE speaker_id = 10 ORDER BY alias"))
                    .containsExactly("L. Morvath", "lena  MORVATH");
            assertThat(strings(s, "SELECT alias FROM speaker_alias WHERE speaker_id = 13")).containsExactly("Brell");
            assertThat(strings(s, "SELECT role_title FROM speaker WHERE id = 10")).containsExactly("Minister");
            // one audit revision says why; the deleted entries and the moved quotes are in it
            List<Long> revs = longs(s, "SELECT id FROM revision_info WHERE username = 'system' AND reason LIKE 'Merged 2 "
                    + "duplicate speaker entries%'");
            assertThat(revs).hasSize(1);
            assertThat(longs(s, "SELECT id FROM speaker_aud WHERE revtype = 2 AND rev = " + revs.getFirst()
                    + " ORDER BY id")).containsExactly(11L, 14L);
            assertThat(longs(s, "SELECT id FROM quote_aud WHERE rev = " + revs.getFirst() + " ORDER BY id"))
                    .containsExactly(101L, 102L);
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO speaker (id, canonical_name, affiliation, kind, "
                    + "version, identity_key) VALUES (20, 'Lena Morvath', 'Harbour Board', 'PERSON', 0, "
                    + "'lena morvath\tharbour board')")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("uk_speaker_identity");
        }
    }

    private static List<Long> longs(Statement s, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}

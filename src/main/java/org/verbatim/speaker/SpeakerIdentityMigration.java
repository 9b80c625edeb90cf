package org.verbatim.speaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration V90: every speaker gets its {@link SpeakerIdentity} key, unique from then on. Java, because the key is
 * computed by the same code that creates speakers. Entries that share a key already (two nodes created one speaker
 * twice) are merged first, as a person merging them would: the one created first survives, takes the others' quotes
 * (also as the machine's suggestion), learned names, aliases and whatever it lacked of role and external id, and the
 * others are deleted. The merge is one audit revision by {@value #BY}, with every changed row, sealed at the next
 * start like any revision written around the chain; the search index is rebuilt at that start.
 */
@Component
class SpeakerIdentityMigration implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SpeakerIdentityMigration.class);
    static final String BY = "system";

    private record Row(long id, String name, String affiliation, String role, String externalId) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("90");
    }

    @Override
    public String getDescription() {
        return "speaker identity key";
    }

    @Override
    public Integer getChecksum() {
        return 90;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE speaker ADD COLUMN identity_key VARCHAR(610) CHARACTER SET utf8mb4 "
                    + "COLLATE utf8mb4_bin NULL");
        }
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, canonical_name, affiliation, role_title, external_id FROM speaker ORDER BY id")) {
            while (rs.next()) {
                Row row = new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                byKey.computeIfAbsent(SpeakerIdentity.of(row.name(), row.affiliation()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<List<Row>> duplicates = byKey.values().stream().filter(rows -> rows.size() > 1).toList();
        if (!duplicates.isEmpty()) {
            long rev = revision(c, duplicates.stream().mapToInt(d -> d.size() - 1).sum());
            for (List<Row> same : duplicates) {
                for (Row merged : same.subList(1, same.size())) {
                    merge(c, rev, merged, same.getFirst());
                }
            }
            // quotes now name other speakers: the index is rebuilt at the next start
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM app_setting WHERE name = 'search.mapping'");
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE speaker SET identity_key = ? WHERE id = ?")) {
            int n = 0;
            for (var e : byKey.entrySet()) {
                update.setString(1, e.getKey());
                update.setLong(2, e.getValue().getFirst().id());
                update.addBatch();
                if (++n % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE speaker MODIFY identity_key VARCHAR(610) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin "
                    + "NOT NULL, ADD CONSTRAINT uk_speaker_identity UNIQUE (identity_key)");
        }
    }

    private static long revision(Connection c, int merges) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO revision_info (timestamp, username, reason) "
                + "VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, System.currentTimeMillis());
            p.setString(2, BY);
            p.setString(3, "Merged " + merges + " duplicate speaker entr" + (merges == 1 ? "y" : "ies")
                    + " (same name and affiliation) before the registry's unique key");
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void merge(Connection c, long rev, Row merged, Row survivor) throws SQLException {
        log.info("Merging duplicate speaker {} '{}' into {}", merged.id(), merged.name(), survivor.id());
        List<Long> quotes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM quote WHERE speaker_id = ? OR machine_speaker_id = ?")) {
            p.setLong(1, merged.id());
            p.setLong(2, merged.id());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    quotes.add(rs.getLong(1));
                }
            }
        }
        update(c, "UPDATE quote SET speaker_id = ? WHERE speaker_id = ?", survivor.id(), merged.id());
        update(c, "UPDATE quote SET machine_speaker_id = ? WHERE machine_speaker_id = ?", survivor.id(), merged.id());
        update(c, "UPDATE learned_speaker_name SET speaker_id = ? WHERE speaker_id = ?", survivor.id(), merged.id());
        // the merged entry's names become the survivor's aliases (the canonical name only if written differently)
        List<String> before = aliases(c, survivor.id());
        update(c, "INSERT IGNORE INTO speaker_alias (speaker_id, alias) SELECT ?, alias FROM speaker_alias "
                + "WHERE speaker_id = ?", survivor.id(), merged.id());
        if (!merged.name().equals(survivor.name())) {
            try (PreparedStatement p = c.prepareStatement("INSERT IGNORE INTO speaker_alias (speaker_id, alias) "
                    + "VALUES (?, ?)")) {
                p.setLong(1, survivor.id());
                p.setString(2, merged.name());
                p.executeUpdate();
            }
        }
        update(c, "UPDATE speaker s JOIN speaker m ON m.id = ? SET s.role_title = COALESCE(s.role_title, m.role_title), "
                + "s.external_id = COALESCE(s.external_id, m.external_id), s.version = s.version + 1 WHERE s.id = ?",
                merged.id(), survivor.id());
        List<String> mergedAliases = aliases(c, merged.id());
        // audit: the merged entry deleted with its last state, the survivor changed, its new aliases, the moved quotes
        update(c, "INSERT INTO speaker_aud (id, rev, revtype, canonical_name, role_title, affiliation, kind, external_id) "
                + "SELECT id, ?, 2, canonical_name, role_title, affiliation, kind, external_id FROM speaker WHERE id = ?",
                rev, merged.id());
        for (String alias : mergedAliases) {
            auditAlias(c, rev, 2, merged.id(), alias);
        }
        update(c, "REPLACE INTO speaker_aud (id, rev, revtype, canonical_name, role_title, affiliation, kind, "
                + "external_id) SELECT id, ?, 1, canonical_name, role_title, affiliation, kind, external_id FROM speaker "
                + "WHERE id = ?", rev, survivor.id());
        for (String alias : aliases(c, survivor.id())) {
            if (before.stream().noneMatch(alias::equalsIgnoreCase)) {
                auditAlias(c, rev, 0, survivor.id(), alias);
            }
        }
        auditQuotes(c, rev, quotes);
        update(c, "DELETE FROM speaker_alias WHERE speaker_id = ?", merged.id());
        update(c, "DELETE FROM speaker WHERE id = ?", merged.id());
    }

    private static void auditQuotes(Connection c, long rev, List<Long> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.column_name FROM "
                + "information_schema.columns a JOIN information_schema.columns q ON q.table_schema = a.table_schema "
                + "AND q.table_name = 'quote' AND q.column_name = a.column_name WHERE a.table_schema = DATABASE() "
                + "AND a.table_name = 'quote_aud' AND a.column_name NOT IN ('rev', 'revtype') ORDER BY a.ordinal_position")) {
            while (rs.next()) {
                columns.add("`" + rs.getString(1) + "`");
            }
        }
        String list = String.join(", ", columns);
        try (PreparedStatement p = c.prepareStatement("REPLACE INTO quote_aud (rev, revtype, " + list + ") SELECT ?, 1, "
                + list + " FROM quote WHERE id = ?")) {
            for (long id : quotes) {
                p.setLong(1, rev);
                p.setLong(2, id);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void auditAlias(Connection c, long rev, int type, long speakerId, String alias) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT IGNORE INTO speaker_alias_aud (rev, revtype, speaker_id, "
                + "alias) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, rev);
            p.setInt(2, type);
            p.setLong(3, speakerId);
            p.setString(4, alias);
            p.executeUpdate();
        }
    }

    private static List<String> aliases(Connection c, long speakerId) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT alias FROM speaker_alias WHERE speaker_id = ?")) {
            p.setLong(1, speakerId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    aliases.add(rs.getString(1));
                }
            }
        }
        return aliases;
    }

    private static void update(Connection c, String sql, long... ids) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                p.setLong(i + 1, ids[i]);
            }
            p.executeUpdate();
        }
    }
}

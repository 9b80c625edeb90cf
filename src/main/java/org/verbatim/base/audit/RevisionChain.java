package org.verbatim.base.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * The audit trail as a hash chain. Each revision, in the order revisions were committed, gets a seal: the SHA-256 of
 * the previous seal, its place in the chain and its own content — its {@code revision_info} row and every audit row
 * it wrote, read back from the database. Changing, adding or deleting any of those afterwards breaks that seal, and
 * {@link #verify} names the first broken link. Plain JDBC on the caller's connection and transaction.
 */
public final class RevisionChain {

    /** What a check of the whole chain found: intact, or the first broken link and why. */
    public record Verification(long sealed, long revisions, Long brokenRevision, Long brokenSeal, String problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 1000;

    private volatile List<String> auditTables;

    /**
     * Seals revision {@code rev}, written in this transaction; waits for other transactions' seals (the chain's head
     * is locked until this one ends). A revision already sealed is left as it is.
     */
    void seal(Connection c, long rev) throws SQLException {
        String content = contentDigest(c, rev);
        long seq;
        String previous;
        try (Statement s = c.createStatement();
             ResultSet head = s.executeQuery("SELECT seq, hash FROM revision_chain_head WHERE id = 1 FOR UPDATE")) {
            if (!head.next()) {
                throw new IllegalStateException("The audit chain has no head row (migration V61)");
            }
            seq = head.getLong(1) + 1;
            previous = head.getString(2);
        }
        try (PreparedStatement sealed = c.prepareStatement("SELECT 1 FROM revision_seal WHERE rev = ?")) {
            sealed.setLong(1, rev);
            try (ResultSet rs = sealed.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        String hash = link(previous, seq, rev, content);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO revision_seal (seq, rev, previous_hash, hash) VALUES (?, ?, ?, ?)");
             PreparedStatement head = c.prepareStatement(
                     "UPDATE revision_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
            insert.setLong(1, seq);
            insert.setLong(2, rev);
            insert.setString(3, previous);
            insert.setString(4, hash);
            insert.executeUpdate();
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }

    /** Revisions committed without a seal (written before the chain existed), oldest first. */
    List<Long> unsealed(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.id FROM revision_info r"
                + " LEFT JOIN revision_seal s ON s.rev = r.id WHERE s.rev IS NULL ORDER BY r.id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Walks the whole chain in one snapshot of the database. */
    public Verification verify(Connection c) throws SQLException {
        String previous = GENESIS;
        long expected = 1;
        long revisions = count(c, "SELECT COUNT(*) FROM revision_info");
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, rev, previous_hash, hash FROM revision_seal"
                    + " WHERE seq >= ? ORDER BY seq LIMIT " + PAGE)) {
                ps.setLong(1, expected);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
            for (Object[] seal : page) {
                long seq = (Long) seal[0];
                long rev = (Long) seal[1];
                if (seq != expected) {
                    return broken(expected - 1, revisions, null, expected, "seal #" + expected + " is missing");
                }
                if (!previous.equals(seal[2])) {
                    return broken(expected - 1, revisions, rev, seq, "seal #" + seq + " does not follow seal #"
                            + (seq - 1));
                }
                if (count(c, "SELECT COUNT(*) FROM revision_info WHERE id = " + rev) == 0) {
                    return broken(expected - 1, revisions, rev, seq, "revision " + rev + " is gone");
                }
                if (!link(previous, seq, rev, contentDigest(c, rev)).equals(seal[3])) {
                    return broken(expected - 1, revisions, rev, seq, "revision " + rev
                            + " was changed after it was sealed");
                }
                previous = (String) seal[3];
                expected++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        long sealed = expected - 1;
        try (Statement s = c.createStatement();
             ResultSet head = s.executeQuery("SELECT seq, hash FROM revision_chain_head WHERE id = 1")) {
            if (!head.next() || head.getLong(1) != sealed || !previous.equals(head.getString(2))) {
                return broken(sealed, revisions, null, sealed + 1, "the chain ends at seal #" + sealed
                        + " but its head names another: seals were removed from its end");
            }
        }
        List<Long> unsealed = unsealed(c);
        if (!unsealed.isEmpty()) {
            return broken(sealed, revisions, unsealed.getFirst(), null, unsealed.size() + " revision(s) never sealed,"
                    + " the first " + unsealed.getFirst() + " (written around Verbatim, or not yet sealed after an"
                    + " upgrade)");
        }
        return new Verification(sealed, revisions, null, null, null);
    }

    private static Verification broken(long sealed, long revisions, Long rev, Long seq, String problem) {
        return new Verification(sealed, revisions, rev, seq, problem);
    }

    /** SHA-256 of the revision's row and of every audit row it wrote, in a canonical form. */
    String contentDigest(Connection c, long rev) throws SQLException {
        MessageDigest sha = sha256();
        feed(sha, "revision_info");
        rows(c, "SELECT * FROM revision_info WHERE id = ?", rev).forEach(row -> feed(sha, row));
        List<String> tables = auditTables(c);
        Set<String> written = tablesWithRows(c, tables, rev);
        for (String table : tables) {
            feed(sha, table);
            if (written.contains(table)) {
                rows(c, "SELECT * FROM `" + table + "` WHERE rev = ?", rev).forEach(row -> feed(sha, row));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The audit tables holding rows of revision {@code rev}, asked in one statement: a revision writes to two or
     * three of them, and reading every table apart cost a statement each at every step a reviewer took. A table
     * without rows adds only its name to the digest, as before.
     */
    private static Set<String> tablesWithRows(Connection c, List<String> tables, long rev) throws SQLException {
        Set<String> written = new HashSet<>();
        if (tables.isEmpty()) {
            return written;
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT ").append(i).append(" FROM `")
                    .append(tables.get(i)).append("` WHERE rev = ? LIMIT 1)");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 1; i <= tables.size(); i++) {
                ps.setLong(i, rev);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    written.add(tables.get(rs.getInt(1)));
                }
            }
        }
        return written;
    }

    static String link(String previous, long seq, long rev, String content) {
        MessageDigest sha = sha256();
        feed(sha, previous);
        feed(sha, Long.toString(seq));
        feed(sha, Long.toString(rev));
        feed(sha, content);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each row as "column=value" pairs in column-name order; the rows sorted, so that their order does not count. */
    private static List<String> rows(Connection c, String sql, long rev) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, rev);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    TreeMap<String, String> columns = new TreeMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String value = rs.getString(i);
                        columns.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                                value == null ? "\u2400" : value.length() + ":" + value);
                    }
                    rows.add(columns.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private List<String> auditTables(Connection c) throws SQLException {
        List<String> tables = auditTables;
        if (tables == null) {
            tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
                    + " information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE '%\\_aud'"
                    + " ORDER BY table_name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            tables = List.copyOf(tables);
            auditTables = tables;
        }
        return tables;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void feed(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

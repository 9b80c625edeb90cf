package org.verbatim.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.verbatim.base.database.EmbeddedMariaDb;

/**
 * SQL run with the schema owner's rights, behind the application's back: a trigger that makes the database refuse
 * or report a deadlock on cue, so that a test sees what the application answers when that happens.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    public static void execute(EmbeddedMariaDb database, String... statements) {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.ownerCredentials().user(),
                database.ownerCredentials().password()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

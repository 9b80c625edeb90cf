package org.verbatim.base.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A lock every node of an installation sees: the database's named lock ({@code GET_LOCK}, MySQL and MariaDB), held on
 * a connection of its own for as long as the work runs, so the work's transactions commit while it is held. For
 * start-up work that must happen once however many nodes start together: the first administrator, the demo articles,
 * the search index check. A node that dies releases its locks with its connection.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while holding the lock {@code name}, waiting at most {@code wait} for it. */
    public <T> T holding(String name, Duration wait, Supplier<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement p = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                p.setString(1, name);
                p.setLong(2, Math.max(0, wait.toSeconds()));
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new IllegalStateException("Another node held the lock '" + name + "' for longer than "
                                + wait.toSeconds() + " s");
                    }
                }
            }
            try {
                return work.get();
            } finally {
                try (PreparedStatement p = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    p.setString(1, name);
                    p.executeQuery().close();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock '" + name + "': " + e.getMessage(), e);
        }
    }

    public void holding(String name, Duration wait, Runnable work) {
        holding(name, wait, () -> {
            work.run();
            return null;
        });
    }
}

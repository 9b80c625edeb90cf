package org.verbatim.base.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * After the migrations, run as the schema's owner: the application's own account may read the audit trail and add
 * to it, never change or delete it (revision_info, every {@code *_aud} table, the revision seals); on the other
 * tables it reads and writes. Run with one account for both, Verbatim warns that the trail is append-only by
 * convention only.
 */
@Component
class AppAccountPrivileges implements Callback {

    private static final Logger log = LoggerFactory.getLogger(AppAccountPrivileges.class);

    /** The application's accounts, as GRANT names them ({@code 'verbatim'@'%'}). */
    record AppAccounts(List<String> accounts) {
        AppAccounts {
            accounts = List.copyOf(accounts);
        }

        static AppAccounts of(String user, String... hosts) {
            return new AppAccounts(java.util.Arrays.stream(hosts).map(h -> "'" + user.replace("'", "''") + "'@'" + h
                    + "'").toList());
        }

        String user() {
            String first = accounts.getFirst();
            return first.substring(1, first.lastIndexOf("'@'")).replace("''", "'");
        }
    }

    private final ObjectProvider<AppAccounts> embedded;
    private final Environment environment;

    AppAccountPrivileges(ObjectProvider<AppAccounts> embedded, Environment environment) {
        this.embedded = embedded;
        this.environment = environment;
    }

    /** The embedded database names its accounts; an external one's is the data source's user at any host. */
    private AppAccounts appAccounts() {
        return embedded.getIfAvailable(() -> AppAccounts.of(environment.getProperty("spring.datasource.username",
                "verbatim"), environment.getProperty("verbatim.db.app-host", "%")));
    }

    /** Tables the application may only insert into and read. */
    static boolean appendOnly(String table) {
        String t = table.toLowerCase(Locale.ROOT);
        return t.equals("revision_info") || t.endsWith("_aud") || t.equals("revision_seal");
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public String getCallbackName() {
        return "application account privileges";
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        AppAccounts app = appAccounts();
        try {
            Connection owner = context.getConnection();
            if (app.user().equals(currentUser(owner))) {
                log.warn("Migrations run as the application's own account ({}): the audit trail is append-only by"
                        + " convention only. Give migrations another account (VERBATIM_DB_MIGRATION_USER).", app.user());
                return;
            }
            try (Statement s = owner.createStatement()) {
                for (String table : tables(owner)) {
                    String on = " ON `" + table + "` ";
                    for (String account : app.accounts()) {
                        if (appendOnly(table)) {
                            // grant first, then take away only what is more: another node writing its audit rows
                            // while this one starts must never meet a moment without INSERT
                            s.execute("GRANT SELECT, INSERT" + on + "TO " + account);
                            List<String> more = heldBeyondAppend(owner, table, account);
                            if (!more.isEmpty()) {
                                s.execute("REVOKE " + String.join(", ", more) + on + "FROM " + account);
                            }
                        } else if (table.equalsIgnoreCase("flyway_schema_history")) {
                            s.execute("GRANT SELECT" + on + "TO " + account);
                        } else {
                            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE" + on + "TO " + account);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's account " + app.accounts()
                    + " its table privileges: " + e.getMessage(), e);
        }
    }

    /** The user name of the connection's account. */
    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT CURRENT_USER()")) {
            rs.next();
            String account = rs.getString(1);
            return account.substring(0, account.lastIndexOf('@'));
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The privileges {@code account} holds on {@code table} besides SELECT and INSERT. */
    private static List<String> heldBeyondAppend(Connection c, String table, String account) throws SQLException {
        List<String> more = new ArrayList<>();
        try (var q = c.prepareStatement("SELECT privilege_type FROM information_schema.table_privileges"
                + " WHERE table_schema = DATABASE() AND table_name = ? AND REPLACE(grantee, CHAR(39), '') = ?")) {
            q.setString(1, table);
            q.setString(2, account.replace("'", ""));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String privilege = rs.getString(1).toUpperCase(Locale.ROOT);
                    if (!privilege.equals("SELECT") && !privilege.equals("INSERT")) {
                        more.add(privilege);
                    }
                }
            }
        }
        return more;
    }
}

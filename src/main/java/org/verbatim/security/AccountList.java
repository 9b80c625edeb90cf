package org.verbatim.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.verbatim.security.UserAdministration.UserSummary;

/**
 * The accounts as administrators see them, read with plain SQL: the users screen, {@link UserAdministration} and the
 * command line's {@code users list}, which runs it without Hibernate.
 */
@Service
public class AccountList {

    private final JdbcClient jdbc;

    public AccountList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every account, by user name, with its roles; never a password hash. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserSummary> users() {
        Map<Long, List<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("select user_id, role from app_user_role").query((ResultSet rs) -> {
            roles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Role.valueOf(rs.getString(2)));
        });
        return jdbc.sql("select id, username, display_name, enabled, created_at, password_changed_at, version"
                        + " from app_user order by username")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Role> held = roles.getOrDefault(id, List.of());
                    return new UserSummary(id, rs.getString("username"), rs.getString("display_name"),
                            held.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(held),
                            rs.getBoolean("enabled"), instant(rs, "created_at"), instant(rs, "password_changed_at"),
                            rs.getLong("version"));
                }).list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        // stored as UTC (hibernate.jdbc.time_zone), whatever this JVM's time zone is
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}

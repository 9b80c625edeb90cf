package org.verbatim.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.verbatim.security.Role;
import org.verbatim.security.UserAccount;
import org.verbatim.security.UserAccountRepository;

/** Object mother for accounts: {@code users.factChecker("fiona")} exists afterwards with password {@link #PASSWORD}. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    TestUsers(UserAccountRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public UserAccount create(String username, Role... roles) {
        return users.findByUsername(username).orElseGet(() -> users.save(new UserAccount(username, username,
                encoder.encode(PASSWORD), roles.length == 0 ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(List.of(roles)), Instant.now())));
    }
}

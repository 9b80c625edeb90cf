package org.verbatim.security;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.database.ClusterLock;

/**
 * Creates the first administrator on an empty installation. There is no default password: it comes from
 * {@code VERBATIM_ADMIN_PASSWORD}, or is generated and printed once, on this first start only. Nodes started together
 * on one empty database take turns under a {@link ClusterLock}: the first creates the administrator, the others then
 * find a user and do nothing.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String username;
    private final String password;
    private final ClusterLock lock;
    private final TransactionTemplate tx;

    FirstAdministrator(UserAccountRepository users, PasswordEncoder encoder, Clock clock, ClusterLock lock,
                       PlatformTransactionManager transactions,
                       @Value("${verbatim.admin.username:admin}") String username,
                       @Value("${verbatim.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.lock = lock;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    public void createIfNoUsers() {
        lock.holding("verbatim.first-administrator", Duration.ofMinutes(2),
                () -> tx.executeWithoutResult(status -> createInTransactionIfNoUsers()));
    }

    private void createInTransactionIfNoUsers() {
        if (users.count() > 0) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? Passwords.generate() : password;
        if (!generated && secret.length() < Passwords.MIN_LENGTH) {
            throw new IllegalStateException("VERBATIM_ADMIN_PASSWORD must have at least 12 characters");
        }
        users.save(new UserAccount(username, "Administrator", encoder.encode(secret),
                EnumSet.allOf(Role.class), clock.instant()));
        if (generated) {
            // printed once, on purpose to the console: it is never stored in clear anywhere
            System.out.printf("%n=== Verbatim: first administrator created ===%n  user:     %s%n  password: %s%n"
                    + "  Sign in and create accounts for your team; this password is not shown again.%n%n",
                    username, secret);
        } else {
            log.info("First administrator '{}' created with the password from VERBATIM_ADMIN_PASSWORD", username);
        }
    }
}

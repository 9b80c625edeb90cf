package org.verbatim.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Administrators manage accounts: add, change roles, disable, set a new password. Passwords are stored hashed. */
@Service
public class UserAdministration {

    /** An account as administrators see it: never the password. */
    public record Account(String username, String displayName, Set<Role> roles, boolean enabled) {
        static Account of(UserAccount u) {
            return new Account(u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled());
        }
    }

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdministration(UserAccountRepository users, PasswordEncoder encoder, PlatformTransactionManager transactions,
                       Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Account> accounts() {
        return users.findAll(org.springframework.data.domain.Sort.by("username")).stream().map(Account::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account add(String username, String displayName, Set<Role> roles, String password) {
        requireStrong(password);
        return tx.execute(s -> {
            if (users.findByUsername(username).isPresent()) {
                throw new IllegalArgumentException("There is already a user " + username);
            }
            return Account.of(users.save(new UserAccount(username, displayName, encoder.encode(password), roles,
                    clock.instant())));
        });
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account changeRoles(String username, Set<Role> roles) {
        return tx.execute(s -> {
            UserAccount user = find(username);
            user.setRoles(roles);
            return Account.of(user);
        });
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Account setEnabled(String username, boolean enabled) {
        return tx.execute(s -> {
            UserAccount user = find(username);
            user.setEnabled(enabled);
            return Account.of(user);
        });
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void changePassword(String username, String password) {
        requireStrong(password);
        tx.executeWithoutResult(s -> find(username).changePasswordHash(encoder.encode(password)));
    }

    /** A random password of 20 letters and digits (about 117 bits), for printing once. */
    public String generatePassword() {
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private UserAccount find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}

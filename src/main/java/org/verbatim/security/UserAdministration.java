package org.verbatim.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.ChangeReason;

/**
 * What administrators do to accounts: create them, change their roles, disable or enable them, reset passwords.
 * Every change is an audit revision with a reason that names the user. Nobody can lock themselves out, and the last
 * enabled administrator keeps the role. Each change names the version of the account the administrator saw.
 */
@Service
public class UserAdministration {

    /** An account as administrators see it: everything but the password hash. */
    public record UserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                              Instant createdAt, Instant passwordChangedAt, long version) {
        public boolean isAdmin() {
            return roles.contains(Role.ADMIN);
        }
    }

    /** A new account; a {@code null} or blank password means: generate one. */
    public record NewUser(String username, String displayName, Set<Role> roles, String password) {
    }

    /** The result of creating an account or resetting its password; {@code generatedPassword} is shown once. */
    public record PasswordIssued(UserSummary user, String generatedPassword) {
        public boolean generated() {
            return generatedPassword != null;
        }
    }

    private static final boolean ENDS_SESSIONS = true;

    private final UserAccountRepository users;
    private final AccountList accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final CurrentUser currentUser;
    private final SignedInSessions sessions;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, AccountList accounts, PasswordEncoder encoder,
                       PlatformTransactionManager transactions, CurrentUser currentUser, SignedInSessions sessions,
                       Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.encoder = encoder;
        this.tx = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserSummary> users() {
        return accounts.users();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PasswordIssued create(NewUser request) {
        Objects.requireNonNull(request);
        String username = UserAccount.requireUsername(request.username() == null ? null : request.username().strip());
        Set<Role> roles = requireSomeRole(request.roles());
        String displayName = requireDisplayName(request.displayName(), username);
        boolean generate = request.password() == null || request.password().isEmpty();
        String password = generate ? Passwords.generate() : Passwords.requireAcceptable(request.password());
        String reason = "Created user " + username + " with roles " + labels(roles);
        try {
            UserAccount created = ChangeReason.during(reason, () -> tx.execute(status -> {
                if (users.findByUsername(username).isPresent()) {
                    throw taken(username);
                }
                UserAccount user = users.save(new UserAccount(username, displayName, encoder.encode(password), roles,
                        clock.instant()));
                users.flush();
                return user;
            }));
            return new PasswordIssued(summary(created), generate ? password : null);
        } catch (DataIntegrityViolationException e) {
            // someone created the same name at the same moment (the unique key ignores case)
            throw taken(username);
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserSummary changeRoles(long userId, long seenVersion, Set<Role> newRoles) {
        Set<Role> roles = requireSomeRole(newRoles);
        return summary(change(userId, seenVersion, name -> "Roles of " + name + " set to " + labels(roles), user -> {
            if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
                if (isMe(user)) {
                    throw new IllegalStateException("You cannot remove your own administrator role; "
                            + "ask another administrator");
                }
                requireAnotherEnabledAdmin(user);
            }
            user.setRoles(roles);
        }, ENDS_SESSIONS));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserSummary disable(long userId, long seenVersion) {
        return summary(change(userId, seenVersion, name -> "Disabled user " + name, user -> {
            if (isMe(user)) {
                throw new IllegalStateException("You cannot disable your own account");
            }
            requireAnotherEnabledAdmin(user);
            user.setEnabled(false);
        }, ENDS_SESSIONS));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserSummary enable(long userId, long seenVersion) {
        return summary(change(userId, seenVersion, name -> "Enabled user " + name, user -> user.setEnabled(true),
                !ENDS_SESSIONS));
    }

    /** Sets {@code newPassword}, or a generated one when it is {@code null} or empty. */
    @RolesAllowed(Role.ADMIN_NAME)
    public PasswordIssued resetPassword(long userId, long seenVersion, String newPassword) {
        boolean generate = newPassword == null || newPassword.isEmpty();
        String password = generate ? Passwords.generate() : Passwords.requireAcceptable(newPassword);
        String hash = encoder.encode(password);
        UserAccount user = change(userId, seenVersion, name -> "Reset the password of " + name,
                u -> u.changePasswordHash(hash, clock.instant()), ENDS_SESSIONS);
        return new PasswordIssued(summary(user), generate ? password : null);
    }

    /**
     * Applies {@code step} to the account. With {@code endsSessions}, the person's open sessions end as soon as the
     * change is stored (their use cases refuse a disabled account or removed roles anyway: {@link AccountCheck}).
     */
    private UserAccount change(long userId, long seenVersion, UnaryOperator<String> reason,
                               Consumer<UserAccount> step, boolean endsSessions) {
        // the user name never changes, so the reason can be worded before the transaction
        String username = users.findById(userId).map(UserAccount::getUsername).orElseThrow(UserAdministration::gone);
        try {
            UserAccount changed = ChangeReason.during(reason.apply(username), () -> tx.execute(status -> {
                UserAccount user = users.findById(userId).orElseThrow(UserAdministration::gone);
                if (user.getVersion() != seenVersion) {
                    throw stale(username);
                }
                step.accept(user);
                users.flush();
                return user;
            }));
            AccountCheck.accountsChanged();
            if (endsSessions) {
                sessions.end(username);
            }
            return changed;
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(username);
        }
    }

    /** Called before {@code user} stops being an enabled administrator. */
    private void requireAnotherEnabledAdmin(UserAccount user) {
        if (!user.isEnabled() || !user.hasRole(Role.ADMIN)) {
            return;
        }
        boolean another = users.lockEnabledHoldersOf(Role.ADMIN).stream()
                .anyMatch(admin -> !admin.getId().equals(user.getId()));
        if (!another) {
            throw new IllegalStateException(user.getUsername() + " is the last enabled administrator: "
                    + "make someone else an administrator first");
        }
    }

    private boolean isMe(UserAccount user) {
        return currentUser.signedIn().map(me -> me.equalsIgnoreCase(user.getUsername())).orElse(false);
    }

    private static Set<Role> requireSomeRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("Give the user at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    private static String requireDisplayName(String displayName, String username) {
        if (displayName == null || displayName.isBlank()) {
            return username;
        }
        String name = displayName.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("A display name has at most 200 characters");
        }
        return name;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    private static UserSummary summary(UserAccount u) {
        return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.isEnabled(),
                u.getCreatedAt(), u.getPasswordChangedAt(), u.getVersion());
    }

    private static IllegalArgumentException taken(String username) {
        return new IllegalArgumentException("The user name " + username + " is taken");
    }

    private static IllegalArgumentException gone() {
        return new IllegalArgumentException("This user no longer exists");
    }

    private static OptimisticLockingFailureException stale(String username) {
        return new OptimisticLockingFailureException("Someone else changed " + username
                + " meanwhile: reload and try again");
    }
}

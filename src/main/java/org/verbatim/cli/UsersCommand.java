package org.verbatim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.security.AccountList;
import org.verbatim.security.Role;
import org.verbatim.security.UserAdministration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Manages user accounts. Roles: FACT_CHECKER, EDITOR, AUDITOR, ADMIN.",
                "A password is read from standard input (--password-stdin, first line) or generated and printed",
                "once; it is never taken from the command line, where other users of the machine could see it."},
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.Add.class, UsersCommand.Roles.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.Password.class})
final class UsersCommand {

    abstract static class UserCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Autowired
        AccountList accounts;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public Integer call() {
            try {
                run();
                return 0;
            } catch (IllegalArgumentException | IllegalStateException
                     | org.springframework.dao.OptimisticLockingFailureException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }

        abstract void run();

        UserAdministration.UserSummary find(String username) {
            return accounts.users().stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        }

        /** The password from standard input, or {@code null} for a generated one. */
        static String password(boolean fromStdin) {
            if (!fromStdin) {
                return null;
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("No password on standard input");
                }
                return line;
            } catch (IOException e) {
                throw new IllegalArgumentException("Could not read the password: " + e.getMessage());
            }
        }

        void showOnce(UserAdministration.PasswordIssued issued) {
            if (issued.generated()) {
                out().println("password: " + issued.generatedPassword() + "   (shown once: pass it on safely)");
            }
        }

        static String describe(UserAdministration.UserSummary a) {
            return a.username() + " (" + a.displayName() + ") " + a.roles() + (a.enabled() ? "" : " DISABLED");
        }
    }

    /** A command that changes accounts: it needs the whole application (the changes are audited). */
    abstract static class ChangeCommand extends UserCommand {
        @Autowired
        UserAdministration administration;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts and their roles.")
    static final class ListUsers extends UserCommand implements Commands.Light {
        @Override
        void run() {
            accounts.users().forEach(a -> out().println(describe(a)));
        }

        @Override
        public boolean light() {
            return true;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account.")
    static final class Add extends ChangeCommand {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", paramLabel = "ROLE", required = true, split = ",",
                description = "One or more of ${COMPLETION-CANDIDATES} (repeat or separate by commas).")
        List<Role> roles;

        @Option(names = "--name", paramLabel = "DISPLAY NAME", description = "Full name (default: the user name).")
        String displayName;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Override
        void run() {
            var issued = administration.create(new UserAdministration.NewUser(username, displayName, set(roles),
                    password(passwordStdin)));
            out().println("added " + describe(issued.user()));
            showOnce(issued);
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Replaces an account's roles.")
    static final class Roles extends ChangeCommand {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1..*", paramLabel = "ROLE", arity = "1..*",
                description = "${COMPLETION-CANDIDATES}")
        List<Role> roles;

        @Override
        void run() {
            var user = find(username);
            out().println(describe(administration.changeRoles(user.id(), user.version(), set(roles))));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables an account: no sign-in, no API access (its API tokens stop working).")
    static final class Disable extends ChangeCommand {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        void run() {
            var user = find(username);
            out().println(describe(administration.disable(user.id(), user.version())));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable extends ChangeCommand {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        void run() {
            var user = find(username);
            out().println(describe(administration.enable(user.id(), user.version())));
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Sets a new password.")
    static final class Password extends ChangeCommand {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Override
        void run() {
            var user = find(username);
            var issued = administration.resetPassword(user.id(), user.version(), password(passwordStdin));
            out().println("password changed for " + username);
            showOnce(issued);
        }
    }

    private static Set<Role> set(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}

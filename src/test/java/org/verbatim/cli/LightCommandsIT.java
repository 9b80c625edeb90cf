package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.base.database.EmbeddedMariaDb;
import org.verbatim.export.Exports;
import org.verbatim.export.QuoteExports;
import org.verbatim.security.AccountList;
import org.verbatim.security.Role;
import org.verbatim.security.SystemUser;
import org.verbatim.security.UserAccountRepository;
import org.verbatim.support.FreshDataDir;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * {@code users list} and the quote exports run on the light application (the database and their use cases, nothing
 * else) and print what the whole application prints for the same data. The light application here reaches the test's
 * embedded MariaDB as an external database: two processes cannot open one embedded database's files.
 */
@VerbatimIntegrationTest
class LightCommandsIT {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    EmbeddedMariaDb db;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TestArticles articles;

    /** The light application's own data folder (its index folder is taken there), apart from the test's. */
    @TempDir
    Path lightDataDir;

    @Test
    void users_list_on_the_light_application_prints_every_account_as_hibernate_reads_it() {
        AtomicReference<ConfigurableApplicationContext> light = new AtomicReference<>();
        String[] lines = run(light, "users", "list").split("\n");

        List<String> expected = users.findAll().stream()
                .map(u -> u.getUsername() + " (" + u.getDisplayName() + ") " + u.getRoles()
                        + (u.isEnabled() ? "" : " DISABLED")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(String.join("\n", lines) + "\n").as("in the same order").isEqualTo(whole("users", "list"));
        assertThat(light.get()).as("the command ran on the light application").isNotNull();
    }

    @Test
    void the_quote_exports_on_the_light_application_equal_the_whole_applications() {
        var story = RunAs.user("lighter", Role.FACT_CHECKER).call(articles::harbourStory);
        for (String format : List.of("quotes-csv", "quotes-json", "claimreview")) {
            AtomicReference<ConfigurableApplicationContext> light = new AtomicReference<>();
            String whole = whole("export", format);

            assertThat(run(light, "export", format)).isEqualTo(whole);
            assertThat(whole).contains(format.equals("claimreview") ? "\"@graph\""
                    : "The harbour will reopen to fishing boats next spring");
            assertThat(light.get()).isNotNull();
        }
        assertThat(story.quotes()).isNotEmpty();
    }

    @Test
    void the_light_application_has_no_hibernate_and_still_checks_roles() {
        try (ConfigurableApplicationContext light = lightApplication()) {
            assertThat(light.getBeanNamesForType(EntityManagerFactory.class)).isEmpty();
            assertThat(LightCommands.schemaIsCurrent(light.getBean(JdbcClient.class))).isTrue();
            AccountList accounts = light.getBean(AccountList.class);
            assertThatThrownBy(accounts::users).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> RunAs.user("fiona", Role.FACT_CHECKER).call(accounts::users))
                    .hasMessageContaining("Access Denied");
            assertThat(RunAs.user("ada", Role.ADMIN).call(accounts::users)).isNotEmpty();
        }
    }

    /**
     * Every use case the light commands call, as every kind of caller: the light application's copy (checked by hand,
     * without an application context) refuses and lets through exactly as the whole application's bean does.
     */
    @Test
    void the_light_applications_role_checks_are_the_whole_applications() {
        List<Supplier<Authentication>> callers = new ArrayList<>();
        callers.add(() -> null);
        callers.add(SystemUser::authentication);
        for (Role role : Role.values()) {
            callers.add(() -> UsernamePasswordAuthenticationToken.authenticated("someone", null,
                    List.of(new SimpleGrantedAuthority(role.authority()))));
        }
        callers.add(() -> UsernamePasswordAuthenticationToken.authenticated("nobody", null, List.of()));
        callers.add(() -> new AnonymousAuthenticationToken("key", "anonymous",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        Map<String, Function<ConfigurableApplicationContext, Object>> useCases = new LinkedHashMap<>();
        useCases.put("users list", c -> c.getBean(AccountList.class).users());
        useCases.put("quotes-csv", c -> written(w -> c.getBean(QuoteExports.class).quotesCsv(w)));
        useCases.put("quotes-json", c -> written(w -> c.getBean(QuoteExports.class).quotesJson(w)));
        useCases.put("claimreview", c -> written(w -> c.getBean(QuoteExports.class).claimReviews(w)));
        useCases.put("write quotes-csv", c -> written(w -> c.getBean(QuoteExports.class)
                .write(Exports.Format.QUOTES_CSV, w)));

        int refused = 0;
        try (ConfigurableApplicationContext light = lightApplication()) {
            for (var useCase : useCases.entrySet()) {
                for (Supplier<Authentication> caller : callers) {
                    String whole = outcome(caller.get(), () -> useCase.getValue().apply(context));
                    String lightOutcome = outcome(caller.get(), () -> useCase.getValue().apply(light));
                    assertThat(lightOutcome).as(useCase.getKey() + " as " + caller.get()).isEqualTo(whole);
                    refused += whole.startsWith("refused") ? 1 : 0;
                }
            }
        }
        assertThat(refused).as("some callers are refused").isGreaterThan(5);
    }

    private static String outcome(Authentication caller, Supplier<Object> call) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext as = SecurityContextHolder.createEmptyContext();
        as.setAuthentication(caller);
        SecurityContextHolder.setContext(as);
        try {
            Object result = call.get();
            return "done: " + result;
        } catch (AuthenticationException | AccessDeniedException e) {
            return "refused: " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "failed: " + e.getClass().getSimpleName() + " " + e.getMessage();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String written(Consumer<Writer> export) {
        StringWriter out = new StringWriter();
        export.accept(out);
        return out.toString();
    }

    @Test
    void a_database_missing_a_migration_of_this_build_is_left_to_the_whole_application() {
        Set<String> applied = new HashSet<>(context.getBean(JdbcClient.class)
                .sql("select version from flyway_schema_history where version is not null").query(String.class).list());
        assertThat(LightCommands.shipped()).contains("1", "68");
        assertThat(LightCommands.isCurrent(applied)).isTrue();

        applied.remove("68");
        assertThat(LightCommands.isCurrent(applied)).as("an upgrade not yet migrated").isFalse();
        assertThat(LightCommands.isCurrent(Set.of())).as("a new database").isFalse();
    }

    private ConfigurableApplicationContext lightApplication() {
        // as arguments: they win over application.properties, as VERBATIM_DB_URL and the others would
        ConfigurableApplicationContext light = LightCommands.start("users", Map.of(
                "verbatim.data-dir", lightDataDir.toString(),
                "verbatim.export.public-url", FreshDataDir.PUBLIC_URL,
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", db.credentials().user(),
                "spring.datasource.password", db.credentials().password()));
        assertThat(light).as("the test database has every migration").isNotNull();
        return light;
    }

    /** Runs a command the way {@code java -jar verbatim.jar} does, on the light application when it is light. */
    private String run(AtomicReference<ConfigurableApplicationContext> light, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.execute(command -> {
                    assertThat(command).isInstanceOf(Commands.Light.class);
                    assertThat(((Commands.Light) command).light()).isTrue();
                    light.set(lightApplication());
                    return light.get();
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        if (light.get() != null) {
            light.get().close();
        }
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private String whole(String... args) {
        CommandsAccess.Run run = CommandsAccess.run(context, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }
}

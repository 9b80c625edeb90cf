package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.base.search.LuceneIndexOwnership;
import org.verbatim.support.FreshDataDir;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * On the Lucene default the running web application owns the index folder: a command started beside it on the same
 * data folder is refused at once, with what to do, before it opens the database or the index.
 */
@VerbatimIntegrationTest
class CommandBesideWebAppIT {

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.jpa.properties.hibernate.search.backend.directory.root}")
    String indexRoot;

    @Value("${verbatim.data-dir}")
    String dataDir;

    @Test
    void an_import_beside_the_running_web_application_is_refused_with_what_to_do() throws Exception {
        Path article = Files.writeString(Files.createTempFile("beside", ".txt"),
                "“The ferry will run all winter,” said Ferry Director Imke Salvo on Monday.");
        long before = jdbc.sql("select count(*) from article").query(Long.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Commands.execute(() -> Commands.application("import").initializers(new FreshDataDir()).run(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "import", "--no-progress", article.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("The web application is running and owns the search index")
                .contains("import through it").contains("or stop it and run import again");
        assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(before);
    }

    /**
     * The light commands ({@code users list}, the quote exports) have no index, but take the index folder all the
     * same: beside the running web application they are refused at once, instead of starting a second database server
     * on its data folder.
     */
    @Test
    void a_light_command_beside_the_running_web_application_is_refused_before_its_database_starts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicBoolean asked = new AtomicBoolean();

        int code = Commands.execute(command -> {
                    asked.set(true);
                    return LightCommands.start("users", Map.of(
                            "spring.jpa.properties.hibernate.search.backend.directory.root", indexRoot,
                            // were it not refused, it would start its own server here
                            "verbatim.data-dir", dataDir));
                }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "users", "list");

        assertThat(asked).isTrue();
        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("The web application is running and owns the search index")
                .contains("or stop it and run users again");
        assertThat(ProcessHandle.current().children().filter(p -> p.info().commandLine()
                .map(cmd -> cmd.contains("mariadbd") && cmd.contains(dataDir)).orElse(false)).count())
                .as("servers on the web application's data folder").isLessThanOrEqualTo(1);
    }

    @Test
    void another_process_is_refused_too() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IndexOwnerProbe.class.getName(), indexRoot)
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.exitValue()).as(said).isEqualTo(3);
        assertThat(said).contains("The web application is running and owns the search index")
                .contains("(pid " + ProcessHandle.current().pid() + ")");
    }

    /** Tries to take the index folder from another JVM, as a command started beside the web application does. */
    public static final class IndexOwnerProbe {
        public static void main(String[] args) {
            try (var held = LuceneIndexOwnership.take(Path.of(args[0]), "the command import")) {
                System.out.println("took it");
                System.exit(0);
            } catch (LuceneIndexOwnership.IndexInUseException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }

}

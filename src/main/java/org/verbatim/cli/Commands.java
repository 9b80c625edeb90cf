package org.verbatim.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.Application;
import org.verbatim.base.search.LuceneIndexOwnership;
import org.verbatim.security.SystemUser;
import picocli.CommandLine;

/**
 * The command line: {@code java -jar verbatim.jar import|reindex|search|export|users ...}. Arguments are checked before
 * anything starts, so {@code --help} and usage errors are instant; then Verbatim starts without its web server, on
 * the same data folder and database as the web application, and the command runs as the system user.
 *
 * <p>Exit codes: 0 done, 1 some items failed (or an error), 2 usage error, 130 stopped by Ctrl-C.
 */
public final class Commands {

    static final int STOPPED = 130;

    /** A command's console: warnings, and Verbatim's own news. */
    static final String[] QUIET = {"logging.level.root=WARN", "logging.level.org.verbatim=INFO"};

    private static final Set<String> NAMES = Set.of("import", "reindex", "search", "export", "users", "audit",
            "--help", "-h", "help", "--version", "-V");

    private Commands() {
    }

    /** Whether {@code firstArgument} names one of these commands, or asks for help (the web application starts otherwise). */
    public static boolean isCommand(String firstArgument) {
        return NAMES.contains(firstArgument);
    }

    /** Runs a command in this process and returns its exit code; standard output carries only its results. */
    public static int run(String... args) {
        PrintStream stdout = System.out;
        // Spring's and the libraries' console output goes to stderr, so that an export on stdout stays clean
        System.setOut(System.err);
        Run run = new Run();
        Thread onExit = new Thread(() -> run.shutDown(System.err), "verbatim-shutdown");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            String name = args.length == 0 ? "" : args[0];
            return execute(command -> run.context = start(name, command), stdout, System.err, run, args);
        } finally {
            run.done.countDown();
            run.close();
        }
    }

    static int execute(Supplier<ConfigurableApplicationContext> application, PrintStream out, PrintStream err,
                       String... args) {
        return execute(command -> application.get(), out, err, new Run(), args);
    }

    /**
     * Parses {@code args}, and when a command is to run, gets the application for it from {@code application}
     * (started only then), wires the command and runs it as the system user.
     */
    static int execute(Function<Callable<?>, ConfigurableApplicationContext> application, PrintStream out,
                       PrintStream err, String... args) {
        return execute(application, out, err, new Run(), args);
    }

    private static int execute(Function<Callable<?>, ConfigurableApplicationContext> application, PrintStream out,
                               PrintStream err, Run run, String... args) {
        if (args.length > 0 && args[0].equals("help")) {
            args[0] = "--help";
        }
        CommandLine cli = new CommandLine(new VerbatimCommand());
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setUsageHelpWidth(110);
        cli.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            List<CommandLine> chosen = parsed.asCommandLineList();
            CommandLine leaf = chosen.getLast();
            if (!(leaf.getCommand() instanceof Callable<?> command)) {
                leaf.usage(errWriter);
                return CommandLine.ExitCode.USAGE;
            }
            if (command instanceof Checked checked) {
                checked.check(leaf);
            }
            ConfigurableApplicationContext context;
            try {
                context = application.apply(command);
            } catch (RuntimeException e) {
                LuceneIndexOwnership.IndexInUseException inUse = indexInUse(e);
                if (inUse == null) {
                    throw e;
                }
                errWriter.println(inUse.getMessage());
                return 1;
            }
            context.getAutowireCapableBeanFactory().autowireBean(command);
            run.command = command;
            try {
                return runAsSystem(command);
            } catch (CommandLine.ParameterException | CommandLine.ExecutionException e) {
                throw e;
            } catch (Exception e) {
                throw new CommandLine.ExecutionException(leaf, e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        });
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static LuceneIndexOwnership.IndexInUseException indexInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LuceneIndexOwnership.IndexInUseException inUse) {
                return inUse;
            }
        }
        return null;
    }

    private static int runAsSystem(Callable<?> command) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(SystemUser.authentication());
        SecurityContextHolder.setContext(system);
        try {
            Object result = command.call();
            return result instanceof Integer code ? code : 0;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The command running in this process, so that Ctrl-C can stop it between batches and report. (The embedded
     * MariaDB has its own shutdown hook and stops at once: the batch in flight is then rolled back.)
     */
    private static final class Run {
        volatile ConfigurableApplicationContext context;
        volatile Object command;
        final CountDownLatch done = new CountDownLatch(1);

        void shutDown(PrintStream err) {
            if (done.getCount() > 0 && command instanceof Stoppable stoppable) {
                err.println();
                err.println("Stopping after the work at hand…");
                stoppable.stop();
                try {
                    done.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            close();
        }

        synchronized void close() {
            if (context != null) {
                context.close();
                context = null;
            }
        }
    }

    /** The light application for a command that needs only the database and can have it, else the whole one. */
    private static ConfigurableApplicationContext start(String name, Callable<?> command) {
        if (command instanceof Light light && light.light()) {
            ConfigurableApplicationContext context = LightCommands.start(name);
            if (context != null) {
                return context;
            }
        }
        return application(name).run();
    }

    /** Verbatim as a command runs it: no web server, quiet, owning the Lucene index folder as {@code command}. */
    static SpringApplicationBuilder application(String command) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // our own hook (Run.shutDown) stops the command before the database goes away
                .registerShutdownHook(false)
                .properties(QUIET)
                .properties(// a refused statement is reported once, in words, in the command's summary
                        "logging.level.org.hibernate.engine.jdbc.spi.SqlExceptionHelper=OFF",
                        "logging.level.org.hibernate.engine.jdbc.batch.internal.BatchImpl=OFF",
                        // on the Lucene default, who owns the index folder while this runs (LuceneIndexOwnership)
                        "verbatim.index-owner=the command " + command,
                        // Vaadin's set-up needs a servlet context: without a web server, none of it is wanted
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }

    /** A command that checks its arguments before the application starts; a problem is a usage error (exit 2). */
    interface Checked {
        void check(CommandLine commandLine) throws CommandLine.ParameterException;
    }

    /**
     * A command that only reads the database through use cases that need nothing else ({@link LightCommands}): it
     * starts in a few seconds instead of starting the whole application.
     */
    interface Light {
        boolean light();
    }

    /** A long-running command that can stop cleanly between units of work. */
    interface Stoppable {
        void stop();
    }
}

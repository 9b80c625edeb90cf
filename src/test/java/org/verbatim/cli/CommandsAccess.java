package org.verbatim.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.context.ConfigurableApplicationContext;

/** Runs a command inside a test's application context, for tests outside this package. */
public final class CommandsAccess {

    private CommandsAccess() {
    }

    /** What a command printed, and its exit code. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs a command with its standard output and error kept apart. */
    public static Run run(ConfigurableApplicationContext context, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Commands.execute(() -> context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static int execute(ConfigurableApplicationContext context, OutputStream out, String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Commands.execute(() -> context, stream, stream, args);
    }
}

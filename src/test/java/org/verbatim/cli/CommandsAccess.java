package org.verbatim.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.context.ConfigurableApplicationContext;

/** Runs a command inside a test's application context, for tests outside this package. */
public final class CommandsAccess {

    private CommandsAccess() {
    }

    public static int execute(ConfigurableApplicationContext context, OutputStream out, String... args) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Commands.execute(() -> context, stream, stream, args);
    }
}

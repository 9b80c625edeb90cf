package org.verbatim.base.database;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded MariaDB when the JVM that started it ends without stopping it: {@code kill -9}, a crash, the
 * out-of-memory killer. A shutdown hook cannot do that, and the server would otherwise run on, holding the data files,
 * until the next start found it. A tiny shell process waits on a pipe from this JVM; the kernel closes the pipe when
 * the JVM ends, however it ends, and the shell then stops the server (TERM, then KILL after 10 s), provided that pid
 * is still the server started on this data folder. Linux only, like the server binaries.
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    // $1 the server's pid, $2 a string its command line holds (the data folder); stdin: the pipe from the JVM
    static final String SCRIPT = """
            cat >/dev/null
            ours() { [ -r /proc/$1/cmdline ] && tr '\\000' ' ' </proc/$1/cmdline | grep -qF -- "$2"; }
            running() { [ -r /proc/$1/status ] && ! grep -q '^State:[[:space:]]*Z' /proc/$1/status; }
            ours "$1" "$2" || exit 0
            kill -TERM "$1" 2>/dev/null
            i=0
            while [ $i -lt 10 ] && running "$1"; do sleep 1; i=$((i + 1)); done
            running "$1" && kill -KILL "$1" 2>/dev/null
            exit 0
            """;

    private ServerWatchdog() {
    }

    /**
     * Watches {@code server} for this JVM. The returned process must stay referenced for as long as the JVM runs
     * (its pipe closes when it is collected) and be {@link Process#destroy destroyed} once the server is stopped.
     *
     * @param commandLineMark a string the server's command line holds, so that a pid reused since is left alone
     */
    static Optional<Process> watch(ProcessHandle server, String commandLineMark) {
        try {
            Process watchdog = new ProcessBuilder(List.of("/bin/sh", "-c", SCRIPT, "verbatim-db-watchdog",
                    Long.toString(server.pid()), commandLineMark))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(watchdog);
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("No watchdog for the embedded MariaDB ({}): should this JVM be killed, the server runs on until"
                    + " the next start stops it", e.getMessage());
            return Optional.empty();
        }
    }

    /** The server among this JVM's child processes: the one whose command line holds {@code commandLineMark}. */
    static Optional<ProcessHandle> serverOf(String commandLineMark) {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(commandLineMark)
                        && (cmd.contains("mysqld") || cmd.contains("mariadbd"))).orElse(false))
                .findFirst();
    }
}

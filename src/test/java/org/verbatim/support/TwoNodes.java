package org.verbatim.support;

import java.util.Map;

/**
 * Two Verbatim nodes starting at the same moment on one database, as after a deployment: node a in this JVM, node b
 * in a JVM of its own ({@link VerbatimProcess}), each with {@code properties} on top of the database's.
 */
public record TwoNodes(VerbatimNode a, VerbatimProcess b) implements AutoCloseable {

    public static TwoNodes start(MariaDbServer.Database database, Map<String, Object> properties) {
        VerbatimProcess b = VerbatimProcess.launch("b", database, properties);
        try {
            VerbatimNode a = VerbatimNode.start("a", database, properties);
            return new TwoNodes(a, b.awaitReady());
        } catch (RuntimeException e) {
            b.close();
            throw e;
        }
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}

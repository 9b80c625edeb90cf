package org.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/start-fast.sh}, the README's way to start Verbatim, run against a built and unpacked jar with a fake
 * JDK 25 whose {@code java} prints its arguments and writes the class cache it is asked to record.
 */
class StartFastScriptTest {

    private static final Pattern RECORDS = Pattern.compile("-XX:AOTCacheOutput=(\\S+)");
    private static final Pattern USES = Pattern.compile("-XX:AOTCache=(\\S+)");

    @TempDir
    Path dir;

    private Path project;
    private Path jdk;

    @BeforeAll
    static void needsBash() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    }

    @BeforeEach
    void builtProject() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        Path scripts = Files.createDirectories(project.resolve("scripts"));
        for (String script : List.of("start-fast.sh", "find-jdk.sh")) {
            Files.copy(Path.of("scripts", script), scripts.resolve(script));
        }
        Instant built = Instant.now().minusSeconds(60);
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(project.resolve("pom.xml"), FileTime.from(built.minusSeconds(60)));
        Path jar = Files.createDirectories(project.resolve("target")).resolve("verbatim.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(built));
        Files.writeString(Files.createDirectories(project.resolve("target/app")).resolve("verbatim.jar"), "unpacked");

        Path bin = Files.createDirectories(dir.resolve("jvm/temurin-25/bin"));
        jdk = bin.getParent();
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");
        JdkDiscoveryTest.executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
        JdkDiscoveryTest.executable(bin.resolve("java"), """
                #!/bin/sh
                echo "args=$*"
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=*) touch "${a#-XX:AOTCacheOutput=}" ;; esac
                done
                """);
    }

    @Test
    void starts_with_only_the_quick_compiler_and_records_then_uses_one_class_cache() throws Exception {
        String first = startFast(Map.of());
        assertThat(first).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar target/app/verbatim.jar");
        String cache = match(RECORDS, first);
        assertThat(cache).startsWith("target/app/verbatim-25-").endsWith(".aot");
        assertThat(project.resolve(cache)).exists();

        String restart = startFast(Map.of());
        assertThat(match(USES, restart)).isEqualTo(cache);
        assertThat(restart).doesNotContain("AOTCacheOutput").contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void other_java_options_record_a_class_cache_of_their_own() throws Exception {
        String defaults = match(RECORDS, startFast(Map.of()));

        String other = startFast(Map.of("VERBATIM_JAVA_OPTS", "-XX:+UseParallelGC -Xmx1g"));
        assertThat(other).contains("-XX:+UseParallelGC -Xmx1g").doesNotContain("TieredStopAtLevel", "-XX:AOTCache=");
        assertThat(match(RECORDS, other)).isNotEqualTo(defaults).startsWith("target/app/verbatim-25-");

        assertThat(match(USES, startFast(Map.of()))).isEqualTo(defaults);
    }

    private String startFast(Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", project.resolve("scripts/start-fast.sh").toString());
        builder.environment().clear();
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String match(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}

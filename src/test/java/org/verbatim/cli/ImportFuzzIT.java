package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * Hundreds of malformed files (seeded): binary data under text names, broken UTF-8, NUL bytes, HTML without text or
 * nested thousands deep, JSON lines of every wrong shape, fields past their limits, addresses that are no web
 * addresses, links that lead nowhere, names with line breaks. The command must settle every one: imported, already
 * there, failed or skipped, each problem one worded line of the summary; no stack trace, no database message, no
 * address other than http(s) stored, database and index equal.
 */
@VerbatimIntegrationTest
class ImportFuzzIT {

    static final int FILES = 240;
    static final int JSON_LINES = 160;
    static final Pattern COUNTS = Pattern.compile("Imported (\\d+) articles? with [\\d,]+ quotes, (\\d+) already in"
            + " Verbatim, (\\d+) failed(?:, (\\d+) skipped)? in");

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void hundreds_of_malformed_files_are_each_settled_with_one_worded_line_and_nothing_half_stored() throws IOException {
        Random random = new Random(15);
        String m = "fz" + Long.toString(System.nanoTime(), 36);
        int links = 0;
        for (int i = 0; i < FILES; i++) {
            String name = "f%03d".formatted(i);
            switch (i % 12) {
                case 0 -> Files.write(dir.resolve(name + ".txt"), bytes(random, 1 + random.nextInt(4000)));
                case 1 -> Files.write(dir.resolve(name + ".html"), concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13,
                        10, 26, 10}, bytes(random, 200)));
                case 2 -> Files.write(dir.resolve(name + ".txt"), concat(("“Broken " + m + " " + i + ",” said Al Bo. ")
                        .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
                case 3 -> Files.writeString(dir.resolve(name + ".txt"), "Nul " + m + i + "\u0000\u0000 text");
                case 4 -> Files.writeString(dir.resolve(name + ".txt"), random.nextBoolean() ? "" : " \n\t \r\n ");
                case 5 -> Files.writeString(dir.resolve(name + ".html"), "<div>".repeat(3000 + random.nextInt(2000))
                        + "“Deep " + m + " " + i + ",” said Ana Ek." + "</div>".repeat(10));
                case 6 -> Files.writeString(dir.resolve(name + ".htm"), "<html><head><script>alert(" + i
                        + ")</script></head><body><nav>menu</nav></body></html>");
                case 7 -> Files.writeString(dir.resolve(name + ".txt"), "... -- !!! ??? " + "*".repeat(i));
                case 8 -> Files.write(dir.resolve(name + ".txt"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        ("UTF-16 " + m + i).getBytes(StandardCharsets.UTF_16BE)));
                case 9 -> {
                    Files.createSymbolicLink(dir.resolve(name + ".txt"), dir.resolve("missing-" + i));
                    links++;
                }
                case 10 -> Files.writeString(dir.resolve("odd\nname " + i + " ☃.txt"), "“Odd " + m + " " + i
                        + " name,” said Bo Al.\n");
                default -> Files.writeString(dir.resolve(name + ".txt"), "Fine " + m + " " + i + "\n\n“The pier "
                        + m + " " + i + " opens,” said Kim Lo.\n");
            }
        }
        Files.write(dir.resolve("huge.txt"), "a".repeat(4 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String[] values = {"5", "true", "null", "[]", "{}", "\"\"", "\"\\u0000\"", "\"" + "x".repeat(5000) + "\"",
                "\"javascript:alert(1)\"", "\"data:text/html,<b>\"", "\"2024-13-45\"", "1e309", "\"\\ud800\""};
        String[] fields = {"text", "html", "title", "publisher", "url", "published"};
        for (int i = 0; i < JSON_LINES; i++) {
            String text = "\"Line " + m + " " + i + ": “We agree,” said Ulla Berg.\"";
            lines.add(switch (i % 8) {
                case 0 -> "not json " + i;
                case 1 -> "[" + i + "]";
                case 2 -> "{".repeat(1500) + "}".repeat(1500);
                case 3 -> "{\"text\": " + text + ", \"" + fields[random.nextInt(fields.length)] + "\": "
                        + values[random.nextInt(values.length)] + "}";
                case 4 -> "{\"" + fields[random.nextInt(fields.length)] + "\": " + values[random.nextInt(values.length)]
                        + "}";
                case 5 -> "{\"text\": " + text + ", \"url\": " + values[8 + random.nextInt(2)] + "}";
                case 6 -> "{\"text\": " + text;
                default -> "{\"text\": " + text + ", \"url\": \"https://news.example/" + m + "/" + i + "\"}";
            });
        }
        Files.write(dir.resolve("feed.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("broken.jsonl"), concat(("{\"text\": \"Fine " + m + " first line\"}\n")
                .getBytes(StandardCharsets.UTF_8), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'}));

        CommandsAccess.Run run = CommandsAccess.run(context, "import", "--no-progress", dir.toString());

        String out = run.out();
        assertThat(run.exitCode()).as(out + run.err()).isEqualTo(1);
        Matcher counts = COUNTS.matcher(out);
        assertThat(counts.find()).as(out).isTrue();
        int imported = Integer.parseInt(counts.group(1));
        int duplicates = Integer.parseInt(counts.group(2));
        int failed = Integer.parseInt(counts.group(3));
        int skipped = counts.group(4) == null ? 0 : Integer.parseInt(counts.group(4));
        List<String> summary = out.lines().toList();
        int failureLines = section(summary, "Failed");
        int skippedLines = section(summary, "Skipped");
        System.out.printf("ImportFuzzIT: %d files and %d JSON lines, most of them malformed: %d imported, %d already"
                        + " there, %d failed, %d skipped, each failure and skip one line%n", FILES + 3, JSON_LINES + 2,
                imported, duplicates, failed, skipped);

        // broken.jsonl holds one good line, then bytes that are not UTF-8: one or two settled, as the decoder reads
        assertThat(imported + duplicates + failed).as("every article settled")
                .isBetween(FILES - links + 1 + JSON_LINES + 1, FILES - links + 1 + JSON_LINES + 2);
        assertThat(skipped).as("the links to nothing").isEqualTo(links);
        assertThat(failureLines).isEqualTo(failed);
        assertThat(skippedLines).isEqualTo(skipped);
        assertThat(summary).filteredOn(l -> l.startsWith("  ")).allSatisfy(l -> assertThat(l).contains(": "));
        assertThat(out + run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Data too long")
                .doesNotContainIgnoringCase("sql").doesNotContain("could not execute").contains("(equal)");
        assertThat(jdbc.sql("select count(*) from article where source_name like ? and url is not null"
                + " and url not like 'http%'").param(dir + "%").query(Long.class).single()).isZero();
    }

    /** How many indented lines follow the heading that starts with {@code heading}. */
    private static int section(List<String> summary, String heading) {
        int at = -1;
        for (int i = 0; i < summary.size(); i++) {
            if (summary.get(i).startsWith(heading)) {
                at = i;
            }
        }
        int n = 0;
        for (int i = at + 1; at >= 0 && i < summary.size() && summary.get(i).startsWith("  "); i++) {
            n++;
        }
        return n;
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

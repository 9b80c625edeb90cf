package org.verbatim.extraction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void no_arguments_is_bad_usage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("UTF-16");
        assertThat(run("--nope", "x")).isEqualTo(2);
    }

    @Test
    void json_lists_articles_and_round_trips_through_a_parser() throws IOException {
        String text = "date 2023-05-04 \u201CThe dam holds \uD83D\uDCA7 \"firm\"\tnow,\u201D Mara\u00A0Voss said.\n\nShe added that the river was calm.\n";
        Path a = write("a.txt", text);
        assertThat(run("--json", a.toString())).isEqualTo(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("(?s)[\\x20-\\x7E\\n]*");
        List<?> articles = (List<?>) doc.get("articles");
        assertThat((List<?>) doc.get("errors")).isEmpty();
        Map<?, ?> article = (Map<?, ?>) articles.getFirst();
        assertThat(article.get("source")).isEqualTo(a.toString());
        assertThat(article.get("published")).isEqualTo("2023-05-04");
        assertThat(article.containsKey("title")).isTrue();
        assertThat(article.get("publisher")).isNull();
        List<?> quotes = (List<?>) article.get("quotes");
        assertThat(quotes).hasSize(2);
        for (Object o : quotes) {
            Map<?, ?> q = (Map<?, ?>) o;
            int start = ((Double) q.get("start")).intValue();
            int end = ((Double) q.get("end")).intValue();
            assertThat(text.substring(start, end)).isEqualTo(q.get("text"));
            assertThat(q.keySet().stream().map(Object::toString).toList()).containsExactly("text", "start", "end", "type", "speaker", "mention", "cue", "confidence");
        }
        Map<?, ?> first = (Map<?, ?>) quotes.getFirst();
        assertThat(first.get("text")).isEqualTo("The dam holds \uD83D\uDCA7 \"firm\"\tnow");
        assertThat(first.get("speaker")).isEqualTo("Mara\u00A0Voss");
        Map<?, ?> speaker = (Map<?, ?>) ((List<?>) article.get("speakers")).getFirst();
        assertThat(speaker.keySet().stream().map(Object::toString).toList()).containsExactly("name", "aliases", "role", "affiliation", "kind");
        assertThat(speaker.get("kind")).isEqualTo("PERSON");
    }

    @Test
    void unreadable_files_are_reported_and_the_rest_still_printed() throws IOException {
        Path good = write("good.txt", "Mara Voss said that the port was open.\n");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[]{(byte) 0xC3, (byte) 0x28, 0x41});
        Path empty = write("empty.txt", "");
        assertThat(run("--json", good.toString(), bad.toString(), empty.toString(), dir.resolve("missing.txt").toString())).isEqualTo(1);
        Map<?, ?> doc = (Map<?, ?>) MiniJson.parse(out.toString(StandardCharsets.UTF_8));
        assertThat((List<?>) doc.get("articles")).hasSize(1);
        List<?> errors = (List<?>) doc.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(((Map<?, ?>) errors.get(0)).get("message").toString()).contains("UTF-8");
        assertThat(((Map<?, ?>) errors.get(1)).get("message").toString()).contains("empty");
        assertThat(((Map<?, ?>) errors.get(2)).get("message").toString()).contains("does not exist");
    }

    @Test
    void readable_listing_without_json() throws IOException {
        Path good = write("good.txt", "\u201CWe are ready,\u201D Mara Voss said.\n");
        assertThat(run(good.toString())).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Mara Voss").contains("We are ready").contains("DIRECT");
    }

    @Test
    void json_escaper_handles_controls_and_surrogates() {
        StringBuilder sb = new StringBuilder();
        Json.string(sb, "a\u0001\"\\\n\uD83D\uDE00\u2028");
        assertThat(sb.toString()).isEqualTo("\"a\\u0001\\\"\\\\\\n\\ud83d\\ude00\\u2028\"");
        assertThat(MiniJson.parse(sb.toString())).isEqualTo("a\u0001\"\\\n\uD83D\uDE00\u2028");
    }
}

package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void empty_file_is_refused_with_a_reason() {
        assertThatThrownBy(() -> ArticleText.read(new byte[0], "a.txt"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ArticleText.read(" \n\t".getBytes(StandardCharsets.UTF_8), "a.txt"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("white space");
    }

    @Test
    void binary_file_is_refused() {
        byte[] bytes = {0x41, 0x00, 0x42, 0x01, 0x02};
        assertThatThrownBy(() -> ArticleText.read(bytes, "a.bin"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ArticleText.read("%PDF-1.7 xxx".getBytes(StandardCharsets.US_ASCII), "a.pdf"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("PDF");
    }

    @Test
    void invalid_utf8_names_the_offset_and_the_fix() {
        byte[] bytes = "caf\u00E9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleText.read(bytes, "latin1.txt"))
                .isInstanceOf(UnreadableArticleException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("offset 3").hasMessageContaining("iconv");
    }

    @Test
    void too_large_input_is_refused_before_decoding() {
        byte[] bytes = new byte[ArticleText.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) 'a');
        assertThatThrownBy(() -> ArticleText.read(bytes, "big.txt"))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("limit");
    }

    @Test
    void plain_text_is_kept_verbatim_except_the_byte_order_mark() throws Exception {
        ArticleText t = ArticleText.read("\uFEFFLine one.\r\nLine\u00A0two.".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(t.text()).isEqualTo("Line one.\r\nLine\u00A0two.");
        assertThat(t.fromHtml()).isFalse();
        assertThat(t.title()).isNull();
    }

    @Test
    void html_is_reduced_to_its_main_text_and_title() throws Exception {
        String html = """
                <!doctype html><html><head><title>Port deal signed</title><script>var x = "\u201Cno\u201D";</script></head>
                <body><nav>Home | World</nav><article><h1>Port deal signed</h1>
                <p>\u201CThe port stays open,\u201D Mara Voss said.</p><p>Second <b>paragraph</b>.</p></article>
                <footer>Share this</footer></body></html>""";
        ArticleText t = ArticleText.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(t.fromHtml()).isTrue();
        assertThat(t.title()).isEqualTo("Port deal signed");
        assertThat(t.text()).isEqualTo("Port deal signed\n\n\u201CThe port stays open,\u201D Mara Voss said.\n\nSecond paragraph.");
        ExtractionResult r = new QuoteExtractor().extract(t);
        assertThat(r.title()).isEqualTo("Port deal signed");
        assertThat(r.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Mara Voss");
            assertThat(t.text().substring(q.start(), q.end())).isEqualTo(q.text());
        });
    }
}

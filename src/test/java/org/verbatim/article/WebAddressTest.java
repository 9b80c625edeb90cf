package org.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void http_and_https_addresses_with_a_host_are_kept_stripped() {
        assertThat(WebAddress.check(" https://news.example/a?b=c#d ")).isEqualTo("https://news.example/a?b=c#d");
        assertThat(WebAddress.check("HTTP://user@news.example:8080/x")).isEqualTo("HTTP://user@news.example:8080/x");
        assertThat(WebAddress.check("https://[2001:db8::1]/x")).isEqualTo("https://[2001:db8::1]/x");
        assertThat(WebAddress.check("https://nyheter.example/ärende")).isEqualTo("https://nyheter.example/ärende");
        assertThat(WebAddress.check(null)).isNull();
        assertThat(WebAddress.check("  ")).isNull();
    }

    @Test
    void every_other_scheme_or_a_smuggled_control_character_is_refused_naming_the_field() {
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "java\tscript:alert(1)", "\u0000javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://files.example/a", "//news.example/a",
                "news.example/a", "https://", "https:///path", "https://:80/", "https://news.example/a b",
                "https://news.example/\nSet-Cookie: x", "https://" + "a".repeat(2000)}) {
            assertThat(WebAddress.isWebAddress(bad)).as(bad).isFalse();
            assertThat(WebAddress.orNull(bad)).as(bad).isNull();
            assertThatThrownBy(() -> WebAddress.check(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("url: ");
        }
        assertThat(WebAddress.whyNot("javascript:alert(1)")).isEqualTo(
                "only http:// and https:// web addresses are kept, not “javascript:alert(1)”: correct it or leave it out");
    }

    @Test
    void an_article_refuses_such_an_address_itself() {
        assertThatThrownBy(() -> new Article("Some text.", null, null, null, "javascript:alert(1)", null,
                Instant.EPOCH, "test")).hasMessageStartingWith("url: ");
        Article article = new Article("Some text.", null, null, null, "https://news.example/a", null, Instant.EPOCH,
                "test");
        assertThatThrownBy(() -> article.describe("Title", null, null, "data:text/html,x"))
                .hasMessageStartingWith("url: ");
        assertThat(article.getUrl()).isEqualTo("https://news.example/a");
    }
}

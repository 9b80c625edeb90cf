package org.verbatim.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

class SourceLinksTest {

    @Test
    void web_addresses_become_links_and_everything_else_stays_text() {
        Div list = SourceLinks.of("Recording (https://radio.example/ep-12). Thanks\n"
                + "javascript:alert(document.cookie)\n"
                + "  \n"
                + "data:text/html,<script>x</script> and http://archive.example/page?id=4");

        assertThat(list.getChildren()).hasSize(3);
        assertThat(anchors(list)).extracting(Anchor::getHref)
                .containsExactly("https://radio.example/ep-12", "http://archive.example/page?id=4");
        assertThat(anchors(list)).allSatisfy(a -> {
            assertThat(a.getElement().getAttribute("target")).isEqualTo("_blank");
            assertThat(a.getElement().getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(list.getElement().getTextRecursively())
                .contains("Recording (https://radio.example/ep-12). Thanks")
                .contains("javascript:alert(document.cookie)")
                .contains("data:text/html,<script>x</script> and http://archive.example/page?id=4");
    }

    @Test
    void an_address_without_a_host_is_no_link() {
        assertThat(SourceLinks.isWebAddress("https://")).isFalse();
        assertThat(SourceLinks.isWebAddress("http:/relative")).isFalse();
        assertThat(SourceLinks.isWebAddress("HTTPS://Example.org/A")).isTrue();
        assertThat(SourceLinks.isWebAddress("ftp://example.org")).isFalse();
    }

    private static java.util.List<Anchor> anchors(Div list) {
        return list.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).toList();
    }
}

package org.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownContentsTest {

    @Test
    void knows_the_stored_hashes_and_no_others() {
        String a = Article.hashOf("one text");
        String b = Article.hashOf("another text");
        String c = Article.hashOf("a third text");
        KnownContents known = KnownContents.of(new long[]{KnownContents.prefixOf(b), KnownContents.prefixOf(a)});

        assertThat(known.mayContain(a)).isTrue();
        assertThat(known.mayContain(b)).isTrue();
        assertThat(known.mayContain(c)).isFalse();
        assertThat(known.size()).isEqualTo(2);
        assertThat(KnownContents.none().mayContain(a)).isFalse();
    }

    @Test
    void the_prefix_is_the_first_sixteen_hex_digits() {
        assertThat(KnownContents.prefixOf("00000000000000ff" + "e".repeat(48))).isEqualTo(255L);
        assertThat(KnownContents.prefixOf("ffffffffffffffff" + "0".repeat(48))).isEqualTo(-1L);
    }
}

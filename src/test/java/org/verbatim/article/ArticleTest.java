package org.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article of(String text, String title) {
        return new Article(text, title, null, null, null, null, Instant.EPOCH, "test");
    }

    @Test
    void a_given_title_wins() {
        assertThat(of("Some text here.", "Bridge opens").getTitle()).isEqualTo("Bridge opens");
    }

    @Test
    void without_a_title_the_first_prose_sentence_is_used_without_its_dateline() {
        String text = " date 2024-05-01 The mayor opened the bridge on Monday. Traffic was light.\n\nMore text.";
        assertThat(of(text, null).getTitle()).isEqualTo("The mayor opened the bridge on Monday.");
    }

    @Test
    void metadata_and_short_lines_are_skipped_when_looking_for_a_title() {
        String text = "By Published On: May 1, 2024Categories: NEWS\nJane Roe\n\nThe council voted to close the "
                + "harbour for repairs, officials said. It reopens in June.";
        assertThat(of(text, null).getTitle()).isEqualTo("The council voted to close the harbour for repairs, officials said.");
    }

    @Test
    void the_hash_identifies_the_exact_text() {
        assertThat(of("A b c d.", null).getContentHash()).isEqualTo(Article.hashOf("A b c d."))
                .isNotEqualTo(Article.hashOf("A b c d. "));
    }

    @Test
    void an_article_needs_text() {
        assertThatThrownBy(() -> of("  \n ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

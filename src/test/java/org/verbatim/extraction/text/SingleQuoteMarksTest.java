package org.verbatim.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single marks as quotation marks or apostrophes, on made-up sentences. */
class SingleQuoteMarksTest {

    /** The text of every single mark that became a quotation mark, with its char offset. */
    private static List<String> quoteMarks(String text) {
        AnnotatedText t = AnnotatedText.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token x = t.token(i);
            if (x.kind() == TokenKind.QUOTE && !x.text().equals("\"") && !x.text().equals("\u201C") && !x.text().equals("\u201D")) {
                out.add(x.start() + x.text());
            }
        }
        return out;
    }

    @Test
    void straight_single_marks_around_a_quote_are_quotation_marks() {
        String text = "'We will not close the pool,' she said.";
        assertThat(quoteMarks(text)).containsExactly("0'", (text.indexOf(",'") + 1) + "'");
    }

    @Test
    void curly_single_marks_pair_and_the_apostrophe_inside_stays() {
        String text = "\u2018We don\u2019t know yet,\u2019 the warden said.";
        assertThat(quoteMarks(text)).containsExactly("0\u2018", (text.indexOf(",\u2019") + 1) + "\u2019");
    }

    @Test
    void elisions_and_possessives_are_not_quotation_marks() {
        assertThat(quoteMarks("Back in the '90s the students' union met in the hall.")).isEmpty();
        assertThat(quoteMarks("They played rock 'n' roll until the bar let 'em go.")).isEmpty();
    }

    @Test
    void a_plural_possessive_inside_a_quote_does_not_close_it() {
        String text = "'The nurses' pay offer is an insult,' said the union.";
        assertThat(quoteMarks(text)).containsExactly("0'", (text.indexOf(",'") + 1) + "'");
    }

    @Test
    void a_plural_word_can_close_a_quote_when_nothing_else_does() {
        String text = "Placards read 'Parks not car parks' and 'Hands off our trees'.";
        assertThat(quoteMarks(text)).hasSize(4);
    }

    @Test
    void a_quote_running_over_two_paragraphs_opens_both_and_closes_once() {
        String text = "'The first part of what I want to say is about money.\n\n'The second part is about time,' the mayor said.";
        assertThat(quoteMarks(text)).containsExactly("0'", (text.indexOf("\n\n'") + 2) + "'", (text.indexOf(",'") + 1) + "'");
    }

    @Test
    void an_unanswered_opening_mark_is_an_apostrophe() {
        assertThat(quoteMarks("The 'old town looked empty that night.")).isEmpty();
    }
}

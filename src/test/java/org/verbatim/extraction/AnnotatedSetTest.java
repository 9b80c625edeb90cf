package org.verbatim.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader and rules shared by the annotated sets, on small inline examples. */
class AnnotatedSetTest {

    @Test
    void a_content_missing_from_the_text_fails_naming_file_and_line() {
        var e = assertThrows(IllegalStateException.class,
                () -> AnnotatedSet.parse("x.gold.tsv", "He said it rained.", "INDIRECT\tit rained\tHe\tsaid\nDIRECT\tsnow\tHe\tsaid\n"));
        assertTrue(e.getMessage().startsWith("x.gold.tsv line 2"), e.getMessage());
    }

    @Test
    void contents_resolve_to_the_first_occurrence_at_or_after_the_previous_start() {
        String text = "\"Yes,\" she said. \"No,\" he said. \"Yes,\" he said.";
        List<AnnotatedSet.Quote> q = AnnotatedSet.parse("y.gold.tsv", text, "DIRECT\tNo,\tB\tsaid\nDIRECT\tYes,\tB\tsaid\n");
        assertEquals(text.lastIndexOf("Yes,"), q.get(1).start());
        assertEquals(null, AnnotatedSet.parse("z.gold.tsv", text, "DIRECT\tYes,\t\tsaid\n").get(0).speaker());
    }

    @Test
    void problems_name_short_articles_too_few_quotes_and_empty_cues() {
        String text = "\"Yes,\" she said. " + "word ".repeat(250);
        var fine = new AnnotatedSet.Article("a.txt", text, AnnotatedSet.parse("a.gold.tsv", text, "DIRECT\tYes,\tB\tsaid\n"));
        assertEquals(List.of(), AnnotatedSet.problems(List.of(fine), 1));

        var short_ = new AnnotatedSet.Article("b.txt", "\"Yes,\" she said.", AnnotatedSet.parse("b.gold.tsv", "\"Yes,\" she said.", "DIRECT\tYes,\tB\t \n"));
        List<String> problems = AnnotatedSet.problems(List.of(short_), 2);
        assertEquals(List.of("b.txt has only 1 quotes", "b.txt has 3 words", "b.txt: empty cue at 1"), problems);
    }

    @Test
    void an_interrupted_quote_is_one_statement_but_separate_speakers_and_paragraphs_are_not() {
        String text = "\"We will rebuild,\" the mayor said. \"It will take a year.\"\n"
                + "\"Not soon enough,\" a neighbour said. \"We need it now.\"\n\"Really now.\"";
        List<AnnotatedSet.Quote> lines = AnnotatedSet.parse("s.gold.tsv", text,
                "DIRECT\tWe will rebuild,\tThe mayor\tsaid\nDIRECT\tIt will take a year.\tThe mayor\tsaid\n"
                        + "DIRECT\tNot soon enough,\tA neighbour\tsaid\nDIRECT\tWe need it now.\tThe mayor\tsaid\n"
                        + "DIRECT\tReally now.\tThe mayor\tsaid\n");
        List<AnnotatedSet.Quote> statements = AnnotatedSet.statements(text, lines);
        assertEquals(4, statements.size());
        assertEquals("We will rebuild,\" the mayor said. \"It will take a year.",
                text.substring(statements.get(0).start(), statements.get(0).end()));
        assertEquals(lines.subList(2, 5), statements.subList(1, 4));
    }
}

package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which quotes are found and where their spans start and end, on made-up sentences about made-up people. */
class QuoteDetectionTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<String> quotes(String text) {
        return extractor.extract(text).quotes().stream().map(ExtractedQuote::text).toList();
    }

    private ExtractedQuote the(String text, String startOfQuote) {
        return extractor.extract(text).quotes().stream().filter(q -> q.text().startsWith(startOfQuote)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + startOfQuote + "' in " + quotes(text)));
    }

    @Test
    void british_single_quotes_are_direct_quotes_with_their_speaker() {
        String text = "Councillor Petra Vell spoke at the meeting.\n\n"
                + "'We can't keep the library open on Sundays,' Vell said. 'The students' union knows that.'\n";
        // one statement interrupted by its attribution is one quote
        ExtractedQuote first = the(text, "We can't");
        assertThat(first.text()).isEqualTo("We can't keep the library open on Sundays,' Vell said. 'The students' union knows that.");
        assertThat(first.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(first.speaker()).isEqualTo("Petra Vell");
        assertThat(quotes(text)).hasSize(1);
    }

    @Test
    void a_quotation_interrupted_by_its_attribution_is_one_quote() {
        String text = "Ferry captain Olga Brandt spoke after the crossing.\n\n"
                + "\u201cThe engine held up,\u201d Brandt said, \u201cbut the pier did not.\u201d\n\n"
                + "\u201cWe lost an hour,\u201d she told reporters on the quay. \u201cThat cannot happen again.\u201d\n";
        assertThat(quotes(text)).containsExactly(
                "The engine held up,\u201d Brandt said, \u201cbut the pier did not.",
                "We lost an hour,\u201d she told reporters on the quay. \u201cThat cannot happen again.");
        assertThat(the(text, "We lost").speaker()).isEqualTo("Olga Brandt");
        assertThat(the(text, "We lost").cue()).isEqualTo("told");
    }

    @Test
    void quotes_with_their_own_speech_verbs_and_quote_paragraphs_stay_apart() {
        String text = "Ferry captain Olga Brandt and harbour master Ivo Lenz spoke after the crossing.\n\n"
                + "\"The engine held up,\" Brandt said. \"The pier did not,\" Lenz said.\n\n"
                + "\"We lost an hour,\" Brandt added.\n\n"
                + "\"That cannot happen again.\"\n";
        assertThat(quotes(text)).containsExactly("The engine held up", "The pier did not", "We lost an hour",
                "That cannot happen again.");
    }

    @Test
    void curly_single_quotes_spanning_two_paragraphs_are_found() {
        String text = "Harbour master Ilse Domnik was blunt.\n\n"
                + "\u2018The pier has been unsafe since the storm. Nobody should fish from it.\n\n"
                + "\u2018We\u2019ll rebuild it in the spring,\u2019 she said.\n";
        assertThat(quotes(text)).contains("The pier has been unsafe since the storm. Nobody should fish from it.",
                "We\u2019ll rebuild it in the spring");
    }

    @Test
    void nicknames_placards_and_titles_are_not_quotes() {
        String text = "Goalkeeper Tomas \"Wall\" Brenner kept a clean sheet on Saturday.\n\n"
                + "Outside, protesters held placards reading 'Save our ferry' and 'Hands off'.\n\n"
                + "The choir closed with a song called \"The River Runs Home\" before the mayor spoke.\n";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void a_short_quote_with_its_own_speech_verb_stays() {
        String text = "Ferry operator Lars Quist was asked about the timetable.\n\n\"Absolutely not,\" Quist said.\n";
        assertThat(the(text, "Absolutely").speaker()).isEqualTo("Lars Quist");
    }

    @Test
    void a_speech_word_used_as_a_noun_does_not_end_the_search_for_that() {
        String text = "Analyst Ines Varga said in a research note that the merger was \"overdue\" and that rivals would follow.\n";
        ExtractedQuote q = the(text, "the merger");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(quotes(text)).doesNotContain("overdue");
    }

    @Test
    void told_the_hearing_takes_the_clause_after_the_audience_not_the_quoted_words_inside_it() {
        String text = "Parks manager Olaf Brenn told the hearing the council had known of \"some confusion\" at the gate since spring.\n";
        ExtractedQuote q = the(text, "the council");
        assertThat(q.text()).isEqualTo("the council had known of \"some confusion\" at the gate since spring");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void described_as_quoted_words_is_a_mixed_quote_ending_with_the_quote() {
        String text = "Transport minister Hanna Ruud described the union's fare plan as \"plainly unworkable\" on Monday.\n";
        ExtractedQuote q = the(text, "the union's");
        assertThat(q.text()).isEqualTo("the union's fare plan as \"plainly unworkable\"");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void a_nickname_inside_the_speakers_name_is_no_quote_and_hides_no_reported_speech() {
        String text = "Margaret \"Meg\" Lindqvist, 58, a retired nurse, said she had waited four hours for the bus.\n";
        assertThat(quotes(text)).containsExactly("she had waited four hours for the bus");
    }

    @Test
    void a_second_speech_verb_after_and_or_but_starts_a_quote_of_its_own() {
        String text = "Coach Arvid Nyman said the squad would rest on Sunday but insisted that nobody was injured.\n";
        assertThat(quotes(text)).containsExactly("the squad would rest on Sunday", "nobody was injured");
        assertThat(the(text, "nobody").speaker()).isEqualTo("Arvid Nyman");
        assertThat(the(text, "nobody").cue()).isEqualTo("insisted");
    }

    @Test
    void a_plural_noun_after_and_does_not_cut_the_content() {
        String text = "The treasurer Ruth Aal said the accounts and reports were late.\n";
        assertThat(quotes(text)).containsExactly("the accounts and reports were late");
    }

    @Test
    void headlines_and_liveblog_titles_yield_no_quotes() {
        String text = "Mayor says winter ferry 'will run every day'\n\n"
                + "Harbour board approves timetable\n\n"
                + "Mayor Lotte Brandvik told councillors on Monday that the ferry would keep its timetable. "
                + "\"The winter ferry will run every day,\" she said.\n\n"
                + "4.10pm\n\n"
                + "\u2018We will not cut a single sailing\u2019\n\n"
                + "\u201CWe will not cut a single sailing,\u201D Brandvik told the crowd at the pier.\n";
        assertThat(quotes(text)).containsExactly("the ferry would keep its timetable", "The winter ferry will run every day",
                "We will not cut a single sailing");
        assertThat(the(text, "We will not").speaker()).isEqualTo("Lotte Brandvik");
    }

    @Test
    void said_this_and_that_that_makes_one_quote_per_statement() {
        String text = "The ferry company said the crossing had been cancelled, but that a relief boat would sail at noon"
                + " and that tickets would be refunded.\n";
        assertThat(quotes(text)).containsExactly("the crossing had been cancelled", "a relief boat would sail at noon",
                "tickets would be refunded");
        assertThat(the(text, "tickets").cue()).isEqualTo("said");
    }

    // verbs that name what their object is in someone's words: "called the plan “a gamble”"
    private void assertLabelled(String text, String object, String quote, String speaker) {
        ExtractedQuote q = the(text, object);
        assertThat(q.text()).isEqualTo(quote);
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.speaker()).contains(speaker);
    }

    @Test
    void called_or_accused_with_a_quoted_label_reports_the_object_and_its_label() {
        assertLabelled("The ferry operator's chief, Ines Varga, said fares would rise. Her rival Tomas Berg called the plan \"a gamble with other people's money\".\n",
                "the plan", "the plan \"a gamble with other people's money\"", "Tomas Berg");
        String accused = "The Green group leader, Cllr Maren Holt, accused the board of \"hiding behind consultants\" and said the report should be published.\n";
        assertLabelled(accused, "the board", "the board of \"hiding behind consultants\"", "Maren Holt");
        assertThat(the(accused, "the report should").speaker()).contains("Maren Holt");
    }

    @Test
    void a_second_clause_that_names_with_a_label_is_a_statement_of_its_own() {
        String text = "The charity said in a statement that 40 wells had dried up and called the situation \"worse than anything since 1992\".\n";
        assertThat(the(text, "40 wells").text()).isEqualTo("40 wells had dried up");
        assertThat(the(text, "the situation").speaker()).isEqualTo("charity");
    }

    @Test
    void a_thing_called_by_its_name_or_calls_taken_are_no_speech() {
        String text = """
                Orla Brandt sells a lamp called Beacon that she says can run for a week.

                By nine, the station began taking calls from listeners to its "Morning Desk" programme.
                """;
        assertThat(quotes(text)).containsExactly("can run for a week");
    }

    @Test
    void a_group_quoted_before_a_question_and_answer_block_is_not_the_interviewee() {
        String text = """
                When Hana Cole won the prize, she was at work. "I had to sit down," she said.

                The judges called her book "a quiet triumph".

                Q: Where did you write it?

                A: In my car, mostly.
                """;
        assertThat(the(text, "In my car").speaker()).isEqualTo("Hana Cole");
    }

    @Test
    void content_before_the_and_a_name_then_said_is_reported_by_that_name() {
        String text = "Ferry fares on the Selvik route will rise by a fifth from March, the Nordvik Transport Authority said on Thursday.\n";
        assertThat(the(text, "Ferry fares")).extracting(ExtractedQuote::text, ExtractedQuote::speaker)
                .containsExactly("Ferry fares on the Selvik route will rise by a fifth from March", "Nordvik Transport Authority");
    }

    @Test
    void reported_speech_interrupted_by_its_attribution_is_one_quote() {
        String text = "Harbour master Ivo Lenz spoke on Friday.\n\n"
                + "The new pier, Lenz said, would cost less than the repairs.\n\n"
                + "If the vote fails, he said, \"we start again in spring.\"\n";
        ExtractedQuote pier = the(text, "The new pier");
        assertThat(pier.text()).isEqualTo("The new pier, Lenz said, would cost less than the repairs");
        assertThat(pier.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(pier.speaker()).isEqualTo("Ivo Lenz");
        ExtractedQuote vote = the(text, "If the vote");
        assertThat(vote.text()).isEqualTo("If the vote fails, he said, \"we start again in spring.\"");
        assertThat(vote.type()).isEqualTo(QuoteType.MIXED);
        assertThat(quotes(text)).hasSize(2);
    }

    @Test
    void reported_content_ends_where_the_writer_adds_a_contrast_or_a_new_clause() {
        String text = "Harbour master Ivo Lenz said the pier would reopen in May, but the ferry company has not confirmed it.\n\n"
                + "Lenz said the repairs cost less than expected; the council had set aside twice as much.\n";
        assertThat(quotes(text)).containsExactly("the pier would reopen in May", "the repairs cost less than expected");
    }

    @Test
    void state_as_a_noun_reports_nothing_but_as_a_verb_it_does() {
        String text = "The governor's home state of Nevland backs the plan, and several coastal states followed.\n\n"
                + "The ferry company's annual report states that fares will rise by a tenth.\n";
        assertThat(quotes(text)).containsExactly("fares will rise by a tenth");
    }

    @Test
    void a_reported_question_opens_at_its_question_word() {
        String text = "Councillor Petra Vell asked the harbour board whether the ferry would run on Sundays.\n\n"
                + "Vell asked for a vote on Friday.\n";
        assertThat(extractor.extract(text).quotes()).singleElement()
                .extracting(ExtractedQuote::text, ExtractedQuote::speaker)
                .containsExactly("whether the ferry would run on Sundays", "Petra Vell");
    }
}

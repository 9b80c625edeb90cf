package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a quote's content starts and ends (extractor 1.5), each rule on made-up text: what was said is the whole
 * statement a reader would attribute, not a half of it and not the writer's clauses around it.
 */
class QuoteBoundariesTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** The quote whose text starts with {@code start}; fails when there is none. */
    private ExtractedQuote the(String text, String start) {
        var quotes = extractor.extract(text).quotes();
        assertThat(quotes).extracting(ExtractedQuote::text).anyMatch(s -> s.startsWith(start));
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void a_quote_that_completes_the_writers_sentence_reports_the_whole_sentence() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                The new ferry depot “will pay for itself within ten years,” Voss said.
                """;
        ExtractedQuote q = the(text, "The new ferry depot");
        assertThat(q.text()).isEqualTo("The new ferry depot “will pay for itself within ten years,”");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.speaker()).isEqualTo("Lena Voss");
    }

    @Test
    void an_interrupted_quote_that_completes_the_writers_sentence_runs_from_the_sentence_start_to_its_last_part() {
        String text = """
                Both boat clubs “saw the marina as a lifeline,” said Tomas Brandt, a former harbour adviser. “In that sense, it was easy.”
                """;
        assertThat(the(text, "Both boat clubs")).satisfies(q -> assertThat(q.text()).endsWith("it was easy.”"),
                q -> assertThat(q.speaker()).isEqualTo("Tomas Brandt"));
    }

    @Test
    void a_quote_opening_its_sentence_or_naming_a_title_stays_as_it_is() {
        String text = """
                “We will reopen the pier in May,” harbour master Lena Voss said.

                Speaking on Radio Kell's “Morning Tide,” Voss said the repairs were on schedule.
                """;
        assertThat(the(text, "We will reopen").text()).isEqualTo("We will reopen the pier in May");
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .noneMatch(s -> s.startsWith("Speaking on"));
    }

    @Test
    void a_participle_after_a_closing_mark_reports_its_own_content() {
        String text = """
                Mayor Ada Lind called the toll plan a “tax on commuters,” adding that the bridge “was paid for years ago.”
                """;
        ExtractedQuote q = the(text, "the bridge");
        assertThat(q.text()).isEqualTo("the bridge “was paid for years ago.”");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.speaker()).isEqualTo("Ada Lind");
    }

    @Test
    void reported_speech_in_a_clause_that_opens_the_sentence_ends_where_the_writers_main_clause_starts() {
        String text = """
                Councillor Ada Lind has opposed the toll for a year.

                While Lind argues that the new tolls hurt local trade, the mayor has defended them.

                After all, when Lind said the bridge would close, traders protested.

                Lind said that tolls, fees and parking charges would all rise.
                """;
        assertThat(the(text, "the new tolls").text()).isEqualTo("the new tolls hurt local trade");
        assertThat(the(text, "the bridge").text()).isEqualTo("the bridge would close");
        assertThat(the(text, "tolls, fees").text()).isEqualTo("tolls, fees and parking charges would all rise");
    }

    @Test
    void an_interrupted_quote_stays_one_when_its_attribution_names_a_programme_in_quote_marks() {
        String text = """
                “I expect to be questioned,” harbour master Lena Voss said on “Morning Tide.” “But this is different. Nobody else gets it.”
                """;
        ExtractedQuote q = the(text, "I expect to be questioned");
        assertThat(q.text()).endsWith("Nobody else gets it.");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
    }

    @Test
    void a_second_participle_after_and_reports_for_the_same_speaker() {
        String text = """
                Mayor Ada Lind went after the council, calling the toll “a disgrace” and asserting that the only explanation must be “plain greed.”
                """;
        assertThat(the(text, "the only explanation")).satisfies(q -> assertThat(q.type()).isEqualTo(QuoteType.MIXED),
                q -> assertThat(q.speaker()).isEqualTo("Ada Lind"), q -> assertThat(q.cue()).isEqualTo("asserting"));
    }

    @Test
    void reported_content_ends_before_a_clause_that_opens_another_attribution() {
        String text = """
                In the survey, most growers said they expected a smaller harvest, and nearly a third said prices would fall.
                """;
        assertThat(the(text, "they expected").text()).isEqualTo("they expected a smaller harvest");
    }

    @Test
    void a_but_clause_that_finishes_the_reported_predicate_stays_in_the_content() {
        String text = """
                Councillor Ines Marr said the district would keep the library open, but not on Sundays.

                Marr said the repairs were overdue, but the contractor disagreed.
                """;
        assertThat(the(text, "the district would").text()).isEqualTo("the district would keep the library open, but not on Sundays");
        assertThat(the(text, "the repairs").text()).isEqualTo("the repairs were overdue");
    }

    @Test
    void an_interrupted_quote_stays_one_when_its_attribution_also_reports_a_statement() {
        String text = """
                Ferry captain Olga Brun took questions at the quay.

                “The crossing is safe,” Brun said, noting that the hull had been inspected in March. “We sail on Friday.”
                """;
        var quotes = extractor.extract(text).quotes();
        assertThat(the(text, "The crossing is safe").text()).endsWith("We sail on Friday.");
        assertThat(quotes).extracting(ExtractedQuote::text).contains("the hull had been inspected in March");
    }

    @Test
    void an_interrupted_quote_stays_one_when_one_attribution_between_its_parts_names_a_speaker_with_a_role() {
        String text = """
                Several neighbours spoke about the fire.

                “He ran back inside twice,” another neighbour, Ruth Kahle told the paper. “Nobody else went near the door.”
                """;
        assertThat(the(text, "He ran back").text()).endsWith("Nobody else went near the door.");
    }

    @Test
    void reported_content_ends_at_a_comma_inside_a_closing_mark_before_a_participle() {
        String text = """
                Councillor Ines Marr said the ferry had “kept the island alive,” claiming that tourism doubled since it began.
                """;
        assertThat(the(text, "the ferry had").text()).isEqualTo("the ferry had “kept the island alive,”");
    }

    @Test
    void an_attribution_after_an_introductory_phrase_interrupts_one_statement() {
        String text = """
                Harbour master Lena Voss ran the port for twenty years.

                Many nights, former dockers said, she would stay on the quay until the last ferry was in.

                Lena Voss, a baker, said the fares were too high.
                """;
        ExtractedQuote q = the(text, "Many nights");
        assertThat(q.text()).isEqualTo("Many nights, former dockers said, she would stay on the quay until the last ferry was in");
        assertThat(the(text, "the fares were").speaker()).isEqualTo("Lena Voss");
    }

    @Test
    void a_quote_that_only_opens_the_reported_clause_is_part_of_it() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Voss has said repeatedly “the next council” should decide on the depot.

                Voss said “the tide is with us” despite the vote.

                Voss said “the depot will wait.”
                """;
        ExtractedQuote q = the(text, "“the next council");
        assertThat(q.text()).isEqualTo("“the next council” should decide on the depot");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.speaker()).isEqualTo("Lena Voss");
        assertThat(the(text, "“the tide").text()).isEqualTo("“the tide is with us” despite the vote");
        assertThat(the(text, "the depot will").type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void an_attribution_after_a_short_subject_or_a_long_speaker_phrase_still_interrupts_one_statement() {
        String text = """
                Harbour master Lena Voss ran the port for twenty years.

                Time, Voss added, was on the council's side.

                Rebuilding the quay, she promised, would be her first task.

                At the height of the storm, people close to the harbour master said, the ferry could not dock.

                Lena Voss, a baker, said the fares were too high.
                """;
        assertThat(the(text, "Time,").text()).isEqualTo("Time, Voss added, was on the council's side");
        assertThat(the(text, "Rebuilding").text()).isEqualTo("Rebuilding the quay, she promised, would be her first task");
        assertThat(the(text, "At the height").text())
                .isEqualTo("At the height of the storm, people close to the harbour master said, the ferry could not dock");
    }

    @Test
    void reported_content_runs_to_the_end_of_a_quotation_it_opens_that_goes_on_past_the_sentence() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Voss said the new timetable was “a step back for the island. Nobody asked the ferry crews.” The council did not reply.
                """;
        ExtractedQuote q = the(text, "the new timetable");
        assertThat(q.text()).isEqualTo("the new timetable was “a step back for the island. Nobody asked the ferry crews.”");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(extractor.extract(text).quotes()).hasSize(1);
    }

    @Test
    void a_quotation_that_opens_its_own_sentence_after_an_interrupting_attribution_leaves_the_words_before_it_out() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Instead of blaming the council for the delay, Voss said, “We all knew the pier was too short.”

                If the vote fails again, she said, “we start from the beginning.”
                """;
        assertThat(the(text, "We all knew").text()).isEqualTo("We all knew the pier was too short.");
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(s -> s.startsWith("Instead"));
        assertThat(the(text, "If the vote").text()).endsWith("we start from the beginning.”");
    }

    @Test
    void reported_content_opens_after_the_verbs_manner_adverbs_and_asides() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Voss argued emphatically - naming the mayor three times - that the pier was too short.

                Voss said, with a smile, that the ferry made money.

                The trouble with the pier, dockers say, is simple: the tide.
                """;
        assertThat(the(text, "the pier was").text()).isEqualTo("the pier was too short");
        assertThat(the(text, "the ferry made").text()).isEqualTo("the ferry made money");
        assertThat(the(text, "The trouble").text()).startsWith("The trouble with the pier, dockers say, is simple");
    }

    @Test
    void a_quote_that_completes_the_writers_sentence_after_an_aside_reports_the_whole_sentence() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                The new depot, known locally as the shed, “will pay for itself within ten years,” Voss said.
                """;
        ExtractedQuote q = the(text, "The new depot");
        assertThat(q.text()).isEqualTo("The new depot, known locally as the shed, “will pay for itself within ten years,”");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
    }

    @Test
    void content_reported_by_a_participle_ends_before_a_second_participle_after_and() {
        String text = """
                Harbour master Lena Voss toured the quay, urging the council to rebuild the pier and promising to pay.

                Voss spent the day on the island, recalling the storm of 1998 and chiding the ferry company for its timetable.
                """;
        assertThat(the(text, "the council to").text()).isEqualTo("the council to rebuild the pier");
        assertThat(the(text, "the storm").text()).isEqualTo("the storm of 1998");
    }

    @Test
    void reported_content_ends_at_the_full_stop_before_a_bracketed_sentence() {
        String text = """
                Harbour master Lena Voss said the pier would reopen in May. (“We have the money,” she said.) The council agreed.
                """;
        assertThat(the(text, "the pier would").text()).isEqualTo("the pier would reopen in May");
        assertThat(the(text, "We have the money").speaker()).isEqualTo("Lena Voss");
    }

    @Test
    void an_attribution_after_one_opening_word_interrupts_one_statement() {
        String text = """
                Harbour master Lena Voss ran the port for twenty years.

                Now, she said, the ferry and the fishing fleet hardly share the quay.
                """;
        assertThat(the(text, "Now,").text()).isEqualTo("Now, she said, the ferry and the fishing fleet hardly share the quay");
    }

    @Test
    void an_attribution_with_an_addressee_interrupts_one_statement() {
        String text = """
                Harbour master Lena Voss ran the port for twenty years.

                Sooner or later, Voss told reporters, “the pier will pay for itself.”

                Instead, Voss told the council, the ferry would stop at the old quay.
                """;
        assertThat(the(text, "Sooner").text()).isEqualTo("Sooner or later, Voss told reporters, “the pier will pay for itself.”");
        assertThat(the(text, "Instead").text()).isEqualTo("Instead, Voss told the council, the ferry would stop at the old quay");
    }

    @Test
    void a_directive_or_promise_whose_verb_is_quoted_reports_the_infinitive() {
        String text = """
                Harbour master Lena Voss urged the council to “stop treating the pier as a car park.”

                Voss promised to “finish the quay before the winter storms.”
                """;
        ExtractedQuote q = the(text, "the council to");
        assertThat(q.text()).isEqualTo("the council to “stop treating the pier as a car park.”");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(the(text, "to “finish").text()).isEqualTo("to “finish the quay before the winter storms.”");
    }

    @Test
    void a_but_clause_with_a_negated_auxiliary_and_no_subject_stays_in_the_content() {
        String text = """
                Harbour master Lena Voss said she would leave the port in May, but hasn't decided where to go.
                """;
        assertThat(the(text, "she would leave").text()).isEqualTo("she would leave the port in May, but hasn't decided where to go");
    }

    @Test
    void a_promise_reports_its_infinitive_after_a_short_tail() {
        String text = """
                Harbour master Lena Voss vowed on Tuesday to fight the ruling.
                """;
        assertThat(the(text, "to fight").text()).isEqualTo("to fight the ruling");
    }

    @Test
    void a_second_speech_verb_after_and_keeps_the_subject_of_a_sentence_opened_by_a_conjunction() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                But Voss said the ferry was not at fault and said the pier had been too short for years.
                """;
        ExtractedQuote q = the(text, "the pier had been");
        assertThat(q.text()).isEqualTo("the pier had been too short for years");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
    }

    @Test
    void one_quoted_word_that_no_verb_reports_is_no_quote_even_beside_a_speaker() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Voss dismissed the report as “nonsense” and left the meeting early.

                The so-called “rebels” on the council voted against her.
                """;
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .noneMatch(s -> s.contains("nonsense") || s.contains("rebels"));
    }

    @Test
    void a_few_quoted_words_are_a_quotation_only_when_someone_is_said_to_use_them() {
        String text = """
                Harbour master Lena Voss spoke after the vote.

                Voss blamed the delay on “poor planning” at the ministry and left the meeting early.

                In a letter to members, she praised the “common purpose” of the crews.
                """;
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .noneMatch(s -> s.contains("poor planning"))
                .anyMatch(s -> s.contains("common purpose"));
    }

    @Test
    void quote_marks_around_a_number_alone_hold_no_quotation() {
        String text = """
                Harbour master Lena Voss reacted on Twitter:

                <tweet pic="" author="LenaVoss" timestamp="1449075600" tweet_id="672149874046083072">The pier opens in May.</tweet>.
                """;
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(s -> s.equals("1449075600"));
    }
}

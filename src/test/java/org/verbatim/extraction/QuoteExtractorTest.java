package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each phenomenon the extractor must handle, on made-up sentences about made-up people and countries. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private ExtractionResult extract(String text) {
        ExtractionResult r = extractor.extract(text);
        for (ExtractedQuote q : r.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return r;
    }

    private static Optional<ExtractedQuote> quote(ExtractionResult r, String startOfText) {
        return r.quotes().stream().filter(q -> q.text().startsWith(startOfText)).findFirst();
    }

    private static ExtractedQuote the(ExtractionResult r, String startOfText) {
        return quote(r, startOfText).orElseThrow(() -> new AssertionError("no quote starting with '" + startOfText + "' in " + r.quotes()));
    }

    @Test
    void direct_quote_in_curly_marks_with_trailing_attribution() {
        var r = extract("Ruritanian Foreign Minister Jana Kovar arrived on Monday.\n\n\u201CWe will not give up the port,\u201D Kovar said.\n");
        ExtractedQuote q = the(r, "We will not");
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
        assertThat(q.text()).isEqualTo("We will not give up the port");
        assertThat(q.speaker()).isEqualTo("Jana Kovar");
        assertThat(q.mention()).isEqualTo("Kovar");
        assertThat(q.cue()).isEqualTo("said");
        ExtractedSpeaker s = r.speakers().getFirst();
        assertThat(s.role()).isEqualTo("Foreign Minister");
        assertThat(s.affiliation()).isEqualTo("Ruritanian");
        assertThat(s.aliases()).contains("Kovar");
        assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void straight_and_mismatched_marks_pair_up() {
        var r = extract("\"The bridge is safe,\" said Tomas Brandt.\n\n\"The river is high\u201D, Brandt added.\n");
        assertThat(the(r, "The bridge").speaker()).isEqualTo("Tomas Brandt");
        assertThat(the(r, "The river").text()).isEqualTo("The river is high");
        assertThat(the(r, "The river").speaker()).isEqualTo("Tomas Brandt");
    }

    @Test
    void quote_without_closing_mark_ends_at_its_attribution() {
        var r = extract("Elsa Marin spoke to reporters.\n\n\u201CThe proposals are not a new agreement, but a way to bring views closer, she added.\n");
        ExtractedQuote q = the(r, "The proposals");
        assertThat(q.text()).isEqualTo("The proposals are not a new agreement, but a way to bring views closer");
        assertThat(q.speaker()).isEqualTo("Elsa Marin");
    }

    @Test
    void quote_paragraph_without_attribution_continues_the_previous_speaker() {
        var r = extract("\u201CWe met the delegation today,\u201D Ivo Petran tweeted.\n\n\u201CThe delegation agreed to everything we asked for.\u201D\n");
        assertThat(the(r, "The delegation agreed").speaker()).isEqualTo("Ivo Petran");
    }

    @Test
    void quoted_subhead_has_no_speaker() {
        var r = extract("Ivo Petran said the talks went well.\n\n\u201CAid must reach the valley soon\u201D\n\nThe two sides met again on Friday.\n");
        ExtractedQuote q = the(r, "Aid must");
        assertThat(q.speaker()).isNull();
        assertThat(q.type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void reported_speech_in_its_usual_forms() {
        var r = extract("""
                Ruritanian government spokesman Paul Adler held his weekly press conference on Monday.

                Adler said that the border would reopen next week.

                The harvest was better than expected, Adler said, adding that prices would fall.

                According to Adler, the embassy will stay closed.

                Noting that trade had doubled, the spokesman said the treaty was a success.

                Asked about the election, he said the vote would be fair.
                """);
        assertThat(the(r, "the border would reopen").type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(the(r, "the border would reopen").text()).isEqualTo("the border would reopen next week");
        assertThat(the(r, "The harvest was better").text()).isEqualTo("The harvest was better than expected");
        assertThat(the(r, "prices would fall").cue()).isEqualTo("adding");
        assertThat(the(r, "the embassy will stay closed").cue()).isEqualTo("According to");
        assertThat(the(r, "trade had doubled").cue()).isEqualTo("Noting");
        assertThat(the(r, "the treaty was a success").speaker()).isEqualTo("Paul Adler");
        assertThat(the(r, "the vote would be fair").speaker()).isEqualTo("Paul Adler");
        assertThat(r.quotes()).allMatch(q -> "Paul Adler".equals(q.speaker()));
        assertThat(quote(r, "the election")).isEmpty();
    }

    @Test
    void colon_introduces_a_direct_quote() {
        var r = extract("On the dispute, Mara Voss said: \u201CWe have made our position very clear.\u201D\n");
        assertThat(the(r, "We have made").speaker()).isEqualTo("Mara Voss");
        assertThat(the(r, "We have made").type()).isEqualTo(QuoteType.DIRECT);
    }

    @Test
    void relative_clause_and_organisation_speakers() {
        var r = extract("""
                The plan follows comments by Special Envoy Dario Lenz, who stressed that the ceasefire was fragile.

                The Valdorian government has repeatedly stated its opposition to the dam.
                """);
        assertThat(the(r, "the ceasefire was fragile").speaker()).isEqualTo("Dario Lenz");
        ExtractedQuote org = the(r, "its opposition");
        assertThat(org.speaker()).isEqualTo("Valdorian government");
        assertThat(r.speakers()).anyMatch(s -> s.name().equals("Valdorian government") && s.kind() == SpeakerKind.ORGANIZATION);
    }

    @Test
    void any_noun_phrase_can_be_the_subject_of_a_speech_verb() {
        var r = extract("""
                Voters in Estmark went to the polls on Sunday.

                Almost half of respondents said the economy was their main worry.

                Some of the minister's longtime allies said they had lost patience with him.

                Tomas Brandt, who ran the harbour office for a decade, said the port needed dredging.

                A person familiar with the talks says the deal is close.

                Several candidates, including Ilse Marr, said the vote should be delayed.
                """);
        assertThat(the(r, "the economy was").speaker()).isEqualTo("Almost half of respondents");
        assertThat(the(r, "they had lost patience").speaker()).isEqualTo("Some of the minister's longtime allies");
        assertThat(the(r, "the port needed").speaker()).isEqualTo("Tomas Brandt");
        assertThat(the(r, "the deal is close").speaker()).isEqualTo("person familiar with the talks");
        assertThat(the(r, "the vote should be").speaker()).isEqualTo("Several candidates, including Ilse Marr");
        assertThat(r.speakers()).anyMatch(s -> s.name().equals("Almost half of respondents") && s.kind() == SpeakerKind.ORGANIZATION);
    }

    @Test
    void attribution_after_a_closing_quote_takes_any_short_speaker_phrase() {
        var r = extract("""
                The harbour reopened on Monday.

                "I kind of panicked," Ilse Marr, 33, said of the flood.

                "We did not discuss the fees," soft-spoken Tomas Brandt said.

                "There is a lot of shouting going on," Ilse Marr told a crowd that had waited for hours.

                "It is getting easier to hire people," she said, crediting the new training scheme that the port runs.

                "The port will be fine," said a handful of pilots who work the night shift.
                """);
        assertThat(the(r, "I kind of panicked").speaker()).isEqualTo("Ilse Marr");
        assertThat(the(r, "We did not discuss").speaker()).isEqualTo("Tomas Brandt");
        assertThat(the(r, "There is a lot of shouting").speaker()).isEqualTo("Ilse Marr");
        assertThat(the(r, "It is getting easier").speaker()).isEqualTo("Ilse Marr");
        assertThat(the(r, "The port will be fine").mention()).isEqualTo("a handful of pilots who work the night shift");
    }

    @Test
    void dateline_is_neither_speaker_nor_content() {
        var r = extract("ESTMARK CITY (Wire) — Harbour master Ilse Marr said the channel would be dredged in spring.\n");
        assertThat(the(r, "the channel would be dredged").speaker()).isEqualTo("Ilse Marr");
        var r2 = extract("ESTMARK CITY — Almost half of the pilots said the channel was too shallow.\n");
        assertThat(the(r2, "the channel was too shallow").speaker()).isEqualTo("Almost half of the pilots");
    }

    @Test
    void plural_nouns_that_look_like_speech_verbs_are_not_verbs() {
        var r = extract("""
                Tomas Brandt took offense when Ilse Marr confronted him about crude remarks he had made about pilots.

                Kelly said she asked for the meeting because she wanted a fair hearing.
                """);
        assertThat(quote(r, "he had made")).isEmpty();
        var r2 = extract("Estmark is a closed-primary state, which means only registered members get a ballot.\n");
        assertThat(r2.quotes()).isEmpty();
        assertThat(the(r, "she asked for the meeting").mention()).isEqualTo("Kelly");
    }

    @Test
    void he_and_she_go_to_a_person_of_matching_gender() {
        var r = extract("""
                Ilse Marr, the harbour master, said her office would reopen on Monday.

                Tomas Brandt said his pilots were ready. She said the fees would not rise.

                Mrs. Voss, the harbour clerk, arrived later. He said the meeting was over.
                """);
        assertThat(the(r, "his pilots were ready").speaker()).isEqualTo("Tomas Brandt");
        assertThat(the(r, "the fees would not rise").speaker()).isEqualTo("Ilse Marr");
        assertThat(the(r, "the meeting was over").speaker()).isEqualTo("Tomas Brandt");
    }

    @Test
    void an_attribution_does_not_reach_back_into_the_previous_paragraph() {
        var r = extract("""
                “The port will reopen,” said Ilse Marr, the harbour master. “We are ready.”

                Marr said the pilots had agreed to the new shifts.
                """);
        assertThat(the(r, "the pilots had agreed").speaker()).isEqualTo("Ilse Marr");
        assertThat(the(r, "the pilots had agreed").cue()).isEqualTo("said");
    }

    @Test
    void a_new_sentence_after_a_closed_quote_is_reported_speech_of_its_own() {
        var r = extract("""
                The council met on Monday.

                The mayor promised “fair fees for everyone.” Brandt says he has not read the plan.

                The harbour clerk said the office stood by its earlier comments.

                Ilse Marr, who has already sent letters on the pilots' behalf, said she may also join the strike.
                """);
        assertThat(the(r, "he has not read the plan").mention()).isEqualTo("Brandt");
        assertThat(the(r, "the office stood by").mention()).isEqualTo("The harbour clerk");
        assertThat(the(r, "she may also join").speaker()).isEqualTo("Ilse Marr");
        assertThat(quote(r, "Ilse Marr, who")).isEmpty();
    }

    @Test
    void title_case_headline_says_no_quote_of_its_own() {
        // a headline announces the quote the article then reports (see QuoteDetectionTest)
        var r = extract("""
                Ilse Marr Says Harbour Fees Will Not Rise This Year

                Harbour master Ilse Marr, who took office in May, said the fees were fair.
                """);
        assertThat(quote(r, "Harbour Fees Will Not Rise")).isEmpty();
        assertThat(the(r, "the fees were fair").mention()).isEqualTo("Ilse Marr");
    }

    @Test
    void told_someone_without_that() {
        var r = extract("""
                Brandt told the Harbour Gazette his firm had worked closely with the pilots.

                Ilse Marr, struck by the story, told her she did not need any help.
                """);
        assertThat(the(r, "his firm had worked").speaker()).isEqualTo("Brandt");
        assertThat(the(r, "she did not need").speaker()).isEqualTo("Ilse Marr");
    }

    @Test
    void saying_after_a_subject_phrase_no_sieve_knows() {
        var r = extract("The departments declined to give details, saying they could not discuss the case.\n");
        assertThat(the(r, "they could not discuss").mention()).isEqualTo("The departments");
    }

    @Test
    void according_to_takes_any_source_phrase() {
        var r = extract("""
                The mayor left office in March, according to a filing released by the Estmark Election Board.

                According to the Harbour Gazette, the ferry will stop running in May.
                """);
        assertThat(the(r, "The mayor left office").mention()).isEqualTo("a filing released by the Estmark Election Board");
        assertThat(the(r, "the ferry will stop").speaker()).isEqualTo("Harbour Gazette");
    }

    @Test
    void partial_quotation_inside_reported_speech_is_mixed() {
        var r = extract("The Estmark ministry has rejected the offer, describing it as \u201Ca step backwards for the region.\u201D\n");
        ExtractedQuote q = the(r, "it as");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.text()).contains("a step backwards");
        assertThat(r.quotes()).noneMatch(x -> x.type() == QuoteType.DIRECT);
    }

    @Test
    void appositive_gives_role_and_affiliation() {
        var r = extract("\u201CWe agreed to start the talks on Monday,\u201D Lena Sorel, Kestria\u2019s chief negotiator, tweeted late on Wednesday.\n");
        ExtractedQuote q = the(r, "We agreed");
        assertThat(q.speaker()).isEqualTo("Lena Sorel");
        assertThat(q.cue()).isEqualTo("tweeted");
        ExtractedSpeaker s = r.speakers().getFirst();
        assertThat(s.role()).isEqualTo("chief negotiator");
        assertThat(s.affiliation()).isEqualTo("Kestria");
    }

    @Test
    void descriptions_resolve_by_role_and_affiliation() {
        var r = extract("""
                Norvanian Foreign Minister Ada Brun and her Estmarkian counterpart Olaf Rask met on Saturday.

                The Norvanian diplomat stressed that the talks required patience.

                The Estmarkian foreign minister said that all parties must return to their commitments.
                """);
        assertThat(the(r, "the talks required patience").speaker()).isEqualTo("Ada Brun");
        assertThat(the(r, "all parties must").speaker()).isEqualTo("Olaf Rask");
    }

    @Test
    void description_before_the_name_resolves_to_the_person_who_speaks_later() {
        var r = extract("""
                The deal is the right approach, the senior diplomat said in his weekly press conference.

                Elsewhere in his remarks, Tarek Solberg referred to the visit of the Secretary of the Council of Kestria Anton Weiss.

                Weiss held a meeting with the interior minister, he said, adding that the visit would continue on Monday.
                """);
        assertThat(the(r, "The deal is the right approach").speaker()).isEqualTo("Tarek Solberg");
        // Weiss is what the sentence is about; "he" is the speaker of the press conference
        assertThat(the(r, "Weiss held a meeting").speaker()).isEqualTo("Tarek Solberg");
        assertThat(the(r, "the visit would continue").speaker()).isEqualTo("Tarek Solberg");
    }

    @Test
    void boilerplate_yields_no_quotes() {
        var r = extract("""
                Mara Voss said the vote was fair.

                Officials said the storm had passed over the capital city of Valdoria and\u2026
                Share This Story, Choose Your Platform!
                Follow us on Twitter and Facebook
                Source \u00BB valdorianews
                """);
        assertThat(r.quotes()).hasSize(1);
        assertThat(r.publisher()).isEqualTo("valdorianews");
    }

    @Test
    void metadata_dates_in_either_style() {
        assertThat(extract(" date 2021-02-01 Mara Voss spoke.\n").published()).hasToString("2021-02-01");
        assertThat(extract("By Published On: January 29, 2021Categories: NEWS\nText.\n").published()).hasToString("2021-01-29");
        assertThat(extract("Nothing dated here.\n").published()).isNull();
    }

    @Test
    void empty_and_whitespace_text_give_empty_results() {
        assertThat(extract("").quotes()).isEmpty();
        assertThat(extract(" \n\n\u00A0 ").quotes()).isEmpty();
    }

    @Test
    void never_invents_a_speaker_for_an_unattributed_scare_quote() {
        var r = extract("The so-called \u201Creform\u201D plan was debated for hours.\n");
        assertThat(r.quotes()).allMatch(q -> q.speaker() == null);
    }

    @Test
    void non_bmp_and_nbsp_keep_offsets_exact() {
        String text = "\uD83D\uDE00 Mara\u00A0Voss said that the \uD83C\uDF0D plan works.\n";
        var r = extract(text);
        assertThat(r.quotes()).isNotEmpty();
        List<ExtractedQuote> qs = r.quotes();
        assertThat(qs.getFirst().text()).isEqualTo("the \uD83C\uDF0D plan works");
    }
}

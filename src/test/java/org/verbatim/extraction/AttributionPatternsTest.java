package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The ways attribution went wrong on news it was not developed on (issue 11), each on made-up text: ordinary
 * capitalised words, descriptions of a named person, role text before a name, datelines and bylines, speakers named
 * paragraphs earlier, organisations and their documents, two people in one paragraph.
 */
class AttributionPatternsTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private ExtractedQuote the(String text, String startOfQuote) {
        ExtractionResult r = extractor.extract(text);
        return r.quotes().stream().filter(q -> q.text().startsWith(startOfQuote)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + startOfQuote + "' in " + r.quotes()));
    }

    private ExtractionResult extract(String text) {
        return extractor.extract(text);
    }

    @Test
    void a_capitalised_ordinary_word_opening_a_sentence_is_never_a_speaker() {
        String text = """
                Town clerk Ines Adler has run the council office for a decade.

                Efforts to reach the mayor failed on Tuesday. "We were not told anything," she said.

                Oversight of the budget moved to the county last year. "That was a mistake," she said.
                """;
        assertThat(the(text, "We were not told").speaker()).isEqualTo("Ines Adler");
        assertThat(the(text, "That was a mistake").speaker()).isEqualTo("Ines Adler");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Efforts", "Oversight");
    }

    @Test
    void a_place_or_a_holiday_is_not_the_he_of_the_next_quote() {
        String text = """
                Chef Omar Haddad runs the harbour kitchen.

                Turkey was on the menu again. "People want it every year," he said.

                Boxing Day is the busiest day. "We open at six," he said.
                """;
        assertThat(the(text, "People want it").speaker()).isEqualTo("Omar Haddad");
        assertThat(the(text, "We open at six").speaker()).isEqualTo("Omar Haddad");
    }

    @Test
    void a_description_resolves_to_the_person_it_describes() {
        String text = """
                Marta Ruiz opened the bakery on Calle Mayor in 2009.

                "It was a gamble," the 41-year-old owner of the bakery said.

                "Now the queue starts at seven," the cheerful baker added.
                """;
        assertThat(the(text, "It was a gamble").speaker()).isEqualTo("Marta Ruiz");
        assertThat(the(text, "Now the queue").speaker()).isEqualTo("Marta Ruiz");
    }

    @Test
    void a_sports_description_resolves_to_the_player() {
        String text = """
                Jonas Lindqvist scored twice as Vasteras beat Orebro 3-1 on Saturday.

                "We needed this one," the 31-year-old striker said after the match.
                """;
        assertThat(the(text, "We needed this one").speaker()).isEqualTo("Jonas Lindqvist");
    }

    @Test
    void an_indefinite_description_with_no_named_match_stays_itself() {
        String text = """
                Two men were arrested after the robbery on Friday.

                "They were caught within an hour," a police spokesman said.
                """;
        assertThat(the(text, "They were caught").speaker()).isEqualTo("police spokesman");
    }

    @Test
    void role_text_before_a_name_is_role_and_affiliation_not_name() {
        String text = """
                "The figures will be published on Friday," said spokeswoman for the economy ministry, Petra Lind.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "The figures").speaker()).isEqualTo("Petra Lind");
        ExtractedSpeaker lind = r.speakers().getFirst();
        assertThat(lind.role()).isEqualTo("spokeswoman");
        assertThat(lind.affiliation()).isEqualToIgnoringCase("economy ministry");
    }

    @Test
    void a_byline_or_dateline_is_no_speaker() {
        String text = """
                (Staff report) — The county will close two bridges for repairs next month.

                "Traffic will be diverted through the town centre," the highways department said in a statement.
                """;
        ExtractionResult r = extract(text);
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Staff");
        assertThat(the(text, "Traffic will be diverted").speaker()).containsIgnoringCase("highways department");
    }

    @Test
    void quotes_paragraphs_after_the_speaker_was_named_keep_that_speaker() {
        String text = """
                Coach Anna Berg said her team had trained for this final all season.

                "We knew the first ten minutes would decide it," Berg said.

                "The players listened. They stayed calm."

                "Next year we want the double."
                """;
        assertThat(the(text, "The players listened").speaker()).isEqualTo("Anna Berg");
        assertThat(the(text, "Next year we want").speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void an_acronym_and_its_expansion_are_one_speaker() {
        String text = """
                The National Transportation Safety Board (NTSB) opened an inquiry into the crash.

                "The recorder was recovered intact," the NTSB said on Monday.
                """;
        assertThat(the(text, "The recorder was").speaker()).isEqualTo("National Transportation Safety Board");
    }

    @Test
    void a_document_is_said_by_its_author() {
        String text = """
                Nurses at the city hospital voted to strike.

                "Patients will be safe during the strike," a statement from the union said.
                """;
        assertThat(the(text, "Patients will be safe").speaker()).containsIgnoringCase("union");
    }

    @Test
    void told_reporters_without_that_reports_the_clause() {
        String text = "Aino Kallio met the union on Monday. Kallio told reporters she expected an agreement soon.\n";
        assertThat(the(text, "she expected an agreement").speaker()).isEqualTo("Aino Kallio");
    }

    @Test
    void the_agency_is_the_agency_named_before_not_the_last_organisation() {
        String text = """
                Jon Vik's office said the meeting was constructive.

                A report by the statistics agency found that prices rose 4 percent. The agency said food costs led the increase.
                """;
        assertThat(the(text, "food costs led").speaker()).isEqualTo("statistics agency");
    }

    @Test
    void the_organisation_a_person_is_of_is_their_affiliation() {
        String text = """
                Opposition leader Mette Berg of the Labour Party called the plan reckless. "It is a fantasy budget," she said.

                "Inflation is falling," said Per Lund, the central bank governor.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "It is a fantasy").speaker()).isEqualTo("Mette Berg");
        assertThat(r.speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Mette Berg");
            assertThat(s.affiliation()).isEqualTo("Labour Party");
        });
        assertThat(r.speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Per Lund");
            assertThat(s.role()).isEqualTo("governor");
            assertThat(s.affiliation()).isEqualTo("central bank");
        });
    }

    @Test
    void answers_of_a_question_and_answer_block_belong_to_the_interviewee() {
        String text = """
                Prime Minister Lars Holm travelled on Friday. In an interview with the Daily Post, Sanna Virta was asked about the pipeline.

                Q: Is the pipeline safe?

                A: It is safe. We have checked it twice.

                Q: When will it open?

                A: "Next spring, if the weather allows."
                """;
        assertThat(the(text, "It is safe").speaker()).isEqualTo("Sanna Virta");
        assertThat(the(text, "It is safe").type()).isEqualTo(QuoteType.DIRECT);
        assertThat(the(text, "Next spring").speaker()).isEqualTo("Sanna Virta");
    }

    @Test
    void a_quote_paragraph_after_narrative_that_names_nobody_else_keeps_the_speaker() {
        String text = """
                "We share a border and a market," Prime Minister Lars Holm said.

                The two countries signed a trade pact in 2019 and have held yearly talks since.

                "Nobody should doubt it."
                """;
        assertThat(the(text, "Nobody should doubt").speaker()).isEqualTo("Lars Holm");
    }

    @Test
    void an_agent_noun_wordnet_lacks_still_describes_the_player() {
        String text = """
                Club captain Rui Costa, who scored the winner, praised the fans. "They carried us," the midfielder said.
                """;
        assertThat(the(text, "They carried us").speaker()).isEqualTo("Rui Costa");
    }

    @Test
    void a_given_name_that_is_also_an_organisation_word_is_still_a_person() {
        ExtractionResult r = extract("\u201CShe is fine,\u201D Bill Clinton has said.\n");
        assertThat(r.speakers().getFirst().kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @Test
    void a_possessive_organisation_before_a_name_is_the_affiliation() {
        String text = "\u201CGrowth comes first,\u201D American Action Forum\u2019s Douglas Holtz-Eakin said.\n";
        assertThat(the(text, "Growth comes first").speaker()).isEqualTo("Douglas Holtz-Eakin");
        assertThat(extract(text).speakers().getFirst().affiliation()).isEqualTo("American Action Forum");
    }

    @Test
    void a_middle_initial_stays_inside_the_name_and_the_short_form_is_the_same_person() {
        String text = """
                ''We do not believe it,'' Benjamin J. Rhodes, the deputy national security adviser, told reporters.

                ''We do not see it,'' Benjamin Rhodes said.
                """;
        assertThat(the(text, "We do not believe").speaker()).isEqualTo("Benjamin J. Rhodes");
        assertThat(the(text, "We do not see").speaker()).isEqualTo("Benjamin J. Rhodes");
    }

    @Test
    void a_speech_word_used_as_a_noun_does_not_end_an_appositive() {
        String text = "''They feel he is the one,'' Thomas Hanify, the president of the Indiana state firefighters union, said.\n";
        assertThat(the(text, "They feel he").speaker()).isEqualTo("Thomas Hanify");
        assertThat(extract(text).quotes()).hasSize(1);
    }

    @Test
    void a_surname_that_is_also_a_town_is_a_person_and_an_honorific_is_no_role() {
        ExtractionResult r = extract("Mrs. Clinton said in Iowa that the country should lead.\n");
        ExtractedSpeaker clinton = r.speakers().getFirst();
        assertThat(clinton.name()).isEqualTo("Clinton");
        assertThat(clinton.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(clinton.role()).isNull();
    }

    @Test
    void a_document_speaks_for_its_author_and_an_unnamed_speaker_is_no_one_elses_antecedent() {
        String text = """
                According to a statement released by the Health Ministry, 40 people were treated.

                In a post on X, the mayor wrote that the road would reopen.

                The ministry\u2019s statement said the border was calm.
                """;
        assertThat(the(text, "40 people were treated").speaker()).isEqualTo("Health Ministry");
        assertThat(the(text, "the road would reopen").speaker()).isEqualTo("mayor");
        assertThat(the(text, "the border was calm").speaker()).isEqualTo("Health Ministry");
        assertThat(extract(text).speakers().getFirst().aliases()).noneMatch(a -> a.contains("statement"));
    }

    @Test
    void an_age_used_as_a_noun_is_the_player_and_a_possessive_role_phrase_before_a_name_is_its_role() {
        String text = """
                Goalkeeper Tom Berger made five saves. "I just tried to stay big," the 24-year-old said.

                The activists' lawyer, Amira Saleh, welcomed the decision. "My clients are relieved," Saleh said.
                """;
        assertThat(the(text, "I just tried").speaker()).isEqualTo("Tom Berger");
        assertThat(extract(text).speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Amira Saleh");
            assertThat(s.role()).isEqualTo("lawyer");
        });
    }

    @Test
    void a_persons_office_speaks_for_that_person() {
        String text = """
                Governor Lena Hartmann met Senator Paul Okafor on Monday.

                Hartmann's office said the talks were productive. Okafor told reporters they had agreed on very little.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "the talks were productive").speaker()).isEqualTo("Lena Hartmann");
        assertThat(the(text, "they had agreed").speaker()).isEqualTo("Paul Okafor");
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Hartmann's office");
        assertThat(r.speakers()).flatExtracting(ExtractedSpeaker::aliases).doesNotContain("Hartmann's office");
    }

    @Test
    void a_speech_word_after_a_preposition_in_an_appositive_is_no_cue() {
        String text = "Maria Chen, secretary of state for the region, said the plan would be reviewed.\n";
        ExtractedQuote q = the(text, "the plan would be reviewed");
        assertThat(q.speaker()).isEqualTo("Maria Chen");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(extract(text).quotes()).hasSize(1);
    }

    @Test
    void a_name_set_off_after_a_role_phrase_is_the_speaker() {
        String text = """
                Lina Okoro has coached the harbour club for six seasons.

                Okoro's assistant, Femi Adeyemi, said the team would celebrate for one night only.

                The firm's finance chief, Per Aas, said prices would rise in January.

                "We are devastated," the warehouse owner, Greenfield Storage, said in a statement.

                "Nobody was hurt," said station manager Keith Doyle.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "the team would celebrate").speaker()).isEqualTo("Femi Adeyemi");
        assertThat(the(text, "prices would rise").speaker()).isEqualTo("Per Aas");
        assertThat(the(text, "We are devastated").speaker()).isEqualTo("Greenfield Storage");
        assertThat(the(text, "Nobody was hurt").speaker()).isEqualTo("Keith Doyle");
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).noneMatch(n -> n.contains(",") || n.startsWith("station"));
    }

    @Test
    void an_interview_block_belongs_to_who_was_quoted_last_and_runs_until_its_last_answer() {
        String text = """
                The potter Ruth Amsel won the Greywater Medal on Friday. "I nearly missed the call," she said by phone.

                Q: Where do you work?

                A: In a shed behind the house. I've never had a studio.

                Some days I just sit and look at the clay.

                Q: What will you make next?

                A: "Bowls, always bowls," she says.

                Amsel's gallery said the medal pieces would be shown in June.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "In a shed").speaker()).isEqualTo("Ruth Amsel");
        assertThat(the(text, "Some days I just sit").speaker()).isEqualTo("Ruth Amsel");
        assertThat(r.quotes()).filteredOn(q -> q.text().contains("Bowls")).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ruth Amsel"));
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).contains("Ruth Amsel").doesNotContain("Q", "A", "I've", "Greywater Medal");
    }

    @Test
    void a_surname_shaped_like_a_participle_opening_a_sentence_is_still_the_name() {
        String text = """
                Publisher Claire Benning read the book in a night.

                Benning, an editor at the house, said a fourth printing had been ordered.
                """;
        assertThat(the(text, "a fourth printing").speaker()).isEqualTo("Claire Benning");
    }

    @Test
    void a_capitalised_title_inside_a_name_run_separates_the_organisation_from_the_person() {
        String text = """
                Harbour Regional Police Commander Tomas Eklund said patrols would double. Eklund spoke in Vik.

                The Coastal Roads and Bridges Authority (CRBA) said the ferry would run. The CRBA said repairs were due.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "patrols would double").speaker()).isEqualTo("Tomas Eklund");
        assertThat(r.speakers()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("Tomas Eklund");
            assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(s.role()).isEqualTo("Commander");
            assertThat(s.affiliation()).isEqualTo("Harbour Regional Police");
        });
        assertThat(the(text, "repairs were due").speaker()).isEqualTo("Coastal Roads and Bridges Authority");
    }

    @Test
    void an_introductory_phrase_is_not_part_of_the_speaker() {
        String text = """
                Ana Lopes was sentenced on Friday.

                Outside court, Lopes's sister said the family would stand by her.

                Contacted by phone, the clinic's director, Rui Neves, said staff had been told.
                """;
        assertThat(the(text, "the family would stand").speaker()).isEqualTo("Lopes's sister");
        assertThat(the(text, "staff had been told").speaker()).isEqualTo("Rui Neves");
    }

    @Test
    void he_after_a_sentence_that_introduces_someone_with_who_is_that_person() {
        String text = """
                The Water Minister, Andrew Keating, called the plan necessary.

                Last week I sat in the kitchen of Joe Barbaro, who has grown citrus near Leeton for 40 years. He told me he regrets selling.

                "When the water goes, it doesn't come back," he said.
                """;
        assertThat(the(text, "he regrets selling").speaker()).isEqualTo("Joe Barbaro");
        assertThat(the(text, "When the water goes").speaker()).isEqualTo("Joe Barbaro");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Leeton");
    }

    @Test
    void the_subject_after_an_introductory_clause_is_who_she_refers_to() {
        String text = """
                Runner Faith Osoro won in Lisbon. Coach Daniel Mutai said the team would be picked in June.

                Asked whether she would run at the World Championships, Osoro laughed. "First I will rest," she said.

                When Ruth Wanjiru heard the result, she was at home. "I cried," she said.
                """;
        assertThat(the(text, "First I will rest").speaker()).isEqualTo("Faith Osoro");
        assertThat(the(text, "I cried").speaker()).isEqualTo("Ruth Wanjiru");
    }

    @Test
    void an_age_set_off_by_commas_belongs_to_the_name_before_who() {
        String text = """
                Mayor Donna Reimer said the arena was open.

                Among those at the arena was Bill Kowalchuk, 67, who said he left with two dogs.
                """;
        assertThat(the(text, "he left with two dogs").speaker()).isEqualTo("Bill Kowalchuk");
    }

    @Test
    void the_company_is_the_business_the_article_names() {
        String text = """
                Tarnwell Copper Corp. will close its Ridge Lake mine in March, the company said on Monday.

                Union leader Ada Kowal said members were told on a video call. The Mill Workers Union called it a betrayal.

                The company said the mine had lost $40 million this year.

                Brightloom, the Oslo-based software company that makes payroll tools, said on Tuesday it had raised $9 million.
                The company said the money would pay for 40 engineers.
                """;
        assertThat(the(text, "Tarnwell Copper Corp. will close").speaker()).startsWith("Tarnwell Copper Corp");
        assertThat(the(text, "the mine had lost").speaker()).startsWith("Tarnwell Copper Corp");
        assertThat(the(text, "it had raised").speaker()).isEqualTo("Brightloom");
        assertThat(the(text, "the money would pay").speaker()).isEqualTo("Brightloom");
        assertThat(extract(text).speakers()).filteredOn(s -> s.name().equals("Brightloom"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void a_description_whose_words_are_all_in_an_organisations_name_is_that_organisation() {
        String text = """
                The Nigeria Hydrological Services Agency issued a warning. Officers of the Shelby County Sheriff's Office were sent.

                The hydrological agency said 31 states were at risk. The sheriff's office said the road would reopen.
                """;
        assertThat(the(text, "31 states were at risk").speaker()).isEqualTo("Nigeria Hydrological Services Agency");
        assertThat(the(text, "the road would reopen").speaker()).isEqualTo("Shelby County Sheriff's Office");
    }

    @Test
    void a_one_word_name_that_is_an_its_is_an_organisation() {
        String text = """
                Lumora on Tuesday unveiled its first pair of smart glasses. Priya Raman, its chief executive, showed them.

                The glasses go on sale in March, the company said.
                """;
        assertThat(the(text, "The glasses go on sale").speaker()).isEqualTo("Lumora");
    }

    @Test
    void a_lede_that_speaks_through_a_description_names_the_person_next() {
        String text = """
                Widow, 81, tells court of lost savings

                An 81-year-old widow yesterday told the High Court that she had handed her adviser $200,000 in cash.

                Madam Tan Bee Lian was testifying on the first day of the trial of Kwok Wen Jie, 40.

                A coroner has warned that the crossing is unsafe. The driver, Mark Lyle, 30, was not hurt.

                Area coroner Ruth Bellamy said the lights had failed twice.
                """;
        assertThat(the(text, "she had handed her adviser").speaker()).isEqualTo("Tan Bee Lian");
        assertThat(the(text, "the crossing is unsafe").speaker()).isEqualTo("Ruth Bellamy");
    }

    @Test
    void a_role_description_goes_to_whose_role_it_is_and_the_witness_to_who_testified() {
        String text = """
                Madam Ho Lai Fong told the court she trusted the adviser. "He was polite," she said.

                Ho's lawyer, Mr Arun Das, asked about the dates. "Maybe 2019," she replied.

                The defence lawyer suggested that the money had been a loan.

                "Why would I lend him money?" the witness said.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "the money had been a loan").speaker()).isEqualTo("Arun Das");
        assertThat(the(text, "Why would I lend").speaker()).isEqualTo("Ho Lai Fong");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Arun Das")).singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo("lawyer"));
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Ho Lai Fong")).singleElement()
                .satisfies(s -> assertThat(s.role()).isNotEqualTo("Madam"));
    }

    @Test
    void a_capitalised_title_after_the_stands_for_its_holder() {
        String text = """
                A bench of Chief Justice Ravi Menon and Justice Leela Iyer heard the petition. Counsel Amit Rao spoke first.

                The Chief Justice remarked, "We have heard this before."

                Harbour Transit managing director Sunita Rane told reporters the line would open in May.

                Asked about parking, the MD said talks were under way.

                The Minister for Culture, Orla Byrne, praised the fiddler. "She carried a tradition," the Minister said.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "We have heard this").speaker()).isEqualTo("Ravi Menon");
        assertThat(the(text, "talks were under way").speaker()).isEqualTo("Sunita Rane");
        assertThat(the(text, "She carried a tradition").speaker()).isEqualTo("Orla Byrne");
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Chief Justice", "MD", "Minister");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Sunita Rane")).singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo("managing director"));
    }

    @Test
    void a_person_described_as_a_spokeswoman_for_an_organisation_is_a_person_of_that_organisation() {
        String text = """
                Mary Holt, a spokeswoman for the energy ministry, said the grid would hold this winter.

                Lumora, a Toronto firm, said the glasses would ship in May.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "the grid would hold").speaker()).isEqualTo("Mary Holt");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Mary Holt")).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
            assertThat(s.role()).isEqualTo("spokeswoman");
            assertThat(s.affiliation()).isEqualTo("energy ministry");
        });
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Lumora")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void a_person_of_an_organisation_written_in_lower_case_keeps_it_as_affiliation_and_stays_the_speaker() {
        String text = "Petar Kos of the finance ministry said the budget was final.";
        ExtractionResult r = extract(text);
        assertThat(the(text, "the budget was final").speaker()).isEqualTo("Petar Kos");
        assertThat(r.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Petar Kos");
            assertThat(s.affiliation()).isEqualTo("finance ministry");
            assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON);
        });
    }

    @Test
    void a_title_complement_that_opens_with_a_place_still_ends_with_its_holders_name() {
        String text = """
                Talks resumed in Veldoria on Tuesday. The envoys met in Veldoria for a third round.

                Ruritania's Special Envoy for Veldoria Reconstruction Tomas Arvelo, who stressed that the ceasefire was \
                holding, met the delegation on Monday.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "the ceasefire was holding").speaker()).isEqualTo("Tomas Arvelo");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Tomas Arvelo")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON));
    }

    @Test
    void a_document_named_without_its_author_was_issued_by_who_was_quoted_with_it() {
        String text = """
                In a memo to staff, chief executive Mara Quist wrote that the plant would close.

                "We will restart it when prices recover," the memo said.

                The airline said in a statement that all flights had landed safely.

                "Safety comes first," the statement said.
                """;
        assertThat(the(text, "We will restart it").speaker()).isEqualTo("Mara Quist");
        assertThat(the(text, "all flights had landed").speaker()).containsIgnoringCase("airline");
        assertThat(the(text, "Safety comes first").speaker()).containsIgnoringCase("airline");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("memo", "statement");
    }

    @Test
    void the_firm_a_person_is_of_is_no_person_and_an_acronym_may_drop_a_leading_place() {
        String text = """
                Analyst Joanne Lau of Carrick Securities said the cut was prudent. "Costs have shifted," she wrote.

                The NSW Rural Fire Service issued a warning. The RFS said spot fires were reported ahead of the front.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "Costs have shifted").speaker()).isEqualTo("Joanne Lau");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Joanne Lau")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Carrick Securities"));
        assertThat(the(text, "spot fires were reported").speaker()).isEqualTo("NSW Rural Fire Service");
    }

    @Test
    void a_title_set_before_a_name_by_commas_is_the_named_persons_role() {
        String text = """
                The Marlow Harbour Board on Friday approved the expansion of the east quay.

                In a post on his Facebook page, the party's Regional Publicity Secretary, Mr Dele Okonta, wrote: "This is a \
                good day for the fishermen of Marlow."

                A surveyor from the Lands Registry, Chief Surveyor Paul Nnaji, told the board that the boundary "had never \
                been marked".
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "This is a good day").speaker()).isEqualTo("Dele Okonta");
        assertThat(the(text, "the boundary").speaker()).isEqualTo("Paul Nnaji");
        assertThat(r.speakers()).filteredOn(s -> s.name().equals("Dele Okonta")).singleElement()
                .satisfies(s -> assertThat(s.role()).contains("Publicity Secretary"));
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Regional Publicity Secretary");
    }

    @Test
    void a_description_finds_the_person_whose_title_is_written_short_or_by_another_name() {
        String text = """
                The three-member panel, led by Justice Amaka Ofodile, dismissed the application on Monday.

                "An applicant who alleges contempt must show personal service," the judge said.

                But counsel to the association, Mrs Nkem Obi, described the ruling as "a setback for ordinary people".

                Gov. Ruth Halvorsen toured the flooded streets on Tuesday. Linda Kerr, a county commissioner, joined her.

                "These families did nothing wrong," the Republican governor said.
                """;
        assertThat(the(text, "An applicant who alleges").speaker()).isEqualTo("Amaka Ofodile");
        assertThat(the(text, "These families").speaker()).isEqualTo("Ruth Halvorsen");
    }

    @Test
    void an_age_used_as_a_description_finds_the_person_of_that_age() {
        String text = """
                Dan Mercer, 41, was surfing with his friend Pete Walsh when the shark struck his board.

                Walsh, 38, paddled over and helped him back onto his board. "He was yelling at me to go in," Walsh said.

                The 41-year-old said he had surfed the break for 25 years and had never seen a shark there.
                """;
        assertThat(the(text, "he had surfed the break").speaker()).isEqualTo("Dan Mercer");
    }

    @Test
    void a_ticker_a_there_clause_and_whoever_was_told_are_no_speakers() {
        String text = """
                OAKLAND, Oct 24 (Reuters) - Brightwater Freight Inc (BWFI.N) reported a 20% drop in quarterly profit on \
                Thursday, saying a slump in freight volumes showed no sign of easing.

                There were angry scenes at the meeting of Kilbride District Council on Monday when councillors were told \
                that only 12 new homes had been built this year.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "a slump in freight volumes").speaker()).isEqualTo("Brightwater Freight Inc");
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name)
                .noneMatch(n -> n.startsWith("N") && n.length() <= 2 || n.startsWith("There") || n.contains("councillors"));
    }

    @Test
    void what_a_study_found_is_said_by_whoever_made_it_and_nothing_found_by_police_is_a_quote() {
        String text = """
                The Murrin Basin Authority's own evaluation, published in June, found that environmental flows had \
                improved conditions for waterbirds.

                Police found the car abandoned near the bridge on Sunday.
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "environmental flows had improved").speaker()).isEqualTo("Murrin Basin Authority");
        assertThat(r.quotes()).extracting(ExtractedQuote::text).noneMatch(q -> q.contains("the car abandoned"));
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).noneMatch(n -> n.contains("published") || n.contains("evaluation"));
    }

    @Test
    void a_document_in_the_lede_is_by_the_organisation_that_reports_it_next() {
        String text = """
                Seagrass cover in Lorne Bay has halved in five years, according to a survey released on Tuesday.

                The Lorne Bay Marine Trust found that meadows near the river mouth had almost disappeared.
                """;
        assertThat(the(text, "Seagrass cover in Lorne Bay").speaker()).isEqualTo("Lorne Bay Marine Trust");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).noneMatch(n -> n.contains("survey"));
    }

    @Test
    void a_second_speech_verb_keeps_the_subject_of_the_first_and_an_apposed_name_may_bring_its_firm() {
        String text = """
                The Liberal Democrats' transport spokesperson, Fiona Grange, said her party would back the bill but \
                warned that the fund was "a plaster on a broken leg".

                Bernstein analyst Gregory Dale wrote in a note to clients that the guidance cut was "larger than feared".

                Another analyst, Tomas Ferro of Stifel, said the decision to keep the buyback was "a signal of confidence".

                Saurashtra skipper Kunal Desai said the team had backed Mehta all season. Mehta took five wickets.

                The captain said the pitch had offered "a little bit of everything".
                """;
        assertThat(the(text, "the fund was").speaker()).isEqualTo("Fiona Grange");
        assertThat(the(text, "the decision to keep").speaker()).isEqualTo("Tomas Ferro");
        assertThat(the(text, "the pitch had offered").speaker()).isEqualTo("Kunal Desai");
    }

    @Test
    void a_ministry_written_in_lower_case_keeps_its_proper_name() {
        String text = """
                BISHKEK (AFP) - At least four people were killed after a mudslide hit a mountain village overnight, the \
                emergency situations ministry said Tuesday.

                The mud hit the village shortly after 2:00 am, the ministry said on Telegram.
                """;
        assertThat(the(text, "At least four people").speaker()).isEqualTo("Emergency Situations Ministry");
        assertThat(the(text, "The mud hit").speaker()).isEqualTo("Emergency Situations Ministry");
        assertThat(extract(text).speakers()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void a_surname_ending_like_an_adverb_is_still_the_subject_before_its_appositive() {
        String text = """
                A 40-year wait ended on Sunday when Ballyvane's Conor Kiely split the posts from 65 metres in injury time.

                Kiely, the 34-year-old corner-back who had never scored in a club game before, said he "just closed the \
                eyes and swung".
                """;
        assertThat(the(text, "he \"just closed").speaker()).isEqualTo("Conor Kiely");
    }

    @Test
    void a_noun_ending_in_ly_before_the_verb_is_the_subject_not_an_adverb() {
        String text = """
                Cai Rowlands, 17, was struck by a van on the coast road on Friday night.

                In a statement released through police, his family said they were "devastated and angry".
                """;
        ExtractionResult r = extract(text);
        assertThat(the(text, "they were").speaker()).contains("family");
        assertThat(r.speakers()).extracting(ExtractedSpeaker::name).doesNotContain("his");
    }

    @Test
    void an_object_pronoun_after_a_name_says_nothing_of_that_persons_gender() {
        String text = """
                Lawyer Aaron Pike spoke first at the hearing.

                Pastor Glenn Whitaker of Grace Church said the congregation had forgiven her but that forgiveness did not erase the harm.

                "We fed about 300 families a week before this," he said.
                """;
        assertThat(the(text, "We fed").speaker()).isEqualTo("Glenn Whitaker");
    }

    @Test
    void a_subject_set_off_from_its_verb_by_a_relative_clause_or_a_place_still_speaks() {
        String text = """
                Wheat growers met in Dauphin on Monday.

                Kelly Sand, who farms 3,000 acres near Brandon, Man., said her bins were already full.

                Another analyst, who asked not to be named because of a dispute with the elevator, said prices had halved.
                """;
        assertThat(the(text, "her bins").speaker()).isEqualTo("Kelly Sand");
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text).contains("prices had halved");
    }

    @Test
    void a_person_before_the_organisation_she_works_at_speaks_not_the_organisation() {
        String text = """
                Ferry fares rose again in March.

                Transport economist Dr Ilse Brand of the University of Tarnow said fares on one route were a poor guide.

                "Most passengers buy season tickets," she said.

                "We can help, but we cannot carry everyone," said Norvik Lines chief executive Pavel Dusek.
                """;
        assertThat(the(text, "fares on one route").speaker()).isEqualTo("Ilse Brand");
        assertThat(the(text, "Most passengers").speaker()).isEqualTo("Ilse Brand");
        assertThat(the(text, "We can help").speaker()).isEqualTo("Pavel Dusek");
    }

    @Test
    void a_role_written_before_a_name_belongs_to_that_name() {
        String text = """
                The budget was tabled on Tuesday.

                Opposition leader in the assembly Farid Qasemi rejected the figures, saying the deficit had been hidden.

                The district's chief executive, Mr Kojo Ampofo, who toured the market on Friday, assured traders that stalls would be rebuilt.

                Member of Parliament for Lower Vale North, Inez Abara, appealed for calm.

                "Blocking the road only hurts our own people," she said.
                """;
        assertThat(the(text, "the deficit").speaker()).isEqualTo("Farid Qasemi");
        assertThat(the(text, "stalls would").speaker()).isEqualTo("Kojo Ampofo");
        assertThat(the(text, "Blocking the road").speaker()).isEqualTo("Inez Abara");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Lower Vale North", "North");
    }

    @Test
    void a_place_after_at_is_not_the_she_of_the_next_sentence() {
        String text = """
                For 30 years Mairi Lennox kept the light at Carn Ruadh on the north coast. Now 81, she has retired to the town.

                "You don't get lonely, you get quiet," she said.
                """;
        assertThat(the(text, "You don't get lonely").speaker()).isEqualTo("Mairi Lennox");
    }

    @Test
    void a_party_role_or_a_nationality_after_the_names_the_person_just_speaking() {
        String text = """
                Harrowby MP Jane Whitlock said the closure showed years of neglect.

                "This hospital is nearly 100 years old," the Labour MP said.

                Goalkeeper Tom Baird said the defeat hurt.

                "We switched off at a set piece," the Irishman said.

                City Councilor Rosa Delgado Wright said on Facebook she would ask for a report.

                "Our pipes are older than we are," she wrote.
                """;
        assertThat(the(text, "This hospital").speaker()).isEqualTo("Jane Whitlock");
        assertThat(the(text, "We switched off").speaker()).isEqualTo("Tom Baird");
        assertThat(the(text, "Our pipes").speaker()).isEqualTo("Rosa Delgado Wright");
    }

    @Test
    void a_study_with_no_named_maker_and_then_its_team_speak_as_the_researchers() {
        String text = """
                Moths in lit streets lay fewer eggs, according to a study published on Monday in the journal Insect Ecology.

                The team counted eggs on 300 hedges. They found that lit hedges had a third fewer eggs.

                "Streetlights are not harmless to insects," the authors wrote.
                """;
        assertThat(the(text, "Moths in lit streets").speaker()).isEqualTo("The researchers");
        assertThat(the(text, "lit hedges").speaker()).isEqualTo("The researchers");
        assertThat(the(text, "Streetlights").speaker()).isEqualTo("The researchers");
    }

    @Test
    void after_a_comma_and_a_new_clause_has_its_own_speaking_subject() {
        String text = """
                Container lines have cancelled 23 sailings around Lunar New Year, and forwarders say shippers face steep rates.

                Growers Ada Lind, Bo Kerr, and Cy Marsh said the harvest was late.
                """;
        assertThat(the(text, "shippers face").speaker()).isEqualTo("forwarders");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Lunar New Year");
    }

    @Test
    void a_share_of_people_says_what_a_poll_reports() {
        String text = """
                A survey of 900 ferry passengers was published on Friday.

                Nearly half said the timetable should change. One in three said the fares were too high.

                Most riders were content, with 22 percent saying the boats ran late too often.
                """;
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text, ExtractedQuote::mention).containsExactly(
                tuple("the timetable should change", "Nearly half"), tuple("the fares were too high", "One in three"),
                tuple("the boats ran late too often", "22 percent"));
    }

    @Test
    void a_phrase_after_the_content_speaks_whatever_its_head() {
        String text = """
                The harbour festival was called off on Sunday.

                The stage had been damaged by the storm, a source close to the organisers said.

                The money for the fireworks is already spent, donors said on Monday.

                The band will come back next year, her friend said.

                The tide will be lower next week, a forecast published on Saturday.
                """;
        // the last sentence's "published" is no speech verb, and a forecast said nothing
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::mention)
                .containsExactly("a source close to the organisers", "donors", "her friend");
    }

    @Test
    void a_relative_clause_after_a_speaker_named_last_is_about_the_speaker() {
        String text = """
                The council debated the bridge on Tuesday.

                A smaller bridge would be cheaper, said Pia Lund, who was elected in 2019.
                """;
        ExtractedQuote q = the(text, "A smaller bridge");
        assertThat(q.text()).isEqualTo("A smaller bridge would be cheaper");
        assertThat(q.speaker()).isEqualTo("Pia Lund");
    }

    @Test
    void a_vow_or_a_request_reports_what_the_infinitive_says() {
        String text = """
                The pier at Saltmarsh Bay collapsed in the storm.

                Mayor Ilse Brandt vowed to rebuild the pier before the summer season.

                The harbour master urged boat owners to check their moorings twice a day.

                She was asked about the cost on Friday.
                """;
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text, ExtractedQuote::cue).containsExactly(
                tuple("to rebuild the pier before the summer season", "vowed"),
                tuple("boat owners to check their moorings twice a day", "urged"));
    }

    @Test
    void a_progressive_speech_verb_reports_like_a_finite_one() {
        String text = """
                The ferry company raised its fares again this spring.

                Councillor Tomas Reyes is suggesting the fares were set too high.

                Mayor Ilse Brandt is also declaring that the town will buy the ferry.

                Walking to the harbour, he kept saying nothing.

                A former skipper is claiming unfair dismissal against the company.
                """;
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text, ExtractedQuote::speaker, ExtractedQuote::cue).containsExactly(
                tuple("the fares were set too high", "Tomas Reyes", "suggesting"),
                tuple("the town will buy the ferry", "Ilse Brandt", "declaring"));
    }

    @Test
    void a_share_that_opens_a_later_clause_says_what_follows() {
        String text = """
                The survey of 900 bus riders was published on Monday.

                Most riders waited longer than a year ago; 46 percent said the buses were often full.

                Fares stayed the same, while only 12 percent said the service had improved.
                """;
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text, ExtractedQuote::mention).containsExactly(
                tuple("the buses were often full", "46 percent"),
                tuple("the service had improved", "only 12 percent"));
    }

    @Test
    void a_subject_set_off_by_a_long_participle_phrase_still_reports_its_content() {
        String text = """
                Two harbour inspectors, speaking on condition of anonymity because they were not allowed to comment, said that the hull was cracked.
                """;
        assertThat(the(text, "the hull was cracked").text()).isEqualTo("the hull was cracked");
    }

    @Test
    void a_clause_right_after_the_day_of_the_statement_is_its_content() {
        String text = """
                Mayor Ada Lind said Tuesday her plan would save the town money.
                """;
        ExtractedQuote q = the(text, "her plan");
        assertThat(q.text()).isEqualTo("her plan would save the town money");
        assertThat(q.speaker()).isEqualTo("Ada Lind");
    }

    @Test
    void a_participle_after_an_adverb_or_while_reports_for_the_sentences_subject() {
        String text = """
                Councillor Ines Marr turned against the ferry plan, eventually arguing that it would ruin the port.

                Marr praised the crew while insisting the old ferry was unsafe.
                """;
        assertThat(the(text, "it would ruin").speaker()).isEqualTo("Ines Marr");
        assertThat(the(text, "the old ferry").text()).isEqualTo("the old ferry was unsafe");
    }

    @Test
    void a_speech_verb_in_the_infinitive_reports_for_the_subject_of_its_clause() {
        String text = """
                Harbour master Lena Voss continued to insist that the pier was safe.

                The board declined to comment on the dispute.
                """;
        ExtractedQuote q = the(text, "the pier was safe");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(x -> x.contains("dispute"));
    }

    @Test
    void a_lower_case_subject_after_a_conjunction_or_an_ing_modifier_speaks() {
        String text = """
                The ferry board raised the fares on Monday. But commuters say the new timetable is worse than the old one.

                The council met on Friday. Boating instructors say the harbour is too crowded for beginners.
                """;
        assertThat(the(text, "the new timetable").speaker()).isEqualTo("commuters");
        assertThat(the(text, "the harbour is too crowded").speaker()).isEqualTo("Boating instructors");
    }

    @Test
    void a_restrictive_relative_clause_reports_for_the_people_it_describes() {
        String text = """
                The vote angered fishermen who say the new quotas will ruin the harbour.

                Those who say the pier is unsafe have not read the survey.
                """;
        ExtractedQuote q = the(text, "the new quotas");
        assertThat(q.text()).isEqualTo("the new quotas will ruin the harbour");
        assertThat(q.speaker()).isEqualTo("fishermen");
        // as the sentence's subject the relative clause runs into the main verb: left alone
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(x -> x.contains("pier"));
    }

    @Test
    void this_or_that_before_an_auxiliary_opens_the_content() {
        String text = """
                The ferry lost money again. Harbour master Lena Voss said this is the last winter it will sail.

                Councillor Ines Marr said that was never the plan.

                Marr said this week that the fares would rise.
                """;
        assertThat(the(text, "this is the last winter").speaker()).isEqualTo("Lena Voss");
        assertThat(the(text, "that was never").text()).isEqualTo("that was never the plan");
        assertThat(the(text, "the fares would rise").text()).isEqualTo("the fares would rise");
    }

    @Test
    void described_with_an_as_complement_or_a_question_word_reports_a_description() {
        String text = """
                Harbour master Lena Voss has described the new quota as a death sentence for the port.

                Councillor Ines Marr described how the fire had spread along the quay.

                The old ferry was described as unsafe. Marr described the crossing in detail.
                """;
        ExtractedQuote q = the(text, "the new quota");
        assertThat(q.text()).isEqualTo("the new quota as a death sentence for the port");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
        assertThat(the(text, "how the fire").speaker()).isEqualTo("Ines Marr");
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(x -> x.contains("unsafe") || x.contains("detail"));
    }

    @Test
    void a_participle_after_a_dash_reports_for_the_sentences_subject() {
        String text = """
                Councillor Ines Marr changed her vote at the last minute – saying the ferry plan would ruin the port.
                """;
        ExtractedQuote q = the(text, "the ferry plan");
        assertThat(q.text()).isEqualTo("the ferry plan would ruin the port");
        assertThat(q.speaker()).isEqualTo("Ines Marr");
    }

    @Test
    void warned_or_told_someone_to_do_something_reports_the_request() {
        String text = """
                Harbour master Lena Voss warned the council not to sell the old pier.

                Councillor Ines Marr told the crowd to go home before the storm.

                Marr told reporters in Dunmore on her way to the quay that the vote was close.
                """;
        ExtractedQuote q = the(text, "the council not to sell");
        assertThat(q.text()).isEqualTo("the council not to sell the old pier");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
        assertThat(the(text, "the crowd to go home").speaker()).isEqualTo("Ines Marr");
        assertThat(the(text, "the vote was close").text()).isEqualTo("the vote was close");
    }

    @Test
    void estimated_submitted_accepted_agreed_or_proposed_that_report_a_clause() {
        String text = """
                Ferry company chief Lena Voss estimated that the strike would cost the port two million a week.

                Counsel for the harbour board, Ines Marr, submitted that the lease had expired in March.

                Under cross-examination, the skipper accepted that he had not checked the radio.

                The board accepted that offer on Monday and agreed the new timetable.
                """;
        ExtractedQuote q = the(text, "the strike would cost");
        assertThat(q.speaker()).isEqualTo("Lena Voss");
        assertThat(the(text, "the lease had expired").speaker()).isEqualTo("Ines Marr");
        assertThat(the(text, "he had not checked").text()).isEqualTo("he had not checked the radio");
        assertThat(extract(text).quotes()).extracting(ExtractedQuote::text).noneMatch(x -> x.contains("offer") || x.contains("timetable"));
    }

    @Test
    void a_hedge_before_a_number_after_the_verb_opens_the_reported_clause_not_a_topic() {
        String text = """
                The trust's chief financial officer, Mr Ravi Menon, said about 28 per cent of the debt would need to be refinanced next year.

                The chairman, Ms Joan Pike, said about the merger that nothing had been decided.
                """;
        assertThat(the(text, "about 28 per cent of the debt").speaker()).isEqualTo("Ravi Menon");
    }

    @Test
    void a_clause_opened_by_while_after_a_closing_quote_reports_its_own_words_not_the_quotation() {
        String text = """
                The two men clashed at the meeting. Dlamini told residents the councillor was "playing politics with their taps", while Molefe said the official should apologise.

                Former bowler Imran Akhtar backed the players, saying the clause was "a copy-paste from a bad contract", while ex-selector Wasim Haider said the players were "holding the board to ransom".
                """;
        assertThat(the(text, "the official should apologise").speaker()).isEqualTo("Molefe");
        assertThat(the(text, "the clause was").speaker()).isEqualTo("Imran Akhtar");
        assertThat(the(text, "the players were").speaker()).isEqualTo("Wasim Haider");
    }

    @Test
    void a_business_described_in_the_lede_before_any_is_named_is_the_one_named_next() {
        String text = """
                The insurer said on Tuesday it had received more than 3,000 claims since the storm. Halden Mutual, which covers about one in five homes in the county, said most were for roof damage.
                """;
        assertThat(the(text, "it had received").speaker()).isEqualTo("Halden Mutual");
        // once a business has been named, "the insurer" looks back, not forward
        String named = """
                Skerry Assurance paid its first storm claims on Monday. The insurer said on Tuesday it had received more than 3,000 claims. Halden Mutual said most of its claims were for roof damage.
                """;
        assertThat(the(named, "it had received").speaker()).isEqualTo("Skerry Assurance");
    }

    @Test
    void the_body_a_relative_clause_says_someone_leads_is_their_affiliation() {
        String text = """
                Alan Pryce, who has led the householders' association since 2019, said many members were still waiting.

                Maria Lund, who chairs the Kelsham Residents Group, said the beach should close.

                Tom Berg, who runs a cafe on the front, said trade was down.
                """;
        ExtractionResult r = extract(text);
        assertThat(affiliationOf(r, "Alan Pryce")).isEqualTo("householders' association");
        assertThat(affiliationOf(r, "Maria Lund")).isEqualTo("Kelsham Residents Group");
        // a cafe is no body a person speaks for
        assertThat(affiliationOf(r, "Tom Berg")).isNull();
    }

    private static String affiliationOf(ExtractionResult r, String name) {
        return r.speakers().stream().filter(sp -> sp.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no speaker " + name + " in " + r.speakers())).affiliation();
    }

    @Test
    void figures_and_data_speak_for_the_body_that_published_them() {
        String text = """
                According to figures from the Met Office, gusts reached 94 miles an hour at Skerry Point.

                According to data from the Central Statistics Office, unemployment fell to 4.1 percent.
                """;
        assertThat(the(text, "gusts reached").speaker()).isEqualTo("Met Office");
        assertThat(the(text, "unemployment fell").speaker()).isEqualTo("Central Statistics Office");
    }

    @Test
    void a_post_of_a_department_named_by_a_word_verbs_share_still_names_the_person_after_it() {
        String text = """
                "We are paying out as fast as our assessors can get to people," said the general manager of claims, Sunita Rao.

                Alan Pryce, who chairs the householders' association, said many members were still waiting.
                """;
        assertThat(the(text, "We are paying out").speaker()).isEqualTo("Sunita Rao");
        assertThat(extract(text).speakers()).filteredOn(sp -> sp.name().equals("Sunita Rao"))
                .singleElement().satisfies(sp -> assertThat(sp.role()).contains("general manager"));
    }

    @Test
    void a_post_set_off_from_the_name_by_what_its_body_is_still_names_the_person() {
        String text = """
                The chair of the Fenwick Growers Guild, a co-operative with members in nine counties, Maud Ellery, told the Ledger that the price was "an insult".

                "We will not plant at that price," she said.
                """;
        assertThat(the(text, "the price was").speaker()).isEqualTo("Maud Ellery");
        assertThat(the(text, "We will not plant").speaker()).isEqualTo("Maud Ellery");
        assertThat(extract(text).speakers()).filteredOn(sp -> sp.name().equals("Maud Ellery"))
                .singleElement().satisfies(sp -> assertThat(sp.role()).contains("chair"));
    }

    @Test
    void a_form_of_address_used_outside_britain_is_not_part_of_the_name() {
        String text = """
                The chairman of the traders' union, Alhaji Bello Karimu, said the new levy would close small shops.

                Alhaji Karimu said members would stop paying from Monday.
                """;
        assertThat(the(text, "members would stop paying").speaker()).isEqualTo("Bello Karimu");
        assertThat(extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Alhaji Karimu");
    }

    @Test
    void a_she_opening_the_next_paragraph_is_the_woman_named_before_not_the_man_who_agreed() {
        String text = """
                Dr Anna Pelham said the survey found far fewer seabirds than in 2015. Her colleague, Professor Neil Hale, agreed, saying the decline was "the steepest we have seen".

                She said the team would count the colonies again next spring.
                """;
        assertThat(the(text, "the team would count").speaker()).isEqualTo("Anna Pelham");
    }

    @Test
    void a_company_suffix_with_a_full_stop_does_not_end_the_sentence() {
        String text = """
                Harrow Dairies Ltd. said milk prices would rise in March.

                Kelvin Mills Corp., in a filing, said it would close two plants. Shares fell at Kelvin Mills Corp. The union said nothing had been agreed.
                """;
        assertThat(the(text, "milk prices would rise").speaker()).isEqualTo("Harrow Dairies Ltd.");
        assertThat(the(text, "it would close two plants").speaker()).isEqualTo("Kelvin Mills Corp.");
        assertThat(the(text, "nothing had been agreed").speaker()).isNotEqualTo("Kelvin Mills Corp.");
        assertThat(extract(text).speakers()).filteredOn(sp -> sp.name().startsWith("Harrow"))
                .singleElement().satisfies(sp -> assertThat(sp.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void a_statement_quoting_its_officer_gives_the_officers_words() {
        String text = """
                "The new cranes are about keeping the port open to bigger ships," the statement said, quoting chief operating officer Dana Whitcombe.

                The ministry said in a statement that talks would go on.
                """;
        assertThat(the(text, "The new cranes").speaker()).isEqualTo("Dana Whitcombe");
        assertThat(extract(text).speakers()).filteredOn(sp -> sp.name().equals("Dana Whitcombe"))
                .singleElement().satisfies(sp -> assertThat(sp.role()).isEqualTo("chief operating officer"));
    }

    @Test
    void a_body_named_for_what_its_officers_do_speaks_for_them_and_keeps_its_whole_name() {
        String text = """
                The report by the Inspectorate of Care Homes for Wales said staffing had fallen to unsafe levels.

                The inspectors found that residents had waited hours for help.

                The Office of the Commissioner for Older People said the findings were alarming.
                """;
        assertThat(the(text, "staffing had fallen").speaker()).isEqualTo("Inspectorate of Care Homes for Wales");
        assertThat(the(text, "residents had waited").speaker()).isEqualTo("Inspectorate of Care Homes for Wales");
        assertThat(the(text, "the findings were alarming").speaker()).isEqualTo("Office of the Commissioner for Older People");
    }

    @Test
    void a_company_reporting_a_result_as_a_noun_phrase_says_no_words() {
        String text = """
                Harbour Logistics Trust reported a 4.1 per cent rise in distribution per unit for the second half.

                The trust's manager reported that occupancy had risen to 97 per cent.
                """;
        assertThat(extract(text).quotes()).noneMatch(q -> q.text().contains("4.1 per cent rise"));
        assertThat(the(text, "occupancy had risen").speaker()).isNotNull();
    }

    @Test
    void a_relative_clause_on_a_name_that_ends_reported_content_is_the_writers_aside() {
        String text = """
                Harbour master Ola Brenn said the new pier would be built by Mira Kettle, who also built the old one.
                """;
        assertThat(the(text, "the new pier").text()).isEqualTo("the new pier would be built by Mira Kettle");
    }

    /** And "the public comment period": a speech word that may be a noun, inside a noun phrase, is one. */
    @Test
    void a_description_with_a_relative_clause_and_no_comma_before_the_verb_speaks() {
        String text = """
                Ferry fares to rise

                Fares on the island ferry will rise by 8% in March, the operator said.

                A cafe owner from Portree who asked not to be named said bookings for the spring had already fallen.

                "People will not come over for a weekend now," she said.

                A retired nurse who spoke during the public comment period on Monday said her bill had doubled.
                """;
        assertThat(the(text, "bookings for the spring").speaker()).isEqualTo("cafe owner from Portree");
        assertThat(the(text, "People will not come").speaker()).isEqualTo("cafe owner from Portree");
        assertThat(the(text, "her bill had doubled").speaker()).isEqualTo("retired nurse");
    }

    @Test
    void a_promise_by_someone_that_opens_the_sentence_is_their_report_and_the_main_clause_keeps_its_own_speaker() {
        String text = """
                Bridge works

                Despite a promise by Transport Minister Ola Brenn in March that the bridge would reopen "before the summer", residents say the work has barely started.

                Despite a promise by the council's chief executive, Mira Kettle, last year that no jobs would go, 40 posts are now at risk, the union said.
                """;
        ExtractedQuote promise = the(text, "the bridge would reopen");
        assertThat(promise.type()).isEqualTo(QuoteType.MIXED);
        assertThat(promise.speaker()).isEqualTo("Ola Brenn");
        assertThat(the(text, "the work has barely started").speaker()).isEqualTo("residents");
        assertThat(the(text, "no jobs would go").speaker()).isEqualTo("Mira Kettle");
        assertThat(the(text, "40 posts are now at risk").text()).isEqualTo("40 posts are now at risk");
    }

    @Test
    void a_name_set_beside_a_post_speaks_not_the_phrase_that_ends_its_relative_clause() {
        String text = """
                Harbour fees

                The Harbour Board said in a reply that it had approved the new fees.

                Its treasurer, Ines Marr, who joined the board after the last chair left, said the accounts were sound.

                Dr Olu Brenn, a marine economist at the Port Institute, Leith, who was not involved in the review, said the fees were fair.
                """;
        assertThat(the(text, "the accounts were sound").speaker()).isEqualTo("Ines Marr");
        assertThat(the(text, "the fees were fair").speaker()).isEqualTo("Olu Brenn");
    }

    @Test
    void a_bodys_post_between_the_body_and_a_name_is_that_persons_and_the_person_speaks() {
        String text = """
                Tower approved

                Councillors approved the tower on Thursday.

                Speaking for the developer, Hallam Homes, its planning director, Sophie Marr, told the committee the company had cut two floors.

                "We listened," she said.
                """;
        assertThat(the(text, "the company had cut").speaker()).isEqualTo("Sophie Marr");
        assertThat(the(text, "We listened").speaker()).isEqualTo("Sophie Marr");
    }

    @Test
    void a_subject_pronoun_after_warned_opens_the_content_and_adding_a_thing_is_no_speech() {
        String text = """
                Ferry fares

                Three ferry companies have warned they will add a fuel charge of up to $40 a car from March.

                Carver scored 21 points and added 12 rebounds for the Hawks.
                """;
        assertThat(the(text, "they will add").speaker()).isEqualTo("Three ferry companies");
        assertThat(extract(text).quotes()).noneMatch(q -> q.text().contains("12 rebounds"));
    }

    @Test
    void a_scheme_that_speaks_is_the_body_running_it() {
        String text = """
                Pension changes

                Members of the Harbour Workers Pension Scheme will pay 2% more from April, the scheme has announced.
                """;
        ExtractedQuote q = the(text, "Members of the Harbour");
        assertThat(q.cue()).isEqualTo("announced");
        assertThat(q.speaker()).contains("Scheme");
    }

    @Test
    void an_ing_word_before_a_plural_for_people_and_their_verb_modifies_the_subject_not_an_opening_phrase() {
        String text = """
                Pier plan

                Planning officers had recommended refusal, saying the pier would block the harbour mouth.

                Addressing supporters, the mayor said the pier would be built.
                """;
        assertThat(the(text, "the pier would block").speaker()).isEqualTo("Planning officers");
        assertThat(the(text, "the pier would be built").speaker()).isEqualTo("mayor");
    }

    @Test
    void advising_someone_to_do_something_in_quoted_words_reports_them() {
        String text = """
                Rentals rule

                City Attorney Nora Vance advised the council to "keep a careful record" before voting on the rule.
                """;
        ExtractedQuote q = the(text, "the council to");
        assertThat(q.type()).isEqualTo(QuoteType.MIXED);
        assertThat(q.speaker()).isEqualTo("Nora Vance");
    }
}

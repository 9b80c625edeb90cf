package org.verbatim.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who said it, on made-up text, for the patterns the fresh own-dev articles 61-80 showed (issue 11): transcript
 * labels, organisations called by what they are after their name, speakers of reported clauses after gerunds and
 * descriptions that point at one of several people; and, from 121-140, descriptions that mean someone named.
 */
class SpeakerResolutionTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** The quote of {@code text} whose words start so; the test fails when there is none. */
    private ExtractedQuote the(String text, String startOfQuote) {
        return extractor.extract(text).quotes().stream().filter(q -> q.text().startsWith(startOfQuote)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting with '" + startOfQuote + "'"));
    }

    @Test
    void a_place_opening_the_first_paragraph_before_a_colon_is_a_dateline_not_the_company() {
        String text = """
                Tarang Motors raises sales forecast

                Nashik: Tarang Motors Ltd on Friday raised its sales forecast for the year after a strong festive season.

                Exports rose 12% in the quarter, the company said.
                """;
        assertThat(the(text, "Exports rose").speaker()).isEqualTo("Tarang Motors Ltd");
    }

    @Test
    void a_document_seen_by_a_newspaper_is_not_the_newspapers_own_words() {
        String text = """
                Ward closures planned at Eastmoor hospital

                Two wards at Eastmoor General Hospital could close next spring, the Courier has learned.

                A memo sent to senior managers in May, seen by the Courier, said the two wards would "merge into a single assessment unit". The memo said the change would save about £2 million a year.
                """;
        assertThat(the(text, "the two wards would").speaker()).isEqualTo("memo sent to senior managers in May");
        assertThat(the(text, "the change would save").speaker()).isEqualTo("memo sent to senior managers in May");
    }

    @Test
    void a_language_or_nation_word_alone_is_nobodys_name() {
        String text = """
                Chef opens in Galway

                Jone Ferreira is opening his first restaurant outside Portugal, above a bookshop on Quay Street.

                Ferreira grew up in a village near Braga, speaking Quechua at home and Spanish at school. He started cooking at 14.

                "My daughter is here. My grandson is here," he says.
                """;
        assertThat(the(text, "My daughter is here").speaker()).isEqualTo("Jone Ferreira");
    }

    @Test
    void a_word_listed_with_languages_is_a_language_too() {
        String text = """
                Album review: Bolu Adeyemi, "Danfo Days"

                The 12-track record moves between English, Pidgin and Yoruba inside a single line.

                The standout, "Danfo Driver", is a portrait of a bus conductor that she says she wrote in one sitting.
                """;
        assertThat(the(text, "she wrote in one sitting").speaker()).isEqualTo("Bolu Adeyemi");
    }

    @Test
    void a_shared_surname_alone_means_the_relative_not_called_by_the_given_name() {
        String text = """
                Chef opens in Galway

                Tomas Ferreira Lugo is opening his first restaurant outside Portugal.

                "These came in my suitcase," he says through his daughter, Marta Ferreira.

                Marta, 29, adds that the potatoes were declared. "He always does this," she says in English.

                Ferreira says he will not change his cooking for Irish tastes.
                """;
        assertThat(the(text, "he will not change").speaker()).isEqualTo("Tomas Ferreira Lugo");
    }

    @Test
    void an_unnamed_speaker_who_said_he_is_the_he_of_the_next_quote() {
        String text = """
                Ferry crews walk out

                Crews at Harbourline walked out on Monday after rejecting a 3 per cent offer, the GMB union said.

                GMB organiser Carl Denning said the company had refused to meet the union for a month.

                One deckhand at the Ardrossan terminal, who did not want to be named, said he had worked for the firm for 22 years.

                "I love the boats. But I can't pay my rent on this," he said.
                """;
        assertThat(the(text, "I love the boats").speaker()).startsWith("One deckhand at the Ardrossan terminal");
    }

    @Test
    void an_unnamed_ministry_official_is_not_an_analyst_named_later() {
        String text = """
                Copper smelter plan delayed

                LUSAKA, May 2 (Reuters) - The developer of a copper smelter in Zambia has delayed its investment decision by a year.

                Chief executive Paul Mwale said the company remained committed to the project.

                A ministry official, speaking on condition of anonymity, said the government was frustrated at the pace of progress.

                Grace Banda, a metals analyst at Kafue Risk Advisory, told Reuters that a delay was "the most predictable outcome".
                """;
        assertThat(the(text, "the government was frustrated").speaker()).isEqualTo("ministry official");
    }

    @Test
    void a_named_officer_of_a_forces_unit_speaks_not_the_unit() {
        String text = """
                Drink-driver banned

                Chair of the bench Margaret Loughran told him he had been lucky.

                Speaking after the case, Insp Karen Whitfield of the force's roads policing unit said officers had arrested 47 drink-drivers.

                "Every one of them thought it would be fine," she said.
                """;
        assertThat(the(text, "officers had arrested").speaker()).endsWith("Karen Whitfield");
        assertThat(the(text, "Every one of them").speaker()).endsWith("Karen Whitfield");
    }

    @Test
    void a_town_written_after_in_and_at_is_not_the_company() {
        String text = """
                Bus drivers strike

                Passengers were left without buses on Monday as drivers at Valley Link began a strike over pay.

                About 240 drivers at the operator's depots in Porth and Aberdare walked out. The company said only 11 of its routes were running.

                "They are tired," union officer Dean Prosser said on the picket line at Porth.
                """;
        assertThat(the(text, "only 11 of its routes").speaker()).isEqualTo("Valley Link");
    }

    @Test
    void a_transcript_turn_labelled_with_a_surname_is_said_by_that_person_and_the_interviewers_turns_are_not_quotes() {
        String text = """
                Harbour storm: the interview

                Radio host Ana Lowe spoke to harbourmaster Tomas Brekke on Friday about the storm.

                LOWE: How bad was the damage?

                BREKKE: Three boats sank at their moorings. We have never seen a swell like it.

                And the insurers are already here.

                LOWE: Will the harbour reopen this week?

                BREKKE: Not before Monday. The divers go down tomorrow.
                """;
        assertThat(the(text, "Three boats sank").speaker()).isEqualTo("Tomas Brekke");
        assertThat(the(text, "Not before Monday").speaker()).isEqualTo("Tomas Brekke");
        assertThat(the(text, "And the insurers").speaker()).isEqualTo("Tomas Brekke");
        assertThat(extractor.extract(text).quotes()).noneMatch(q -> q.text().startsWith("How bad") || q.text().startsWith("Will the"));
    }

    @Test
    void a_business_noun_after_the_companys_name_means_the_company_even_one_that_could_name_a_person() {
        String text = """
                Pilots at regional carrier Brisk Air will strike on Friday after talks broke down.

                The airline said it would cancel all 30 of its flights that day.

                "We regret the disruption to our customers," the carrier said in a statement.

                Union president Maura Quinlan said pilots had not had a rise since 2019.
                """;
        assertThat(the(text, "it would cancel").speaker()).isEqualTo("Brisk Air");
        assertThat(the(text, "We regret the disruption").speaker()).isEqualTo("Brisk Air");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Brisk Air"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void a_description_whose_modifier_is_in_an_organisations_name_means_that_organisation() {
        String text = """
                Residents of Tallow Creek have been told to boil their water.

                Lakeside Plains Water issued the notice on Wednesday. The water authority said bacteria were found at two sampling points.

                Mayor Ruth Odell said the council had opened its depot.

                The water corporation said it had told the council within an hour.
                """;
        assertThat(the(text, "bacteria were found").speaker()).isEqualTo("Lakeside Plains Water");
        assertThat(the(text, "it had told the council").speaker()).isEqualTo("Lakeside Plains Water");
    }

    @Test
    void the_operator_is_the_company_that_was_the_subject_not_a_vessel_named_after_it() {
        String text = """
                Islanders are angry about cancelled sailings.

                Harbour Link Ferries Ltd. said on Tuesday that the MV Gull Spirit would stay in dry dock until Friday.

                The ferry operator said it was sorry for the disruption.
                """;
        assertThat(the(text, "it was sorry").speaker()).startsWith("Harbour Link Ferries");
    }

    @Test
    void who_is_blamed_for_saying_something_said_it_not_the_subject_that_blamed_them() {
        String text = """
                The library board voted on Monday to reprimand its director, Colm Varley, for saying at a dinner that the bond "will never pass".

                Board chair Eva Lind said the remark had hurt volunteers.
                """;
        assertThat(the(text, "the bond").speaker()).isEqualTo("Colm Varley");
    }

    @Test
    void the_advocate_is_the_lawyer_who_spoke_not_the_judge_who_asked() {
        String text = """
                Advocate Lerato Dlamini, for the applicants, said the permits were valid.

                Counsel for the respondents, Advocate Johan Steyn, argued that the permits had lapsed.

                Judge Pieter Malan asked Steyn whether his clients accepted the violence had cost lives.

                The advocate replied that his clients "deplore all violence".
                """;
        assertThat(the(text, "his clients").speaker()).isEqualTo("Johan Steyn");
    }

    @Test
    void the_railroad_is_the_railway_the_article_named_not_a_place_or_a_capitalised_ordinary_word() {
        String text = """
                Freight trains across the Prairies stopped on Sunday after Northern Plains Railway locked out 3,000 workers.

                The railroad said the union's demands "would make safe service impossible".

                Farmers near Harlan Creek said grain was piling up.

                The railroad said it had no choice but to act.
                """;
        assertThat(the(text, "the union's demands").speaker()).isEqualTo("Northern Plains Railway");
        assertThat(the(text, "it had no choice").speaker()).isEqualTo("Northern Plains Railway");
    }

    @Test
    void a_person_noun_inside_a_capitalised_run_separates_the_organisation_and_role_from_the_name() {
        String text = """
                Mayor Carla Voss blamed the county for unplowed roads in a post on Monday.

                Birch County Highway Engineer Dale Nygaard responded with a post of his own.

                "Our crews have been out since Sunday," he wrote.
                """;
        assertThat(the(text, "Our crews").speaker()).isEqualTo("Dale Nygaard");
    }

    @Test
    void he_after_an_unnamed_son_spoke_is_the_son_not_a_capitalised_word_beside_him() {
        String text = """
                Parents locked the school gates on Monday over a shortage of teachers.

                One mother said her son had been teaching himself physics from videos.

                Her son, a Grade 12 learner, said he wanted to study engineering.

                "There is nobody to ask," he said.
                """;
        assertThat(the(text, "There is nobody").speaker()).isEqualTo(the(text, "he wanted").speaker());
        assertThat(the(text, "There is nobody").speaker()).startsWith("Her son");
    }

    /** A given name tells a person's sex where the pronouns near the name belong to someone else (own dev 103). */
    @Test
    void she_after_a_man_asked_her_a_question_is_the_woman_he_asked() {
        String text = """
                The potter Ilse Varga spoke on Sunday to Gavin Morrow, who hosts the Clay Hour podcast.

                Morrow asked her whether she still fired her kiln with wood. "Always. Gas makes everything look polite," she replied.
                """;
        assertThat(the(text, "Always. Gas makes").speaker()).isEqualTo("Ilse Varga");
    }

    @Test
    void an_acronym_in_parentheses_spells_an_organisation_whose_name_has_an_and_in_it() {
        String text = """
                Lecturers at Kestrel University will stop marking exams from Monday.

                The Teachers and Lecturers Guild (TLG) said the action followed a vote of its members.

                Kestrel University said it regretted the disruption.

                TLG said the boycott would last until the end of term. The university said exams would be marked later.
                """;
        assertThat(the(text, "the action followed").speaker()).isEqualTo("Teachers and Lecturers Guild");
        assertThat(the(text, "the boycott would last").speaker()).isEqualTo("Teachers and Lecturers Guild");
        assertThat(the(text, "it regretted").speaker()).isEqualTo("Kestrel University");
        assertThat(the(text, "exams would be marked").speaker()).isEqualTo("Kestrel University");
    }

    @Test
    void a_business_is_recognised_by_the_first_word_of_its_name_and_a_place_it_is_based_in_is_not_the_firm() {
        String text = """
                The biscuits are made by Harrowgate Bakeries, a family firm based in Tolworth.

                The firm said a faulty oven had been replaced.

                Harrowgate, which employs 90 people, also bakes for two cafés. The company said those products were safe.
                """;
        assertThat(the(text, "a faulty oven").speaker()).isEqualTo("Harrowgate Bakeries");
        assertThat(the(text, "those products were safe").speaker()).isEqualTo("Harrowgate Bakeries");
    }

    @Test
    void he_after_an_unnamed_spokesman_is_the_spokesman_even_when_someone_was_named_just_before() {
        String text = """
                The union's branch secretary, Dr Niamh Kearney, said members were angry. "We have been ignored," she said.

                A college spokesman said exams would go ahead. He said the college would deduct pay from staff on strike.
                """;
        assertThat(the(text, "the college would deduct pay").speaker()).isEqualTo("college spokesman");
    }

    @Test
    void she_after_an_unnamed_woman_whose_words_were_not_a_quote_is_that_woman_not_an_official_named_before() {
        String text = """
                The city's director of public health, Dr Ruth Abernethy, said clinics would open on Saturday.

                A mother of three, who asked not to be named, was relieved. She said a nurse had answered all her questions.

                Another caller, an elderly woman who did not give her name, told the host she could not reach the clinic. "It is two buses away," she said.
                """;
        assertThat(the(text, "a nurse had answered").speaker()).isEqualTo("mother of three");
        assertThat(the(text, "It is two buses away").speaker()).contains("elderly woman");
    }

    @Test
    void a_street_is_a_place_and_never_the_woman_a_pronoun_means() {
        String text = """
                Margaret Doyle, of Mill Lane, writes that the village has waited long enough. "We were promised a bypass in 2015," she writes.
                """;
        assertThat(the(text, "We were promised").speaker()).isEqualTo("Margaret Doyle");
        assertThat(extractor.extract(text).speakers()).noneMatch(sp -> sp.name().equals("Mill Lane") && sp.kind() == SpeakerKind.PERSON);
    }

    @Test
    void a_definite_description_with_a_name_set_beside_it_is_that_person_not_the_organisation_it_belongs_to() {
        String text = """
                A sea lion escaped from Larkmoor Aquarium on Sunday.

                The pool gate was left open overnight, according to the aquarium's director, Dr Ines Varga. She said the animal was found on the beach.
                """;
        assertThat(the(text, "The pool gate").speaker()).isEqualTo("Ines Varga");
        assertThat(the(text, "the animal was found").speaker()).isEqualTo("Ines Varga");
    }

    // own-dev 121-140: a capitalised noun for a kind of person, a British spelling, a team before a role, a company by
    // a plural word of its name, a bare "police said", an interview labelled with the interviewee's surname

    @Test
    void the_ugandan_and_the_republican_are_the_people_named_before_not_names_of_their_own() {
        String text = """
                Grace Nakato won the 10,000 metres in Oslo on Thursday night.

                "I waited for the last lap and then I went with everything I had left," the 24-year-old Ugandan said.

                State senator Robert Hale voted against the budget on Friday.

                "This budget spends money the state has not got and will not have next year," the Republican said.
                """;
        assertThat(the(text, "I waited for the last lap").speaker()).isEqualTo("Grace Nakato");
        assertThat(the(text, "This budget spends").speaker()).isEqualTo("Robert Hale");
    }

    @Test
    void a_team_name_before_a_role_leaves_the_player_as_the_subject_the_description_means() {
        String text = """
                Tom Reyes scored twice as the Dunmore Otters beat the Carrick Hornets 4-1 on Sunday.

                Hornets captain Sam Okoye hit the post in the first minute. The 29-year-old centre said the team had lost its shape after the break.
                """;
        assertThat(the(text, "the team had lost its shape").speaker()).isEqualTo("Sam Okoye");
    }

    @Test
    void the_plural_word_of_a_company_name_tells_which_of_two_companies_a_description_means() {
        String text = """
                Harlan Metals has agreed to buy the toolmaker Brisk Engineering for 80 million pounds, the two companies said on Monday.

                The metal group said it would keep the Brisk factory in Leeds open for at least five years.
                """;
        assertThat(the(text, "it would keep the Brisk factory").speaker()).isEqualTo("Harlan Metals");
    }

    @Test
    void a_bare_police_said_is_the_force_the_next_paragraph_names_in_full() {
        String text = """
                A man has been charged with burglary after a break-in at a jeweller's shop in Oakham on Saturday, police said.

                Leicestershire Police said the man would appear before magistrates on Monday morning.
                """;
        assertThat(the(text, "A man has been charged").speaker()).isEqualTo("Leicestershire Police");
    }

    @Test
    void an_interview_labelled_only_with_the_interviewees_surname_quotes_her_answers_and_not_the_questions() {
        String text = """
                Ask the expert: the allotment year

                Maria Kovacs has run the Eastfield allotments for 19 years. She spoke to us about slugs, rent and waiting lists.

                What was the worst pest this year?
                Kovacs: Slugs, without a doubt. The wet June suited them and nobody else.

                Is there still a waiting list?
                Kovacs: Four years at least. We have split plots in half and it is still not enough.
                """;
        assertThat(the(text, "Slugs, without a doubt").speaker()).isEqualTo("Maria Kovacs");
        assertThat(the(text, "Four years at least").speaker()).isEqualTo("Maria Kovacs");
        assertThat(extractor.extract(text).quotes()).noneMatch(q -> q.text().contains("waiting list?"));
    }

    @Test
    void an_organisation_named_through_for_keeps_its_whole_name_and_a_title_of_state_does_not() {
        String text = """
                The Office for Road Safety said on Tuesday that deaths on rural roads had risen for a third year.

                A spokesperson for the office said the figures would be published in full next month. The office said speed was a factor in two thirds of the deaths.

                Secretary of State for Transport Ruth Adeyemi said the government would review limits on single-track roads.
                """;
        assertThat(the(text, "deaths on rural roads").speaker()).isEqualTo("Office for Road Safety");
        assertThat(the(text, "speed was a factor").speaker()).isEqualTo("Office for Road Safety");
        assertThat(the(text, "the government would review").speaker()).isEqualTo("Ruth Adeyemi");
    }

    @Test
    void a_title_before_a_name_that_is_itself_a_word_for_a_person_still_names_the_holder() {
        String text = """
                Councillor Amir Sheikh opened the new library on Tuesday.

                "It is a place for everyone," he said.
                """;
        assertThat(the(text, "It is a place").speaker()).isEqualTo("Amir Sheikh");
    }

    @Test
    void an_organisation_named_with_and_between_two_common_nouns_is_one_speaker() {
        String text = """
                The blaze destroyed a warehouse in Rotherham overnight.

                "Crews worked through the night to contain it," South Yorkshire Fire and Rescue said in a statement.
                """;
        ExtractedQuote q = the(text, "Crews worked");
        assertThat(q.speaker()).isEqualTo("South Yorkshire Fire and Rescue");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals(q.speaker()))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void post_nominal_letters_are_no_part_of_the_name_and_an_office_among_them_is_the_role() {
        String text = """
                The committee met on Monday to discuss the budget.

                "She was never consulted," said Peter Blane MP.

                "The figures speak for themselves," said Ruth Adeyemi OBE.
                """;
        assertThat(the(text, "She was never").speaker()).isEqualTo("Peter Blane");
        assertThat(the(text, "The figures").speaker()).isEqualTo("Ruth Adeyemi");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Peter Blane"))
                .singleElement().satisfies(s -> assertThat(s.role()).isEqualTo("MP"));
    }

    @Test
    void the_agency_is_the_public_body_named_before_even_when_its_name_ends_in_another_word_for_one() {
        String text = """
                The National Crime Service said on Monday it had arrested four men at a farm near Dover.

                "This was a long and careful investigation," the agency said.
                """;
        assertThat(the(text, "This was a long").speaker()).isEqualTo("National Crime Service");
    }

    @Test
    void the_abbreviation_cr_is_a_councillors_title_not_part_of_the_name() {
        String text = """
                Mayor Helen Voss and deputy mayor Rob Tierney clashed over the seawall plan on Wednesday.

                "We cannot keep patching it," Cr Voss said.
                """;
        assertThat(the(text, "We cannot keep").speaker()).isEqualTo("Helen Voss");
    }

    @Test
    void an_offices_initials_or_two_words_for_a_person_before_a_full_name_are_its_title_not_its_name() {
        String text = """
                Prosecutors dropped the case against the port's former director on Thursday.

                "The evidence did not meet the threshold," DPP Nurul Huda said.

                Officers had spent two years on the inquiry.

                "We respect the decision," Chief Constable Ann Marsh said.
                """;
        assertThat(the(text, "The evidence did not").speaker()).isEqualTo("Nurul Huda");
        assertThat(the(text, "We respect").speaker()).isEqualTo("Ann Marsh");
    }

    @Test
    void the_club_after_a_team_named_by_place_and_plural_nickname_is_that_team() {
        String text = """
                Kelso Harriers 2 Morwick Town 0

                Dan Orr scored twice as Kelso Harriers beat Morwick Town at Riverside Park on Saturday.

                Harriers manager Paul Rennie said his side had "earned every point". He added: "We defended well."

                The club said in a statement on Sunday that defender Joe Mair had broken his wrist and would miss a month.
                """;
        assertThat(the(text, "defender Joe Mair").speaker()).isEqualTo("Kelso Harriers");
        assertThat(the(text, "his side had").speaker()).isEqualTo("Paul Rennie");
    }

    @Test
    void a_function_in_a_description_fits_someone_whose_stated_role_is_a_relation() {
        String text = """
                Village pub wins award

                Tom Hale, who owns the Anchor with his partner Jess Moran, heard the news on Monday. "I never expected it," he said.

                Moran said bookings had doubled. "We nearly sold up last year," the 44-year-old owner of the pub said.
                """;
        assertThat(the(text, "We nearly sold up").speaker()).isEqualTo("Jess Moran");
    }

    @Test
    void a_possessive_description_set_beside_a_name_once_means_that_person_again_and_gives_no_sex() {
        String text = """
                Painter Arthur Venn dies at 88

                Arthur Venn, the landscape painter, has died aged 88. His daughter, Clara Venn, said he died at home on Friday.

                The gallery that shows his work said it would close for a day in his memory.

                His daughter said the family were grateful for the messages. "He would have hated the fuss," she said.
                """;
        assertThat(the(text, "the family were grateful").speaker()).isEqualTo("Clara Venn");
        assertThat(the(text, "He would have hated").speaker()).isEqualTo("Clara Venn");
    }

    @Test
    void a_person_only_named_as_an_object_is_not_whom_a_later_pronoun_means() {
        String text = """
                Actor Owen Pryce dies at 90

                Owen Pryce joined the Old Vic in 1960. At 75 he played King Lear at the Lyric.

                The critic Ann Doyle said the performance was "fearless".

                In an interview in 2010, he said he had never wanted to be famous. "I wanted work," he said.
                """;
        assertThat(the(text, "he had never wanted").speaker()).isEqualTo("Owen Pryce");
    }

    @Test
    void plain_police_and_the_force_are_the_police_force_the_article_named() {
        String text = """
                Man hurt in street attack

                Avon Vale Police said officers found a man with head injuries on Mill Lane at 10pm. Two men ran off, according to police.

                Detective Sergeant Ian Lowe said the attack was targeted. "Someone saw this," he said.

                A 20-year-old man has been arrested and remains in custody, the force said.
                """;
        assertThat(the(text, "Two men ran off").speaker()).isEqualTo("Avon Vale Police");
        assertThat(the(text, "A 20-year-old man").speaker()).isEqualTo("Avon Vale Police");
    }

    @Test
    void the_answers_of_a_q_and_a_are_the_interviewees_not_a_place_named_before_the_block() {
        String text = """
                A coach on losing

                Nina Hart became England's youngest woman grandmaster in 2011. She now runs chess clubs in 20 schools in the East Midlands. She talked to us about losing.

                Q: Do you still compete?
                A: Rarely. I play the children and I lose, and that's the point.

                Q: Why schools?
                A: Because children decide early what they are bad at.
                """;
        assertThat(the(text, "Rarely.").speaker()).isEqualTo("Nina Hart");
        assertThat(the(text, "Because children").speaker()).isEqualTo("Nina Hart");
    }

    @Test
    void the_and_a_noun_that_names_no_person_is_the_organisation_whose_name_holds_it() {
        String text = """
                Parking fees to rise

                Parking charges in Bexmoor town centre will rise by 40p an hour from April.

                A statement from Bexmoor Chamber of Trade said its members were "dismayed" by the vote. The chamber said it would ask for free parking in December.

                Council leader Ann Ross said the charges would be reviewed.
                """;
        assertThat(the(text, "it would ask for free parking").speaker()).isEqualTo("Bexmoor Chamber of Trade");
    }

    @Test
    void a_pronoun_inside_a_sentence_opened_by_a_described_person_leaves_that_person_for_the_next_she() {
        String text = """
                Measles cases rise

                Dr Ann Lyle, the director of public health, said clinics would open on Saturday. She said it was never too late.

                A mother of two, who asked not to be named, said that she had been worried by things she had read online.

                She said a nurse had answered all her questions.
                """;
        assertThat(the(text, "a nurse had answered").speaker()).contains("mother of two");
    }

    @Test
    void a_noun_the_article_gave_a_business_as_its_title_or_beside_its_name_means_that_business_later() {
        String miner = """
                Gold miner Redstone Resources will close its Kalgoorlie pit in March, cutting 300 jobs.

                The miner said falling grades had made the pit uneconomic.

                "It is a sad day for the town," said shire president Joan Pike.
                """;
        assertThat(the(miner, "falling grades").speaker()).isEqualTo("Redstone Resources");
        assertThat(extractor.extract(miner).speakers()).filteredOn(s -> s.name().equals("Redstone Resources"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
        // "Penny" is a given name, but a discounter is never a person
        String discounter = """
                Penny Lane Stores, the discounter, cut its forecast on Tuesday.

                Analyst Marcus Webb of Holt Securities said the warning was "not a surprise".

                "Trading over the summer was tougher than we expected," the discounter said in a statement.
                """;
        assertThat(the(discounter, "Trading over the summer").speaker()).isEqualTo("Penny Lane Stores");
        // a name before "the spokesman said" is no apposition
        String spokesman = """
                Trade envoy Rhea Sandoval met officials of Northgate Mining on Monday.

                The talks were held in Calder, the spokesman said.
                """;
        assertThat(the(spokesman, "The talks were held").speaker()).isNotEqualTo("Calder");
    }

    @Test
    void the_description_means_the_person_just_named_with_that_role_rather_than_the_one_who_spoke_last() {
        String text = """
                Rovers beat City 2-0 on Saturday with two goals from striker Tom Lee.

                Coach Dean Hart said the team had deserved it. "We were brilliant," the striker said.
                """;
        assertThat(the(text, "the team had deserved").speaker()).isEqualTo("Dean Hart");
        assertThat(the(text, "We were brilliant").speaker()).isEqualTo("Tom Lee");
    }

    @Test
    void a_chamber_whose_name_joins_two_nouns_with_and_is_one_organisation_and_the_chamber_later() {
        String text = """
                The Kenya National Chamber of Commerce and Industry (KNCCI) said the levy would hurt traders.

                The chamber said it would go to court.
                """;
        assertThat(the(text, "the levy would hurt").speaker()).isEqualTo("Kenya National Chamber of Commerce and Industry");
        assertThat(the(text, "it would go to court").speaker()).isEqualTo("Kenya National Chamber of Commerce and Industry");
        assertThat(extractor.extract(text).speakers()).noneMatch(s -> s.name().equals("Industry"));
    }

    @Test
    void her_honour_or_her_worship_is_the_judge_or_magistrate_named_before_not_a_person_called_honour() {
        String court = """
                Judge Helen Marsh jailed Carl Dobbs for six years at Bristol Crown Court.

                Prosecutor Ian Reeve said Dobbs had taken 40,000 pounds.

                "You preyed on the elderly," her Honour said.
                """;
        assertThat(the(court, "You preyed").speaker()).isEqualTo("Helen Marsh");
        String magistrate = """
                Magistrate Ruth Oduya adjourned the case to March 3.

                "The accused shall remain in custody," Her Worship ruled.
                """;
        assertThat(the(magistrate, "The accused shall").speaker()).isEqualTo("Ruth Oduya");
    }

    @Test
    void a_deputy_or_spokesman_introduced_by_his_or_her_works_where_the_person_named_before_works() {
        String text = """
                "The census will be held in May," said Dora Kovac, Morvania's minister of planning.

                Her deputy, Ivo Haller, said the forms had been printed. "The count will go ahead," Haller said.

                "Nothing is decided," said Karin Holt, Morvania's minister of the economy.

                Her state secretary, Leif Dahl, said the ministry had no money for it.

                His daughter, Mia Haller, said the family was proud.
                """;
        var speakers = extractor.extract(text).speakers();
        assertThat(speakers).filteredOn(s -> s.name().equals("Ivo Haller")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Morvania"));
        assertThat(speakers).filteredOn(s -> s.name().equals("Leif Dahl")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Morvania"));
        // family is no one's staff
        assertThat(speakers).filteredOn(s -> s.name().equals("Mia Haller")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isNull());
    }

    @Test
    void a_role_before_the_name_keeps_the_possessor_as_its_affiliation() {
        String text = """
                Morvania's minister of planning, Dora Kovac, said the census would be held in May.
                """;
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Dora Kovac")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Morvania"));
    }

    @Test
    void a_state_secretary_set_off_by_commas_before_said_is_the_subject_not_a_speech_verb() {
        String text = """
                The state secretary, Leif Dahl, said the ministry would not support the bill.
                """;
        assertThat(the(text, "the ministry would not support the bill").speaker()).isEqualTo("Leif Dahl");
    }

    @Test
    void an_appositive_after_the_name_gives_the_affiliation_with_at_a_hyphenated_role_or_a_relative_clause_after_it() {
        assertThat(speaker("\"There is a bed for every prisoner,\" said Elio Vanni, director-general of the Quarnian Prison Service."))
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo("director-general");
                    assertThat(s.affiliation()).isEqualTo("Quarnian Prison Service");
                });
        assertThat(speaker("\"It is decided,\" said Jiri Patek, state secretary at the education ministry.").affiliation())
                .isEqualTo("education ministry");
        assertThat(speaker("\"It will start,\" said Sigrid Haug, a senior official at the Harnland Forestry Agency.").affiliation())
                .isEqualTo("Harnland Forestry Agency");
        assertThat(speaker("\"It was a failure,\" said Hana Vesely, the interior ministry official who led it."))
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo("official");
                    assertThat(s.affiliation()).isEqualTo("interior ministry");
                });
    }

    private ExtractedSpeaker speaker(String text) {
        return extractor.extract(text).speakers().getFirst();
    }

    @Test
    void a_field_of_work_after_the_role_stays_in_the_role_and_the_body_after_it_is_the_affiliation() {
        // "head of equipment at the Tamsford Police": the field is part of the post; the force is where it is held
        assertThat(speaker("\"Half will have cameras,\" said Inspector Gareth Lowe, head of equipment at the Tamsford Police.")
                .affiliation()).isEqualTo("Tamsford Police");
        assertThat(speaker("\"We sold more,\" said Ana Ruiz, director of corporate communications for Norvik Telecom.").affiliation())
                .isEqualTo("Norvik Telecom");
        assertThat(speaker("\"It is too early,\" said Tom Weir, professor of economics at the University of Ostend.").affiliation())
                .isEqualTo("University of Ostend");
        // a lower-case body after the field: "the ministry of health"
        assertThat(speaker("\"It is growing,\" said Nadia Forde, head of statistics at the ministry of health.").affiliation())
                .isEqualTo("ministry of health");
        // a minister of a field serves in its ministry; another post's field is part of the post
        assertThat(speaker("\"It is decided,\" said Karin Holt, the minister of health.").affiliation()).isEqualTo("ministry of health");
        assertThat(speaker("\"We sold more,\" said Ana Ruiz, director of communications.")).satisfies(s -> {
            assertThat(s.affiliation()).isNull();
            assertThat(s.role()).isEqualTo("director of communications");
        });
    }

    @Test
    void a_ledes_post_is_the_person_named_with_that_post_further_on() {
        String text = """
                TALLIN HARBOUR, July 1 \u2014 The president of Kalvia's football federation said on Monday that Rosberg FC faced no restrictions.

                \u201cRosberg FC are free to sign new players,\u201d said Milan Koss, president of the Kalvian Football Federation.
                """;
        assertThat(the(text, "Rosberg FC faced no restrictions").speaker()).isEqualTo("Milan Koss");
        // a post of another body is someone else
        String other = """
                The president of Kalvia's football federation said on Monday that Rosberg FC faced no restrictions.

                \u201cWe will appeal,\u201d said Dora Lenz, president of Rosberg FC.
                """;
        assertThat(the(other, "Rosberg FC faced no restrictions").speaker()).isNotEqualTo("Dora Lenz");
    }

    @Test
    void a_headline_alone_makes_no_one_and_a_post_in_a_place_is_not_the_place() {
        // "Prime" and "Health" in a headline are no people the body's descriptions could mean
        String prime = """
                Prime minister's office says wolf decision will wait

                SVEDA, Sept. 25 \u2014 Harnland's prime minister said on Thursday that the government had not yet decided.
                """;
        assertThat(the(prime, "the government had not yet decided").speaker()).isNotEqualTo("Prime");
        // "Dovria's finance minister" is not Dovria, however the headline spoke of it
        String dovria = """
                Finance minister says Dovria cannot afford a higher minimum wage

                LODVAR, May 2 \u2014 Dovria's finance minister said on Monday that the minimum wage would stay where it is.
                """;
        assertThat(the(dovria, "the minimum wage would stay").speaker()).isNotEqualTo("Dovria");
        // a headline's surname stays the person the body names in full
        String vold = """
                Vold says wolf decision will wait

                Prime Minister Kari Vold said on Thursday that the government had not yet decided. Vold said the count came first.
                """;
        assertThat(the(vold, "the count came first").speaker()).isEqualTo("Kari Vold");
    }

    @Test
    void a_bare_capitalised_word_is_no_one_a_post_could_mean() {
        String text = """
                Minister says maternity care will stay in north Brennick

                BRENNICK, May 16 \u2014 The health minister said on Friday that the government expected maternity services to continue at both Brennick hospitals after the merger.

                \u201cWomen will go on giving birth at Northgate Hospital,\u201d said Clara Ambrose, the health minister.
                """;
        assertThat(the(text, "the government expected maternity services").speaker()).isEqualTo("Clara Ambrose");
    }

    @Test
    void a_clause_about_the_speaker_is_no_part_of_the_description_and_a_name_it_gives_is_the_speaker() {
        assertThat(the("A specialist at the city hospital, who spoke on condition of anonymity, told The Star the unit was short of staff.",
                "the unit was short of staff").speaker()).isEqualTo("specialist at the city hospital");
        assertThat(the("The clerk, who asked that we only use his first name, Harjit, told KFCV he had worked at the store for six years.",
                "he had worked at the store").speaker()).isEqualTo("Harjit");
        String text = """
                "I heard the pillars crack," the woman, who gave her name as Mrs Bukola Adeniran, said.

                She said she had reported the cracks to the agent.
                """;
        assertThat(the(text, "I heard the pillars crack").speaker()).isEqualTo("Bukola Adeniran");
        assertThat(the(text, "she had reported the cracks").speaker()).isEqualTo("Bukola Adeniran");
    }

    @Test
    void a_post_apposed_before_the_name_gives_role_and_body_with_a_modifier_a_capital_a_or_a_second_post() {
        assertThat(extractor.extract("The Alpine Ski Federation met on Monday. The federation's sporting director, Lina Haas, backed the move. \"It is right,\" Haas said.")
                .speakers()).filteredOn(s -> s.name().equals("Lina Haas")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Alpine Ski Federation"));
        assertThat(extractor.extract("Pagewell closed shops. A Pagewell spokeswoman, Nadia Frost, said later that the figures were old.")
                .speakers()).filteredOn(s -> s.name().equals("Nadia Frost")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Pagewell"));
        assertThat(speaker("\"We will race,\" said Jonas Kerber, chairman of the Skiers' Association and a former downhill champion.")
                .affiliation()).isEqualTo("Skiers' Association");
    }

    @Test
    void a_place_that_owns_a_post_before_the_name_is_not_who_speaks() {
        assertThat(the("\"We will not sign,\" said Ardovia's culture minister Irena Valko.", "We will not sign").speaker())
                .isEqualTo("Irena Valko");
        // and the place is where she holds it
        assertThat(extractor.extract("Ardovia's culture minister Irena Valko said the law was ready.").speakers())
                .filteredOn(s -> s.name().equals("Irena Valko")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Ardovia"));
        // a possessor with no post after it still speaks for itself
        assertThat(the("\"We will not sign,\" said Ardovia's government.", "We will not sign").speaker()).isNotEqualTo("Irena Valko");
    }

    @Test
    void said_one_of_them_who_gave_a_name_is_that_name() {
        String text = "Customers were loyal.\n\n\"We come every week,\" said another, a driver who gave his name as Imran Ali.";
        assertThat(the(text, "We come every week").speaker()).isEqualTo("Imran Ali");
    }

    @Test
    void the_club_is_the_club_named_with_fc() {
        String text = "Forward Andre Campbell has signed a new contract with Harbour View FC.\n\nThe club said the fee was a record.";
        assertThat(the(text, "the fee was a record").speaker()).isEqualTo("Harbour View FC");
    }

    @Test
    void according_to_a_post_and_its_apposed_name_the_name_is_the_source_and_not_part_of_what_was_said() {
        ExtractedQuote q = the("According to the club's general manager, Paula Reid, the deal runs to 2028.", "");
        assertThat(q.speaker()).isEqualTo("Paula Reid");
        assertThat(q.text()).isEqualTo("the deal runs to 2028");
    }

    @Test
    void according_to_after_a_quote_with_its_speaker_names_the_record_read_not_a_second_speaker() {
        String text = "“We will have to let around 80 bakers go by the spring,” said Tessa Brand, head of operations at "
                + "Brannock, according to a transcript of the call seen by the Ulverby Echo. She said the plant was too old.";
        ExtractedQuote q = the(text, "We will have to");
        assertThat(q.speaker()).isEqualTo("Tessa Brand");
        assertThat(q.text()).isEqualTo("We will have to let around 80 bakers go by the spring");
        assertThat(the(text, "the plant was").speaker()).isEqualTo("Tessa Brand");
    }

    @Test
    void a_field_before_minister_is_part_of_the_post_and_names_a_ministry_and_another_field_is_another_minister() {
        String text = "Nova Scotia's fisheries minister said on Monday that the quota would rise.\n\n"
                + "“We will raise it by a tenth,” Fisheries Minister Paul Gaudet told reporters.\n\n"
                + "The environment minister, Ann Pryor, declined to comment.";
        assertThat(the(text, "the quota would rise").speaker()).isEqualTo("Paul Gaudet");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Paul Gaudet"))
                .singleElement().satisfies(s -> {
                    assertThat(s.role()).isEqualTo("Fisheries Minister");
                    assertThat(s.affiliation()).isEqualTo("ministry of fisheries");
                });
        // a place before the post is where it is held
        assertThat(extractor.extract("“Taxes fall,” Ontario Finance Minister Eva Stahl said.").speakers())
                .singleElement().satisfies(s -> assertThat(s.affiliation()).isEqualTo("Ontario"));
    }

    @Test
    void the_subject_of_a_speech_verb_leaves_out_an_adverb_a_relative_pronoun_and_a_span_of_time_before_it() {
        assertThat(the("Several ministries have since said they would move money between programmes.", "they would")
                .speaker()).isEqualTo("ministries");
        assertThat(the("In Lisbon a taxi must be booked an hour ahead, which the platforms say makes the service useless.",
                "makes the service").speaker()).isEqualTo("platforms");
        assertThat(the("Talks had not ended, four days after the two companies announced that a merger would go ahead.",
                "a merger would").speaker()).isEqualTo("two companies");
    }

    @Test
    void a_report_ending_in_told_and_whom_it_was_told_to_is_the_tellers() {
        assertThat(the("Prices at the pump will rise, the minister told reporters.", "Prices at the pump").speaker())
                .isEqualTo("minister");
        assertThat(the("Brisk Air will stop flying from Tarn next spring, the airline's head of network planning told "
                + "travel agents on Wednesday, despite a promise by its chief executive that the base would stay.",
                "Brisk Air will stop").speaker()).isEqualTo("airline's head of network planning");
        // "told KFCV he had worked ...": whom it was told to, then what was said
        assertThat(the("The clerk, Harjit, told KFCV he had worked at the store for six years.", "he had worked")
                .speaker()).isEqualTo("Harjit");
    }

    @Test
    void a_title_does_not_describe_a_name_with_no_post_no_given_name_and_no_words_yet() {
        String text = "Brisk Air will stop flying from Tarn airport next spring.\n\n"
                + "Firms that win the new licences will have to cover every village, the minister of digital affairs said.";
        assertThat(the(text, "Firms that win").speaker()).isNotEqualTo("Brisk Air").contains("minister");
    }

    @Test
    void what_the_speaker_did_after_the_report_is_no_report_of_its_own() {
        String text = "Firms must cover every village, the minister said on Monday, publishing the conditions that "
                + "will be attached to the licences.";
        assertThat(the(text, "Firms must cover").speaker()).isEqualTo("minister");
        assertThat(extractor.extract(text).quotes()).noneMatch(q -> q.text().startsWith("will be attached"));
    }

    @Test
    void a_short_month_before_a_surname_is_a_given_name_and_repeated_that_reports() {
        assertThat(the("A member of the board, Jan Holub, said the timetable had been shared.", "the timetable")
                .speaker()).isEqualTo("Jan Holub");
        assertThat(the("Brannock Foods on Friday repeated that only a small part of its output had been affected.",
                "only a small part").speaker()).isEqualTo("Brannock Foods");
    }

    @Test
    void a_description_between_a_quotation_and_the_name_after_it_is_not_said() {
        ExtractedQuote q = the("“He ran back inside twice,” a neighbour, Ruth Kahle said.", "He ran back");
        assertThat(q.speaker()).isEqualTo("Ruth Kahle");
        assertThat(q.text()).isEqualTo("He ran back inside twice");
    }

    @Test
    void a_post_opening_the_clause_speaks_not_the_place_that_ends_its_description() {
        assertThat(the("The head of the water board in Kessby said prices would rise.", "prices would rise").speaker())
                .isNotEqualTo("Kessby").contains("head of the water board");
        assertThat(the("The councillor in charge of housing in Port Averil said that owners could keep renting.",
                "owners could keep renting").speaker()).isNotEqualTo("Port Averil");
    }

    @Test
    void the_mayor_is_not_the_deputy_mayor_but_a_deputy_spokesman_is_the_spokesman() {
        String text = "Mayor Ana Ruiz announced the rules in March.\n\nDeputy Mayor Tomas Lind said on Friday that the "
                + "rules would be delayed. \"We need more time,\" Lind said.\n\nThe mayor said the rules would come in on time.";
        assertThat(the(text, "the rules would come in").speaker()).isEqualTo("Ana Ruiz");
        assertThat(the(text, "We need more time").speaker()).isEqualTo("Tomas Lind");
        String spokesman = "Deputy spokesman Omar Zaki spoke in Cairo on Monday.\n\nThe spokesman said the talks would go on.";
        assertThat(the(spokesman, "the talks would go on").speaker()).isEqualTo("Omar Zaki");
    }

    @Test
    void a_description_that_owns_a_post_before_the_name_is_not_who_speaks() {
        assertThat(the("The port company's board met on Monday.\n\n\"We have a buyer,\" said the group's chief executive "
                + "Anna Berg.", "We have a buyer").speaker()).isEqualTo("Anna Berg");
        // with no name after the post the description still speaks
        assertThat(the("The port company's board met on Monday.\n\n\"We have a buyer,\" said the group.",
                "We have a buyer").speaker()).isNotEqualTo("Anna Berg");
    }

    @Test
    void a_titled_persons_place_after_of_is_where_the_post_is_held() {
        assertThat(speaker("\"It will cost more,\" said Mayor Claire Dunmore of Orrington.").affiliation()).isEqualTo("Orrington");
        assertThat(speaker("\"It is decided,\" said Foreign Minister Sigrid Holm of Valmark.").affiliation()).isEqualTo("Valmark");
        // someone with no post is only from there
        assertThat(speaker("\"It will cost more,\" said Claire Dunmore of Orrington.").affiliation()).isNull();
    }

    @Test
    void its_president_or_the_groups_president_speaks_for_the_organisation_named_before_even_with_a_rank_before_the_name() {
        String judges = """
                The Quarnian Judges' Association said it welcomed her words. "Judges apply the laws," said its president, Judge Sara Conte.
                """;
        assertThat(the(judges, "Judges apply the laws").speaker()).isEqualTo("Sara Conte");
        assertThat(extractor.extract(judges).speakers()).filteredOn(s -> s.name().equals("Sara Conte")).singleElement()
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo("president");
                    assertThat(s.affiliation()).isEqualTo("Quarnian Judges' Association");
                });
        String victims = """
                Victims' Voice said any release would be a betrayal. "People who beat others belong behind bars," said Marta Feld, the group's president.
                """;
        var speakers = extractor.extract(victims).speakers();
        assertThat(speakers).filteredOn(s -> s.name().equals("Victims' Voice")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
        assertThat(speakers).filteredOn(s -> s.name().equals("Marta Feld")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("Victims' Voice"));
    }

    @Test
    void a_document_the_subject_spoke_through_between_subject_and_verb_is_skipped_and_the_document_later_is_its_author() {
        assertThat(the("The Ministry of Energy in a statement said the government was aware of the hardship.\n",
                "the government was aware").speaker()).isEqualTo("Ministry of Energy");
        String communique = """
                The Association of Resident Doctors (ARD), in a communique signed by its President, Dr Chinedu Okafor, and Secretary, Dr Halima Yusuf, said members would withdraw all services.

                The communique said the doctors had exhausted every avenue of dialogue.
                """;
        assertThat(the(communique, "members would withdraw").speaker()).isEqualTo("Association of Resident Doctors");
        assertThat(the(communique, "the doctors had exhausted").speaker()).isEqualTo("Association of Resident Doctors");
    }

    @Test
    void the_name_beside_an_organisations_post_after_said_speaks_and_a_lower_case_organisation_noun_titles_a_body() {
        String text = """
                Chantelle Rowe was clocked doing 98mph on the M6.

                Road safety charity DriveSafe UK said celebrities had "a real chance to set an example".

                "We hope her fans take her message seriously," said the charity's chief executive, Neil Hartigan.
                """;
        assertThat(the(text, "We hope her fans").speaker()).isEqualTo("Neil Hartigan");
        var speakers = extractor.extract(text).speakers();
        assertThat(speakers).filteredOn(s -> s.name().equals("DriveSafe UK")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
        assertThat(speakers).filteredOn(s -> s.name().equals("Neil Hartigan")).singleElement()
                .satisfies(s -> assertThat(s.affiliation()).isEqualTo("DriveSafe UK"));
    }

    @Test
    void the_speaker_of_a_clause_opened_by_after_or_when_is_its_subject_not_the_whole_sentence_before_the_verb() {
        String text = """
                Mumbai: Shares of Kuberan Securities fell 7% on Tuesday after the discount broker disclosed that a ransomware attack had forced it to shut its app.

                In a filing to the stock exchanges, the company said client funds were safe.
                """;
        // the trade's noun is the business the sentence named ("Securities" names a firm, "Shares" after a place
        // line is no name)
        assertThat(the(text, "a ransomware attack").speaker()).isEqualTo("Kuberan Securities");
        assertThat(the(text, "client funds were safe").speaker()).isEqualTo("Kuberan Securities");
        assertThat(extractor.extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Shares");
        // a role is still a person's, even beside a body named in the sentence
        String minister = """
                Iran will keep working with the International Atomic Energy Agency, the foreign minister said.
                """;
        assertThat(the(minister, "Iran will keep").speaker()).isNotEqualTo("International Atomic Energy Agency");
    }

    @Test
    void an_acronym_in_brackets_after_a_name_is_its_short_form_whatever_its_letters() {
        String text = """
                Fisheries and Oceans Canada (DFO) said in a statement that the traps had been fished illegally. The department said it remained committed to talks.
                """;
        assertThat(the(text, "the traps had been").speaker()).isEqualTo("Fisheries and Oceans Canada");
        assertThat(the(text, "it remained committed").speaker()).isEqualTo("Fisheries and Oceans Canada");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Fisheries and Oceans Canada"))
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
                    assertThat(s.aliases()).contains("DFO");
                });
        // letters after a person's name are no organisation's short form
        String counsel = """
                Counsel to the petitioner, Chief Babatunde Ogunleye (SAN), told journalists that his client would appeal.
                """;
        assertThat(extractor.extract(counsel).speakers()).filteredOn(s -> s.name().contains("Ogunleye")).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON));
    }

    @Test
    void an_acronym_that_spells_a_persons_role_is_that_person() {
        String text = """
                Reacting, the Chief Medical Director of the centre, Professor Adebayo Olatunji, said management had paid two of the eight months.

                "Management is not the enemy here," the CMD said.
                """;
        assertThat(the(text, "Management is not the enemy").speaker()).isEqualTo("Adebayo Olatunji");
    }

    @Test
    void a_body_named_before_of_speaks_rather_than_the_place_after_it_and_a_post_of_a_body_is_a_person() {
        String text = """
                The Association of Resident Doctors (ARD) of the hospital, in a communique signed by its President, Dr Chinedu Okafor, said members would withdraw all services.
                """;
        assertThat(the(text, "members would withdraw").speaker()).isEqualTo("Association of Resident Doctors");
        assertThat(the("The chairman of the board said the plan was dead.\n", "the plan was dead").speaker())
                .isEqualTo("chairman of the board");
    }

    @Test
    void a_post_with_words_before_it_or_held_for_a_body_in_lower_case_gives_role_and_affiliation() {
        assertThat(speaker("\"The service stays,\" said Colin Munro, commercial manager of Westmarch Ferries."))
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo("commercial manager");
                    assertThat(s.affiliation()).isEqualTo("Westmarch Ferries");
                });
        assertThat(speaker("\"We can pay,\" said Peter Lauk, Kallberg's city treasurer.").affiliation()).isEqualTo("Kallberg");
        assertThat(speaker("The government's spokesman, Julio Sanz, said there was no date.").affiliation()).isEqualTo("government");
        assertThat(extractor.extract("The prime minister's spokesman, Jaan Mikk, said the cabinet stood by the energy minister.")
                .speakers()).filteredOn(s -> s.name().equals("Jaan Mikk")).singleElement()
                .satisfies(s -> {
                    assertThat(s.role()).isEqualTo("spokesman");
                    assertThat(s.affiliation()).isEqualTo("prime minister");
                });
        // a number is no body
        assertThat(speaker("\"We will win,\" said Jane Doe, a mother of three.").affiliation()).isNull();
    }

    @Test
    void a_bodys_name_before_the_post_after_a_quote_or_a_day_gives_the_affiliation() {
        for (String text : List.of("\"It was a pause,\" a Westmarch Ferries spokesman, Peter Laing, said when asked.",
                "On Monday a Westmarch Ferries spokesman, Peter Laing, said the service would return.")) {
            assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Peter Laing")).singleElement()
                    .satisfies(s -> {
                        assertThat(s.role()).isEqualTo("spokesman");
                        assertThat(s.affiliation()).isEqualTo("Westmarch Ferries");
                    });
        }
    }

    @Test
    void coun_is_a_title_and_a_company_with_bhd_is_one_body_its_short_name_joins() {
        String council = """
                Coun. Ravi Sandhu, who is challenging him, said council had known for a decade that the plant needed replacing.
                """;
        assertThat(the(council, "council had known").speaker()).isEqualTo("Ravi Sandhu");
        assertThat(extractor.extract(council).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Coun");
        // the abbreviation stands for the post: "the first-term councillor" is Coun. Sandhu
        String later = council + "\n\"You don't get to let the roof leak,\" the first-term councillor said.\n";
        assertThat(the(later, "You don't get to").speaker()).isEqualTo("Ravi Sandhu");
        String insurer = """
                A loss adjuster from Harimau General Insurance Bhd had yet to inspect the car.

                In a statement, Harimau General said it had received more than 2,300 claims.
                """;
        assertThat(the(insurer, "it had received").speaker()).isEqualTo("Harimau General Insurance Bhd");
        assertThat(extractor.extract(insurer).speakers()).filteredOn(s -> s.name().equals("Harimau General Insurance Bhd"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION));
    }

    @Test
    void the_tribunal_is_the_tribunal_named_and_the_company_a_business_whose_name_has_an_ampersand_and_ltd() {
        String text = """
                A linesman was unfairly dismissed, the Employment Rights Tribunal has ruled.

                The tribunal found that Leeward Power & Light Ltd had failed to follow its own procedure.

                In a statement last evening, the utility said it respected the decision. The company said it remained committed to fairness.
                """;
        assertThat(the(text, "Leeward Power").speaker()).isEqualTo("Employment Rights Tribunal");
        assertThat(the(text, "it respected").speaker()).isEqualTo("Leeward Power & Light Ltd");
        assertThat(the(text, "it remained").speaker()).isEqualTo("Leeward Power & Light Ltd");
        // its initials with the ampersand, the legal form left out
        String shortName = text + "\nAsked whether it would appeal, a spokeswoman for LP&L said no decision had been made.\n";
        assertThat(the(shortName, "no decision had been made").speaker()).isNotEqualTo("L");
        assertThat(extractor.extract(shortName).speakers()).filteredOn(s -> s.name().equals("Leeward Power & Light Ltd"))
                .singleElement().satisfies(s -> assertThat(s.aliases()).contains("LP&L"));
    }

    @Test
    void a_branch_of_a_body_at_a_place_speaks_for_the_body_not_the_place() {
        String text = """
                The University and College Union (UCU) branch at Forthvale described the plans as "a managed decline" and said it would ballot members on industrial action.
                """;
        assertThat(the(text, "it would ballot").speaker()).isEqualTo("University and College Union");
    }

    @Test
    void a_short_form_in_brackets_written_in_lower_case_letters_is_the_body_too() {
        String text = """
                The Securities and Exchange Board of India (Sebi) said it was seeking details.

                Sebi said it would decide on further action.
                """;
        assertThat(the(text, "it would decide").speaker()).isEqualTo("Securities and Exchange Board of India");
        assertThat(extractor.extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Sebi");
    }

    @Test
    void the_name_set_beside_a_post_opening_the_clause_speaks_for_a_verb_after_but() {
        String text = """
                Andre Clarke, a linesman, was fired in 2024. "I put in my whole working life at that company," Clarke said.

                General secretary of the Caribbean Energy and Allied Workers Union, Mr Dwight Forde, welcomed the decision but said it should never have taken two years.
                """;
        assertThat(the(text, "it should never have taken").speaker()).isEqualTo("Dwight Forde");
    }

    @Test
    void she_after_an_unnamed_spokeswoman_for_a_body_is_that_body_not_the_woman_named_before() {
        String text = """
                Students' association president Kirsty Mowat said she had been told the cuts would not affect current students.

                A spokeswoman for the university said it was working closely with the council. She added that no compulsory redundancies were planned.
                """;
        assertThat(the(text, "no compulsory redundancies").speaker()).isNotEqualTo("Kirsty Mowat")
                .isEqualTo(the(text, "it was working closely").speaker());
    }

    @Test
    void she_after_an_unnamed_rider_whose_clause_says_she_is_that_rider() {
        String text = """
                Patricia Okafor, 67, takes Route 19 three times a week to dialysis. She told KWLM she doesn't drive.

                Another rider, who asked not to be named because she works for the state, said the route she takes to work would disappear. She said she might have to quit.
                """;
        assertThat(the(text, "she might have to quit").speaker()).isNotEqualTo("Patricia Okafor");
    }

    @Test
    void a_dateline_in_capitals_with_a_bracketed_credit_and_no_dash_names_nobody() {
        String text = """
                Port dues to rise in April

                KESTREL BAY, Feb 4 (NWA) Almost half of the harbour's pilots said they would strike if dues rose.
                """;
        assertThat(the(text, "they would strike").speaker()).isNotNull().doesNotContain("KESTREL");
    }

    @Test
    void a_day_between_the_subject_and_its_speech_verb_is_not_part_of_the_speaker() {
        String text = """
                The Harbour Board on Tuesday said it would raise dues on cargo ships by 8% from April.

                The Transport Ministry yesterday said the rise had not been approved.
                """;
        assertThat(the(text, "it would raise dues").speaker()).isEqualTo("Harbour Board");
        assertThat(the(text, "the rise had not").speaker()).isEqualTo("Transport Ministry");
    }

    @Test
    void a_team_name_before_a_role_and_a_name_only_says_whose_side_the_person_is_on() {
        String text = """
                The Kestrels lost by nine runs at Ashby Park on Sunday.

                Kestrels captain Milo Brandt praised the bowlers, saying the defeat was down to the top order.
                """;
        assertThat(the(text, "the defeat was down").speaker()).isEqualTo("Milo Brandt");
    }

    @Test
    void a_person_of_the_group_named_after_a_common_noun_speaks_not_the_group() {
        String text = """
                Road safety campaigner Ines Vallo of the charity Safer Lanes Trust said the crossing had been dangerous for years.

                Parent Omar Field of the campaign group Walk Our Way said children had stopped walking to school.
                """;
        assertThat(the(text, "the crossing had been").speaker()).isEqualTo("Ines Vallo");
        assertThat(the(text, "children had stopped").speaker()).isEqualTo("Omar Field");
    }

    @Test
    void the_minister_for_a_portfolio_is_a_post_held_by_the_person_named_next_not_a_name() {
        String text = """
                The Minister for Fisheries has ruled out a ban on trawling in the bay, saying it would "finish off" the harbour towns.

                Speaking in the Senate, Orla Brisk said the department's own survey showed stocks had recovered.
                """;
        assertThat(the(text, "it would").speaker()).isEqualTo("Orla Brisk");
    }

    @Test
    void a_product_code_is_no_organisation_the_company_can_mean() {
        String text = """
                Quillon Reports Phase 2 Results for QB-1107 in Severe Eczema

                DENVER, May 3, 2027 -- Quillon Bio Inc., a clinical-stage company, today announced results from its Phase 2 trial of QB-1107 in adults with severe eczema.

                QB-1107 is a once-daily tablet. The trial gave QB-1107 or placebo to 200 patients. Patients on the higher dose saw itching fall by half within four weeks, the company said.
                """;
        assertThat(the(text, "Patients on the higher dose").speaker()).startsWith("Quillon");
    }

    @Test
    void any_past_tense_verb_closing_the_sentence_after_a_quote_and_its_subject_says_who_spoke() {
        String text = """
                Kestrel Rovers lost 2-1 at Harlow on Saturday to a penalty in the last minute.

                Rovers boss Ray Pike was furious with referee Alan Moss.

                "It was never a penalty. Everyone saw it," the Rovers manager fumed.

                Harlow striker Ben Carr scored it. "I just closed my eyes and hit it," he grinned.
                """;
        assertThat(the(text, "It was never a penalty").speaker()).isEqualTo("Ray Pike");
        assertThat(the(text, "I just closed my eyes").speaker()).isEqualTo("Ben Carr");
        assertThat(the(text, "I just closed my eyes").cue()).isEqualTo("grinned");
    }

    @Test
    void a_subject_phrase_that_is_exactly_a_surname_means_the_person_of_that_name() {
        String text = """
                Rovers boss Kenny Walsh watched his side lose at home.

                But Walsh was livid with the referee, insisting the goal should never have stood.
                """;
        assertThat(the(text, "the goal should never").speaker()).isEqualTo("Kenny Walsh");
    }

    @Test
    void a_name_in_capitals_the_article_also_writes_in_ordinary_case_is_a_person_not_an_acronym() {
        String text = """
                SHEENA 'THE ROCKET' MALLORY sprinted clear in the last lap to take gold in Oslo.

                Mallory admitted afterwards she had "no idea" how she found the energy.
                """;
        ExtractionResult r = extractor.extract(text);
        assertThat(r.speakers()).filteredOn(sp -> sp.name().equals("Mallory")).singleElement()
                .satisfies(sp -> assertThat(sp.kind()).isEqualTo(SpeakerKind.PERSON));
    }

    @Test
    void a_word_between_a_rank_and_a_given_name_belongs_to_the_title() {
        String text = """
                Detective Garda Máire Dunne told the court that the van had been stolen in May.
                """;
        assertThat(the(text, "the van had been stolen").speaker()).isEqualTo("Máire Dunne");
    }

    @Test
    void short_forms_of_title_words_before_a_surname_named_before_are_its_title() {
        String text = """
                Detective Sergeant Máire Dunne told the court that the van had been stolen in May.

                Under cross-examination, Det Sgt Dunne accepted that the accused had handed over the keys.

                Chief Superintendent Liam Rourke said the inquiry was closed. Ch Supt Rourke said no one else was sought.
                """;
        assertThat(the(text, "the accused had handed").speaker()).isEqualTo("Máire Dunne");
        assertThat(the(text, "no one else was sought").speaker()).isEqualTo("Liam Rourke");
    }

    @Test
    void a_noun_no_lexicon_knows_after_the_means_the_person_whose_title_holds_it() {
        String text = """
                Detective Garda Máire Brehony told the court that the van had been stolen in May.

                "He handed over the keys as soon as we asked," the garda said.
                """;
        assertThat(the(text, "He handed over the keys").speaker()).isEqualTo("Máire Brehony");
    }

    @Test
    void a_lone_noun_for_a_person_as_court_reports_write_it_means_the_person_just_speaking() {
        String text = """
                Ms Orla Grealish, defending, said her client had not known the van was stolen.

                "He bought it in good faith from a man he trusted," counsel said.
                """;
        assertThat(the(text, "He bought it in good faith").speaker()).isEqualTo("Orla Grealish");
    }

    @Test
    void a_body_and_a_role_that_is_also_a_surname_before_a_given_name_are_the_persons_title() {
        String text = """
                Harwick school board met on Tuesday to discuss the bus contract.

                Board Member Dennis Okafor said he worried about the cost. He asked the county clerk whether the contract could be split.
                """;
        assertThat(the(text, "he worried about the cost").speaker()).isEqualTo("Dennis Okafor");
        assertThat(the(text, "whether the contract").speaker()).isEqualTo("Dennis Okafor");
    }

    @Test
    void the_name_opening_an_absolute_clause_with_with_is_who_she_means_next() {
        String text = """
                Councillor Rhoda Venn proposed the limit on holiday lets.

                Tenant Carla Dune said her flat was being turned into a holiday let. "Where do we go?" she asked.

                The council voted 6-1 to delay the limit, with Venn voting against. She said afterward that the delay helped speculators.
                """;
        assertThat(the(text, "afterward that the delay").speaker()).isEqualTo("Rhoda Venn");
    }

    @Test
    void a_surname_that_is_a_plural_noun_after_a_role_for_one_person_is_a_persons_name_not_a_teams() {
        String text = """
                Rovers manager Callum Cairns admitted his side had been poor in the defeat.

                "I have watched it back twice and I will not watch it again," he said.
                """;
        assertThat(the(text, "I have watched it back").speaker()).isEqualTo("Callum Cairns");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Callum Cairns"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON));
    }

    @Test
    void the_pronoun_of_a_reply_means_the_person_who_was_asked_not_the_one_asking() {
        String text = """
                Harwick school board heard public comment on the bus contract on Monday.

                Superintendent Dr. Mary Okoro told the board the contract would run for five years.

                Trustee Paul Lind said parents had written to him about late buses.

                Board member Frank Delgado asked the superintendent how much the new buses would cost. She replied that the district had set aside $2 million.
                """;
        assertThat(the(text, "the district had set aside").speaker()).isEqualTo("Mary Okoro");
    }

    @Test
    void the_definite_noun_after_an_unnamed_speaker_introduced_with_it_is_that_speaker_not_the_next_name() {
        String text = """
                The board and senior players remained deadlocked on Friday over the new contracts.

                A board spokesman said the deadline of June 30 would not be extended.

                "The board has been more than fair," the spokesman said.

                However, a senior player told Cricinfo that the dispute was about a new clause.
                """;
        assertThat(the(text, "The board has been more than fair").speaker()).isEqualTo("board spokesman");
    }

    @Test
    void a_pronoun_right_after_an_unnamed_speaker_of_either_sex_means_that_speaker_not_the_paper_told() {
        String text = """
                A board spokesman said the deadline of June 30 would not be extended.

                However, a senior player, requesting anonymity, told Dawn that the dispute was about a new clause.

                "They want us to ask permission for every league," he said.
                """;
        assertThat(the(text, "They want us to ask").speaker()).isEqualTo("senior player");
    }

    @Test
    void an_organisation_noun_before_a_title_run_ending_in_a_persons_role_leaves_the_name_a_persons() {
        String text = """
                The council heard submissions on the dog park on Monday.

                Council community facilities manager Bryce Halloran told the panel that most submitters supported it. He said the project would be funded from reserves.
                """;
        assertThat(the(text, "the project would be funded").speaker()).isEqualTo("Bryce Halloran");
        assertThat(extractor.extract(text).speakers()).filteredOn(s -> s.name().equals("Bryce Halloran"))
                .singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(SpeakerKind.PERSON));
    }

    @Test
    void a_spokesperson_for_a_body_named_by_its_kind_is_not_someone_named_later_as_another_bodys_spokesperson() {
        String text = """
                Ferry crews will strike for 24 hours from Thursday after talks collapsed.

                Harbour Ferries Ltd said it regretted the decision. A company spokesperson said contingency plans were being drawn up.

                Opposition spokesperson Rebecca Vella said the government had left the dispute to rot.
                """;
        assertThat(the(text, "contingency plans").speaker()).isNotEqualTo("Rebecca Vella");
        assertThat(the(text, "the government had left").speaker()).isEqualTo("Rebecca Vella");
    }

    @Test
    void a_trade_noun_in_the_sentence_after_a_business_is_named_means_that_business() {
        String text = """
                Rivermead Bank will cut 300 jobs and close 40 branches, it emerged on Monday.

                "We have to adapt to how customers bank today," the mid-sized lender said in a statement.
                """;
        assertThat(the(text, "We have to adapt").speaker()).isEqualTo("Rivermead Bank");
    }

    @Test
    void a_titled_name_set_beside_a_place_in_a_role_run_is_the_person_not_a_description_of_the_place() {
        String text = """
                Market prices climb

                In Enugu, a stallholder at Ogbete Main Market, Mrs Adaeze Nwosu, said the price of onions had doubled since June.

                "We cannot keep absorbing it," she said.
                """;
        assertThat(the(text, "the price of onions").speaker()).isEqualTo("Adaeze Nwosu");
        assertThat(the(text, "We cannot keep").speaker()).isEqualTo("Adaeze Nwosu");
    }

    @Test
    void a_name_inside_a_relative_clause_after_a_lower_case_role_is_not_the_subject() {
        String text = """
                Bail plea heard in Nyeri

                But defence counsel Mr Paul Kamande, who is acting for Mr Gitau and former procurement officer Ms Rose Njeri, said his clients had never missed a court date.
                """;
        assertThat(the(text, "his clients had never").speaker()).isEqualTo("Paul Kamande");
    }

    @Test
    void the_former_holder_of_a_post_is_not_the_person_holding_it_now() {
        String text = """
                Premier and rival tour the north

                State Premier Janet Okoro on Sunday promised new roads for every district.

                Opposition leader Tom Haldane, who spoke at two rallies in Wexmoor, said the party would halve bus fares.

                "She talks about roads. Ask the young how many found work," the former premier said at Dunmere.
                """;
        assertThat(the(text, "She talks about roads").speaker()).isEqualTo("Tom Haldane");
    }

    @Test
    void a_club_named_by_its_league_means_the_side_named_before_though_the_name_also_modifies_a_players_post() {
        String text = """
                Takeover agreed at Millbrook

                Millbrook Athletic have agreed a deal in principle to be sold to a consortium led by investor Dale Hunter, the League Two club confirmed on Friday.

                Manager Sam Ure said the squad had been told on Thursday. "All we can do is win on Saturday," said the former Millbrook midfielder.
                """;
        assertThat(the(text, "Millbrook Athletic have agreed").speaker()).isEqualTo("Millbrook Athletic");
    }

    @Test
    void an_unnamed_spokesperson_of_a_body_given_by_its_initials_is_called_by_its_full_name() {
        String text = """
                Stadium plan delayed

                The move still needs the approval of the Northern Rugby Union before the season starts.

                An NRU spokesperson said the union did not comment on individual applications.
                """;
        assertThat(the(text, "the union did not comment").speaker()).isEqualTo("Northern Rugby Union spokesperson");
    }

    @Test
    void a_bare_spokesman_right_after_a_body_spoke_speaks_for_that_body() {
        String text = """
                Broadband bills to rise

                Customers of Lumen Wireless will pay up to £5 a month more from April.

                Lumen Wireless said its costs had risen sharply over the past year.

                A spokesman said: “No one wants to see their bills go up, and we did not take this decision lightly.”
                """;
        assertThat(the(text, "No one wants to see").speaker()).isEqualTo("spokesman for Lumen Wireless");
    }

    @Test
    void a_group_led_by_a_person_from_a_body_speaks_through_that_person_not_the_body() {
        String text = """
                Tender trial opens

                The prosecution, led by Mr Peter Otieno from the Office of the Director of Public Prosecutions (ODPP), told the court that the money was paid in full.
                """;
        assertThat(the(text, "the money was paid").speaker()).isEqualTo("Peter Otieno");
    }

    @Test
    void a_word_no_lexicon_knows_after_a_complete_office_opens_the_name_not_the_title() {
        String text = """
                Verma promises jobs at Nellore rally

                NELLORE: State Minister Rakesh Chandra Verma on Sunday promised that the state would fill one lakh posts if his party was voted back.

                Verma, who heads the Praja Seva Party (PSP), also took a swipe at TDF leader Suresh Naidu, saying the opposition only "remembers Nellore when elections come".

                "Naidu comes here by helicopter once in five years. We are here every day," he said.
                """;
        assertThat(the(text, "Naidu comes here").speaker()).isEqualTo("Rakesh Chandra Verma");
    }

    @Test
    void a_summary_prepared_by_the_citys_department_is_that_departments_of_the_city_named() {
        String text = """
                Ashford council passes budget

                The Ashford City Council approved a $90 million budget late Tuesday.

                The plan adds six paramedic posts, according to a summary prepared by the city's finance department.
                """;
        assertThat(the(text, "The plan adds six").speaker()).isEqualTo("Ashford Finance Department");
    }

    @Test
    void a_name_set_beside_the_post_after_an_organisation_or_a_possessive_speaks_for_a_later_participle() {
        String text = """
                Quarry plan divides Tarnby

                The Tarnby Valley Walkers Association secretary, Canon Hugh Pellinore Dace, wrote to the council last week, saying the quarry would "end the valley as anyone knows it".

                Ostrova's solicitor, Imelda Franks, had asked for the hearing to be adjourned, telling the panel her client had never received the notice.
                """;
        assertThat(the(text, "the quarry would").speaker()).isEqualTo("Hugh Pellinore Dace");
        assertThat(the(text, "her client had never").speaker()).isEqualTo("Imelda Franks");
    }

    @Test
    void a_description_whose_noun_only_wordnet_knows_opens_the_clause_of_a_coordinated_speech_verb() {
        String text = """
                Harriers edge Oldmoor

                Harriers coach Dafydd Penhallow said his side had ridden their luck.

                The former Ireland winger praised the bench, which changed the game, and said the young prop had been "outstanding in the loose".
                """;
        assertThat(the(text, "the young prop").speaker()).isEqualTo("Dafydd Penhallow");
    }

    @Test
    void a_name_before_a_lower_case_role_and_a_persons_name_only_qualifies_the_role() {
        String text = """
                Soap actor fined for speeding

                Sunset Villa hunk Rory Quill was fined on Monday after being caught at 97mph near Kendal.

                The 34-year-old told magistrates he had been late for a rehearsal.
                """;
        assertThat(the(text, "he had been late").speaker()).isEqualTo("Rory Quill");
    }

    @Test
    void a_sentence_adverb_set_off_by_commas_before_the_verb_does_not_hide_the_subject() {
        String text = """
                Cup tie ends level

                Rovers coach Tom Bellamy blamed the pitch for the draw.

                Stanley of Eastby coach Mark Delahaye, however, said he was satisfied with a point.
                """;
        assertThat(the(text, "he was satisfied").speaker()).isEqualTo("Mark Delahaye");
    }

    @Test
    void a_named_body_in_a_place_speaks_not_the_place() {
        String text = """
                Board holds line on fares

                The Regional Transport Board (RTB) in Eastern Province said the new fares would stand until March.
                """;
        assertThat(the(text, "the new fares").speaker()).isEqualTo("Regional Transport Board");
    }

    @Test
    void a_doctors_title_is_a_form_of_address_not_a_post_that_rules_out_another_description() {
        String text = """
                Reef bleaching spreads

                According to Dr Ines Calloway, who leads the Coral Watch Trust, two thirds of the northern reef is bleached.

                "We are watching it die in slow motion," the marine scientist told the Herald.
                """;
        assertThat(the(text, "We are watching").speaker()).isEqualTo("Ines Calloway");
    }

    @Test
    void according_to_him_means_the_person_he_would() {
        String text = """
                Pitch to be relaid

                The authority's regional director, Mr Kofi Mensah-Bonsu, told reporters on Monday that work would begin next week.

                According to him, new grass had already been bought.
                """;
        assertThat(the(text, "new grass had").speaker()).isEqualTo("Kofi Mensah-Bonsu");
    }

    @Test
    void a_bare_plural_for_people_after_a_subordinator_is_the_subject_not_the_clause_before_it() {
        String text = """
                Bypass shelved

                The Hollin bypass was shelved on Tuesday after local residents said it would cut the village in two.
                """;
        assertThat(the(text, "it would cut").speaker()).isEqualTo("local residents");
    }

    @Test
    void a_second_that_clause_with_people_and_a_speech_verb_of_its_own_is_their_report() {
        String text = """
                Staffing bill passes

                The assembly voted on Thursday to loosen staffing rules, a change backers say will open more places but that critics warned could leave toddlers unsafe.
                """;
        assertThat(the(text, "will open more places").speaker()).isNotEqualTo("critics");
        assertThat(the(text, "could leave toddlers").speaker()).isEqualTo("critics");
    }

    @Test
    void a_capitalised_rank_inside_an_organisations_run_ends_the_title_before_a_four_word_name() {
        String text = """
                Highway cleared

                Another worker, Md Karim Hossain, said the wages had not been paid.

                Dhaka Metropolitan Police-3 Superintendent Mohammad Rafiq Uddin Sarkar said the road was cleared by noon.

                "We did not use any force," he told reporters.
                """;
        assertThat(the(text, "the road was cleared").speaker()).isEqualTo("Mohammad Rafiq Uddin Sarkar");
        assertThat(the(text, "We did not use").speaker()).isEqualTo("Mohammad Rafiq Uddin Sarkar");
    }

    @Test
    void a_business_noun_no_name_fits_means_the_organisation_that_spoke_just_before() {
        String text = """
                Water cuts to continue

                Homes in Eastvale will face rationing for three more weeks, the Regional Water Board (RWB) has said.

                In a release on Tuesday, the utility said output from its main plant had fallen by a third.
                """;
        assertThat(the(text, "output from its main plant").speaker()).isEqualTo("Regional Water Board");
    }

    @Test
    void a_title_written_by_its_initials_fits_the_role_and_body_it_stands_for() {
        String text = """
                Water row

                Member of Parliament for Upper Vale North, Rohan Pettigrew, said he had written to the minister.

                "The board cannot keep blaming thieves," the Opposition MP said.

                A spokesman for the Ministry of Growth and Job Creation said the project had been delayed.
                """;
        assertThat(the(text, "The board cannot").speaker()).isEqualTo("Rohan Pettigrew");
    }

    @Test
    void a_person_described_then_set_beside_an_indefinite_apposition_speaks_and_is_the_apposition_noun_later() {
        String text = """
                Vote-buying claims

                The rival candidate said her camp had gathered sworn statements.

                One resident of Barrio Santa Lucia, a jeepney driver who asked not to be named for fear of reprisal, told the Herald he was approached by a man who asked how many voters lived in his house.

                "He wrote down our names and came back with envelopes," the driver said.
                """;
        assertThat(the(text, "he was approached").speaker()).isEqualTo("One resident of Barrio Santa Lucia");
        assertThat(the(text, "He wrote down").speaker()).isEqualTo("One resident of Barrio Santa Lucia");
    }

    @Test
    void a_document_named_by_a_verbs_ing_form_is_by_the_subject_of_that_verb() {
        String text = """
                Council sues over sale

                Arden Valley Council filed an application in the High Court on Wednesday asking a judge to quash the sale.

                According to the court filing, the council selected the land in 2003 but the province never completed the transfer.
                """;
        assertThat(the(text, "the council selected").speaker()).isEqualTo("Arden Valley Council");
    }

    @Test
    void it_in_a_lede_opened_by_an_unnamed_organisation_means_the_one_named_next_with_that_noun() {
        String text = """
                Authority sues state

                A northern river authority is taking the state to court over water it says was promised to farmers under a 1990 agreement.

                The Tarrow River Authority filed an application in the High Court on Wednesday.
                """;
        assertThat(the(text, "was promised to farmers").speaker()).isEqualTo("Tarrow River Authority");
    }

    @Test
    void a_name_with_its_age_and_a_whose_clause_set_off_by_commas_is_the_subject() {
        String text = """
                Oxygen shortage

                Ms Ruth Nakato, 31, whose infant daughter was admitted with pneumonia last week, said she had been asked to buy a cylinder privately.
                """;
        assertThat(the(text, "she had been asked").speaker()).isEqualTo("Ruth Nakato");
    }

    @Test
    void a_name_set_beside_the_opening_post_is_the_subject_not_an_inverted_speaker_after_the_verb() {
        String text = """
                Schools closed

                The federation said repeated closures were damaging students.

                Its president, Kashif Mirza Durrani, said many schools in poorer districts had no means of teaching online.
                """;
        assertThat(the(text, "many schools in poorer").speaker()).isEqualTo("Kashif Mirza Durrani");
    }

    @Test
    void a_person_after_with_is_the_subject_of_the_participle_that_follows() {
        String text = """
                Council passes budget

                The council approved the budget on Tuesday, with Mayor Jane Pike saying the town "could not wait another year".
                """;
        assertThat(the(text, "the town").speaker()).isEqualTo("Jane Pike");
    }

    @Test
    void a_speech_verbs_form_after_a_determiner_or_a_name_in_the_tail_is_a_noun_not_a_new_report() {
        String text = """
                Rail disruption

                Trains between Alder and Birchwood ran at reduced speeds from 6.40am, operator MetroLink said in a Facebook post.
                """;
        assertThat(the(text, "Trains between Alder").speaker()).isEqualTo("MetroLink");
    }

    @Test
    void a_dividend_declared_or_an_involvement_denied_is_a_thing_not_words() {
        String text = """
                Results

                The chipmaker declared an interim dividend of two sen per share.

                The mayor denied any involvement. He denied any of his staff had been paid.
                """;
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .containsExactly("any of his staff had been paid");
    }

    @Test
    void a_bare_plural_for_people_with_what_they_are_of_after_a_subordinator_is_the_subject() {
        String text = """
                Hydrant crackdown

                The water board on Saturday began a crackdown on illegal hydrants after residents of several districts complained that tanker rates had doubled in a month.
                """;
        assertThat(the(text, "tanker rates had doubled").speaker()).isEqualTo("residents of several districts");
    }

    @Test
    void a_measure_announced_is_a_thing_not_words_even_with_a_scare_quote_inside() {
        String text = """
                Smog measures

                The provincial government has also announced a "clean air week" in three districts, under which brick kilns will stay shut.
                """;
        assertThat(extractor.extract(text).quotes()).isEmpty();
    }

    @Test
    void a_relative_clause_about_the_source_after_according_to_is_not_what_the_source_says() {
        String text = """
                Smog report

                According to Dr Imran Qureshi, who heads the city-based Breathe Easy Trust, traffic accounts for half of the pollution.
                """;
        assertThat(the(text, "traffic accounts").speaker()).isEqualTo("Imran Qureshi");
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .containsExactly("traffic accounts for half of the pollution");
    }

    @Test
    void what_photos_or_footage_show_is_no_ones_words() {
        String text = """
                Lots cleared

                Three of the plots have already been cleared, according to photos shared with the Herald by a local councillor.
                """;
        assertThat(extractor.extract(text).quotes()).isEmpty();
    }

    @Test
    void what_a_court_or_inquest_heard_is_reported_without_a_speaker() {
        String text = """
                Driver banned

                Prosecutor Ann Wilde said the car was seen on the bypass at 2am.

                Harlow Magistrates' Court heard Dean Pryor was caught by a camera van near junction 9.

                Pryor already had nine points on his licence, the court heard.

                Outside court, the 31-year-old told reporters he "accepted the ban".
                """;
        assertThat(the(text, "Dean Pryor was caught").speaker()).isNull();
        assertThat(the(text, "Pryor already had").speaker()).isNull();
        assertThat(the(text, "he \"accepted").speaker()).isEqualTo("Dean Pryor");
    }

    @Test
    void a_relative_clause_on_the_name_that_opens_the_content_does_not_end_it() {
        String text = """
                Builder jailed

                The judge said Pryor, who traded as Harbour Homes, continued to take deposits after the business failed.
                """;
        assertThat(extractor.extract(text).quotes()).extracting(ExtractedQuote::text)
                .containsExactly("Pryor, who traded as Harbour Homes, continued to take deposits after the business failed");
    }

    @Test
    void a_bare_pronoun_attributing_the_quotation_that_opens_the_next_paragraph_gives_the_speakers_sex() {
        String text = """
                Library hours cut

                Board chair Avery Lindqvist, who backed the plan, said the change would save the library service $80,000 a year.

                "We kept every branch open. That was the promise, and we kept it," she said.

                Trustee Blair Okonjo, who voted against the plan, said the board had not asked readers what they wanted.

                "Nobody asked the people who use these buildings," he said.

                She said the savings would pay for a mobile library in the rural north.
                """;
        assertThat(the(text, "the savings would pay").speaker()).isEqualTo("Avery Lindqvist");
    }

    @Test
    void a_name_whose_word_initials_the_bracketed_capitals_spell_is_a_body_that_the_acronym_and_its_kind_noun_mean() {
        String text = """
                Pickets

                Farmers will picket factories from Monday, the Irish Farmers Association has said.

                Meat Traders Ireland (MTI), which represents the processors, said prices reflected weaker demand.

                In a statement, the group said pickets would add to costs. MTI said it would meet the minister.
                """;
        assertThat(the(text, "pickets would add").speaker()).isEqualTo("Meat Traders Ireland");
        assertThat(the(text, "it would meet").speaker()).isEqualTo("Meat Traders Ireland");
    }

    @Test
    void an_advisory_speaks_for_whoever_issued_it() {
        String text = """
                Port delays

                In a customer advisory seen by the Courier, one of the lines, Blue Meridian Shipping, said delays were costing it $40,000 a day.

                "This surcharge is not a penalty on anyone," the advisory said.
                """;
        assertThat(the(text, "This surcharge is not").speaker()).isEqualTo("Blue Meridian Shipping");
    }

    @Test
    void initials_of_a_post_mean_its_holder_though_a_form_of_address_follows_the_post() {
        String text = """
                Hostel fees

                Vice-chancellor Prof Mira Kettle told reporters the fees had not changed since 2011.

                "The roofs leak," the VC said.
                """;
        assertThat(the(text, "The roofs leak").speaker()).isEqualTo("Mira Kettle");
    }

    @Test
    void the_first_word_after_a_dateline_opens_a_sentence_and_a_name_that_which_is_about_is_a_body() {
        String text = """
                Runway works

                PORT ALDEN – Airlines will cut half of their flights from March 3, the aviation authority announced.

                Gull Air, which flies four times a day to the capital, said it would rebook passengers. In a post on Facebook, the airline said refunds were available.
                """;
        assertThat(the(text, "refunds were available").speaker()).isEqualTo("Gull Air");
        assertThat(extractor.extract(text).speakers()).extracting(ExtractedSpeaker::name).doesNotContain("Airlines");
    }

    @Test
    void an_unnamed_spokeswoman_is_not_a_spokesman_named_after_her_and_her_she_stays_hers() {
        String text = """
                Grid fees

                Energy Minister Karin Voss welcomed the ruling.

                A spokeswoman for Nordlicht Netz, one of the four operators, said the company would study the ruling. She said the operator needed to invest 20 billion euros.

                Government spokesman Tomas Rein said the cabinet would discuss grid costs in January.
                """;
        assertThat(the(text, "the company would study").speaker()).doesNotContain("Tomas Rein");
        assertThat(the(text, "the operator needed").speaker()).isNotIn("Karin Voss", "Tomas Rein");
    }
}

package org.verbatim.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.verbatim.language.StanceComparison.Kind;
import org.verbatim.language.StanceComparison.Result;

class StanceComparisonTest {

    private static final ClaimReader READER = new ClaimReader(WordNetLexicon.shared());

    private static Result compare(String a, String b) {
        return StanceComparison.compare(READER.read(a), READER.read(b));
    }

    private static void assertDiffer(String a, String b, Kind kind) {
        Result r = compare(a, b);
        assertThat(r.differences()).as(a + " / " + b).extracting(StanceComparison.Difference::kind).contains(kind);
        Result back = compare(b, a);
        assertThat(back.differences()).as(b + " / " + a).extracting(StanceComparison.Difference::kind).contains(kind);
    }

    @Test
    void a_bare_number_for_a_sum_or_for_one_list_disagrees_with_the_other_number_of_it() {
        // a budget is a sum of money however it is written
        assertDiffer("We will put 1.2 million into snowmaking at Kessbrunn.", "Our budget for snowmaking is about 400,000 at most.",
                Kind.QUANTITY);
        // "come down to 410,000" and "468,000 people on the list" count one list
        assertDiffer("The waiting list has already come down to 410,000.", "There are 468,000 people on the list today.",
                Kind.QUANTITY);
        // a bare count of another order and a count of people are not one measure
        assertThat(compare("The minimum wage will be 9.50 an hour.", "The minimum wage covers 300,000 workers.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
    }

    @Test
    void a_denied_verb_against_the_same_verb_affirmed_is_a_negation() {
        assertDiffer("We will not sign the treaty this year.", "We could sign the treaty next month.", Kind.NEGATION);
        assertDiffer("The minister has yet to approve the pipeline.", "The minister approved the pipeline.",
                Kind.NEGATION);
        assertDiffer("The government does not intend to pay the compensation.",
                "The compensation will be paid in full.", Kind.NEGATION);
        assertDiffer("FC Dravo will be relegated.", "No club will be relegated this season.", Kind.NEGATION);
        // a denied noun is not a denied predicate: "no jobs will be lost" does not deny jobs
        assertThat(compare("No jobs will be lost at the mine.", "Every worker at the mine will keep a job.")
                .differences()).extracting(StanceComparison.Difference::kind).doesNotContain(Kind.NEGATION);
        assertThat(compare("We will not sign the treaty this year.", "We could sign the treaty next month.")
                .differences().getFirst().reason()).contains("will not sign").contains("could sign");
    }

    @Test
    void a_thing_said_not_to_be_against_the_same_thing_said_to_be_is_a_negation() {
        String none = "There will be no lantern parade this winter.";
        for (String there : java.util.List.of("The parade is going ahead in December.",
                "Ostby will have its parade this winter.")) {
            assertDiffer(none, there, Kind.NEGATION);
        }
        // put off, unsure, or nothing but the thing on the other side: not a thing said to be there
        for (String not : java.util.List.of("The parade has been postponed.", "The parade may go ahead after all.",
                "The parade is off.")) {
            assertNoKind(none, not, Kind.NEGATION);
        }
        // a word for another thing is not the thing denied
        assertNoKind("There will be no increase of rents next year.",
                "With prices at six percent, the rise would cost 40 million.", Kind.NEGATION);
    }

    @Test
    void a_negated_bound_on_a_number_sets_a_limit_and_denies_nothing() {
        // "no ticket will cost more than 2.80" says every ticket costs at most 2.80: the same as a cheaper ticket
        assertNoKind("From the first of June no single tram ticket in Vesby will cost more than 2.80.",
                "June is when riders will first pay the cheaper ticket.", Kind.NEGATION);
        assertNoKind("By next spring no pupil in Arlow will wait longer than ten days for a school place.",
                "The ten-day promise covers every pupil, including those moving in mid-year.", Kind.NEGATION);
        // "and not a cent more" repeats the limit: no sum of nothing against the limit
        assertNoKind("Each team may spend 3.2 million on wages, and not a cent more.",
                "The wage limit is 3.2 million per team.", Kind.QUANTITY);
        // the limit it sets still disagrees with a higher figure for the same thing
        assertDiffer("No tram ticket in Vesby will cost more than 2.80.", "A tram ticket in Vesby will cost 3.40.",
                Kind.QUANTITY);
    }

    @Test
    void a_month_no_later_than_the_one_given_ahead_puts_nothing_off() {
        assertNoKind("The Velden ferry service ends on June 30.", "After June the Velden ferry service is finished.",
                Kind.TIMING);
        // a plan put off still is
        assertDiffer("The Velden ferry service ends on June 30.",
                "The end of the Velden ferry service has been postponed to next year.", Kind.TIMING);
    }

    @Test
    void spans_of_time_written_in_different_units_are_compared_as_one_measure() {
        assertDiffer("No pupil in Arlow will wait longer than ten weeks for a school place.",
                "Pupils in Arlow will wait about a year for a school place.", Kind.QUANTITY);
        assertDiffer("The repairs to the Velden bridge will take three months.",
                "The repairs to the Velden bridge will take two years.", Kind.QUANTITY);
        // the same span in other words agrees
        assertNoKind("The repairs to the Velden bridge will take six weeks.",
                "The repairs to the Velden bridge will take 42 days.", Kind.QUANTITY);
    }

    @Test
    void a_clause_denied_against_one_affirmed_about_the_same_two_things_is_a_negation() {
        assertDiffer("Couriers will not have to obtain a bicycle permit.", "Couriers will need a bicycle permit from May.",
                Kind.NEGATION);
        // the denial and the affirmation go the same way
        assertNoKind("No village library will be closed this year.", "Village libraries will stay open.",
                Kind.NEGATION);
        assertNoKind("There will be no increase in bus fares next year.", "Bus fares will be frozen next year.",
                Kind.NEGATION);
    }

    @Test
    void no_before_two_nouns_denies_the_second_and_the_first_only_says_which() {
        // "no grain rationing" denies rationing, not grain: having grain every day does not affirm it
        assertNoKind("There will be no grain rationing for bakeries this winter.",
                "Bakeries will have grain every day of the week.", Kind.NEGATION);
        assertDiffer("There will be no grain for bakeries this winter.",
                "Bakeries will have grain every day of the week.", Kind.NEGATION);
        // and a count of none is a count of the second
        assertThat(READER.read("There will be no grain rationing this winter.").quantities())
                .anyMatch(q -> q.value() == 0 && "rationing".equals(q.what()));
    }

    @Test
    void a_verb_describing_a_noun_says_nothing_of_where_the_statement_stands() {
        // "the deadline the minister set", "every test the regulator set", "than markets expect": the verb says what the
        // noun is, not that anything changes
        assertNoKind("The December deadline still stands for every hospital worker.",
                "We are working to the deadline the minister set, and so is every hospital I speak to.",
                Kind.CONTINUATION);
        assertNoKind("The government intends to keep the reactors working into the 2040s.",
                "The reactors passed every safety test the regulator set last year.", Kind.CONTINUATION);
        assertNoKind("Prices for services are still climbing at seven percent.",
                "Prices for services will need higher rates for longer than markets expect.", Kind.CONTINUATION);
        // nor does a word of ending said in such a clause ("a village that feels abandoned")
        assertNoKind("Every village police station stays open.",
                "A village without a police station is a village that feels abandoned.", Kind.CONTINUATION);
        // "each night we still release": a noun of time before a subject opens the clause, it is not described
        assertThat(READER.read("Each night we still release treated water into the river.").clauses())
                .extracting(Claim.Clause::aspect).containsExactly(Aspect.CONTINUES);
        // the clause's own verb after such a description still counts
        assertDiffer("The plan the council approved will close two wards at the hospital.",
                "No ward at the hospital will close.", Kind.NEGATION);
    }

    @Test
    void a_phrase_of_time_says_when_not_which_way() {
        // "at the end of the month" is when she goes, not a loss set against the thanks
        assertNoKind("Ilse Varga will step down at the end of the month.",
                "The government thanks Ilse Varga for her work.", Kind.POLARITY);
        // what a clause waits for ("until the review is finished") is not which way it goes
        assertNoKind("The new vaccine poses a real risk to babies under one year old. The trials included very few"
                + " infants.", "We advise doctors not to vaccinate infants until the European review is finished.",
                Kind.POLARITY);
    }

    @Test
    void a_phrase_of_time_ends_with_its_noun_and_its_clause() {
        Claim late = READER.read("She will step down at the end of the season after a long career.");
        assertThat(late.terms()).filteredOn(t -> !t.entry().adjective())
                .extracting(Claim.Term::written, Claim.Term::adjunct)
                .contains(org.assertj.core.groups.Tuple.tuple("end", true),
                        org.assertj.core.groups.Tuple.tuple("season", false),
                        org.assertj.core.groups.Tuple.tuple("career", true));
        Claim next = READER.read("Rosberg may not register players until January 2028. The investigation into the club"
                + " is still open.");
        assertThat(next.terms()).filteredOn(t -> t.written().equals("investigation"))
                .extracting(Claim.Term::adjunct).containsExactly(false);
    }

    @Test
    void a_change_only_on_a_condition_says_it_stays_till_then() {
        assertNoKind("Summer time stays in Tarsland for as long as it stays next door.",
                "The clocks go forward in March, as they always have. We will only drop summer time if our neighbours"
                        + " drop it too.", Kind.POLARITY);
    }

    @Test
    void be_over_says_it_ended() {
        assertDiffer("The oil age will be over within ten years.",
                "Oil will be part of our economy for decades to come.", Kind.POLARITY);
    }

    @Test
    void a_success_against_a_failure_of_the_same_thing() {
        assertDiffer("The 2019 release was a success: fewer than one in ten of those freed committed another crime.",
                "The release of 2019 was a disaster for public safety.", Kind.OPPOSITES);
        assertDiffer("The tram pilot in Vesby was a success.", "The tram pilot in Vesby achieved nothing.",
                Kind.OPPOSITES);
        // saying it worked is calling it a success
        assertDiffer("The school milk scheme has saved lives in the north.",
                "The school milk scheme in the north achieved nothing.", Kind.OPPOSITES);
        assertDiffer("The new dune fence has done its job this winter.", "The new dune fence was a failure this winter.",
                Kind.OPPOSITES);
        assertNoKind("The new dune fence has done its job this winter.", "The new dune fence has worked this winter.",
                Kind.OPPOSITES);
        // a failure to do something is not the thing failing
        assertNoKind("The bank rescue was a success.", "The bank's supervisors failed to see the hole for years.",
                Kind.OPPOSITES);
    }

    @Test
    void a_denial_and_a_plan_put_off_say_the_same() {
        assertNoKind("There is no date any more for the duty on foreign steel.",
                "The duty on foreign steel has been postponed indefinitely.", Kind.NEGATION);
    }

    @Test
    void what_a_share_in_words_counts_is_still_said() {
        // "nine schools in ten": the schools are what both statements are about
        assertDiffer("Nine schools in ten were shut on Tuesday.", "Most schools across the country stayed open on Tuesday.",
                Kind.OPPOSITES);
    }

    @Test
    void next_spring_is_no_later_than_a_month() {
        assertNoKind("The licence for the Kolbeck field has been granted, and drilling can begin next spring.",
                "Kolbeck has its licence, and drilling will begin in April.", Kind.TIMING);
        assertDiffer("The licence for the Kolbeck field has been granted, and drilling can begin next year.",
                "Kolbeck has its licence, and drilling will begin in April.", Kind.TIMING);
    }

    @Test
    void yet_to_settle_is_not_decided() {
        assertDiffer("Private landlords will be bound by the rent freeze as well.",
                "Whether the city can hold private landlords to the rent freeze is something our lawyers have yet to"
                        + " settle.", Kind.MODALITY);
        assertDiffer("The court will approve the merger of the two dairies.",
                "The court has yet to rule on the merger of the two dairies.", Kind.MODALITY);
    }

    @Test
    void off_the_table_rules_it_out() {
        assertDiffer("About 1,200 prisoners will be released early.",
                "Early release is off the table for this government.", Kind.MODALITY);
        assertDiffer("A merger with the rival airline is not on the table.",
                "The merger with the rival airline will be signed in May.", Kind.MODALITY);
    }

    @Test
    void opposite_words_from_wordnet_and_their_derivations() {
        assertDiffer("Fuel prices will rise next year.", "Fuel prices will fall next year.", Kind.OPPOSITES);
        assertDiffer("The board approved the merger.", "The board rejected the merger.", Kind.OPPOSITES);
        assertDiffer("The city will expand the tram network.", "The city will shrink the tram network.",
                Kind.OPPOSITES);
        assertDiffer("The tap water is safe to drink.", "The tap water is unsafe to drink.", Kind.OPPOSITES);
        assertDiffer("The pesticide is legal in every province.", "The pesticide is illegal in every province.",
                Kind.OPPOSITES);
        assertDiffer("The council will ban scooters downtown.", "The council will allow scooters downtown.",
                Kind.OPPOSITES);
        assertDiffer("Approval of the merger is certain.", "The board will reject the merger.", Kind.OPPOSITES);
        assertDiffer("We will raise the dividend this year.", "The dividend will be cut to preserve cash.",
                Kind.OPPOSITES);
        assertDiffer("The government has approved the dam.", "We have refused the permit for the dam.",
                Kind.OPPOSITES);
        assertDiffer("The vaccine is safe for every child.", "The vaccine poses a real danger to babies.",
                Kind.OPPOSITES);
    }

    @Test
    void a_noun_naming_an_action_after_a_determiner_is_opposed_like_its_verb() {
        assertDiffer("The increase in tram fares was unavoidable.", "We will reduce tram fares.", Kind.OPPOSITES);
        assertDiffer("The approval of the merger is certain.", "The board will reject the merger.", Kind.OPPOSITES);
        // a word qualifying the noun after it stays a modifier
        assertNoKind("The new tram fares start in May.", "The old tram fares start in May.", Kind.OPPOSITES);
        // nor does a noun in a phrase of time: "at the end of the year" says when
        assertNoKind("The ferry line will start in May.", "The ferry line will run at the end of the year.",
                Kind.OPPOSITES);
    }

    @Test
    void a_purpose_clause_does_not_turn_the_direction_of_the_main_clause() {
        assertThat(direction("The ministry will cut the cod quota to protect the stock.")).isEqualTo(-1);
        assertThat(direction("The board will close the old ward in order to save money.")).isEqualTo(-1);
        // an infinitive right after its verb is what the verb is about, not a purpose
        assertThat(direction("The ministry plans to raise the cod quota.")).isEqualTo(1);
    }

    private static int direction(String text) {
        Claim c = READER.read(text);
        java.util.Set<Integer> all = new java.util.HashSet<>();
        c.clauses().forEach(cl -> all.add(cl.index()));
        return StanceComparison.direction(c, all).sign();
    }

    @Test
    void ruling_out_against_keeping_open_and_will_against_may() {
        assertDiffer("A new fuel tax is excluded.", "A new fuel tax is being considered.", Kind.MODALITY);
        assertDiffer("A new fuel tax has been ruled out.", "A new fuel tax has not been ruled out.", Kind.MODALITY);
        Result weak = compare("The plant will close in spring.", "The plant may close in spring.");
        assertThat(weak.differences()).extracting(StanceComparison.Difference::kind).containsExactly(Kind.MODALITY);
        assertThat(weak.strength()).isLessThan(0.5);
    }

    @Test
    void still_against_no_longer() {
        assertDiffer("The curfew is still in force in the capital.", "The curfew in the capital no longer applies.",
                Kind.CONTINUATION);
        assertDiffer("The subsidy programme continues.", "The subsidy programme was scrapped.", Kind.CONTINUATION);
        assertDiffer("Checks on the border will be lifted.", "Controls at the border will remain in place.",
                Kind.CONTINUATION);
        assertDiffer("The maternity ward will stay open.", "The maternity ward will no longer deliver babies.",
                Kind.CONTINUATION);
    }

    @Test
    void on_time_against_late() {
        var late = java.util.List.of("The bridge will open later than planned.", "The bridge has been delayed.");
        for (String onTime : java.util.List.of("There is no delay; the bridge will open in October.",
                "The bridge is on schedule.", "The bridge will open on time.")) {
            late.forEach(l -> assertDiffer(onTime, l, Kind.TIMING));
        }
        // both late, or one denying that it keeps to its time: no timing difference
        for (String notOnTime : java.util.List.of("The bridge is not on schedule.", "The bridge is behind schedule.")) {
            late.forEach(l -> assertNoKind(notOnTime, l, Kind.TIMING));
        }
    }

    @Test
    void a_span_counted_from_another_moment_is_no_duration() {
        assertNoKind("Registration closes in May, and the auction lasts about three weeks.",
                "Registration closes in May, and the auction begins two weeks later.", Kind.QUANTITY);
        assertDiffer("The auction will last three weeks.", "The auction will last two weeks.", Kind.QUANTITY);
        assertDiffer("The auction begins three weeks later.", "The auction begins two weeks later.", Kind.QUANTITY);
    }

    @Test
    void a_stop_denied_says_it_goes_on_and_going_on_denied_says_it_stops() {
        assertNoKind("The union has not given up on free lunches for every pupil.",
                "Free lunches for every pupil remain the union's aim.", Kind.CONTINUATION);
        assertNoKind("The council has not stopped the tram project.", "The tram project continues.",
                Kind.CONTINUATION);
        assertDiffer("The council has not stopped the tram project.", "The council has stopped the tram project.",
                Kind.CONTINUATION);
        assertDiffer("The ferry service will not continue after March.", "The ferry service continues after March.",
                Kind.CONTINUATION);
    }

    @Test
    void an_activity_denied_and_a_ban_on_it_beginning_say_the_same() {
        assertNoKind("From May, no lorry will drive through Orsk between midnight and dawn.",
                "The night-time ban at Orsk starts on May 1.", Kind.CONTINUATION);
        // a closure denied and closures beginning are opposed
        assertDiffer("No school in Orsk will close this year.", "The closure of three Orsk schools starts in June.",
                Kind.NEGATION);
    }

    @Test
    void staying_as_it_is_against_a_change_of_state_place_or_hands() {
        assertDiffer("The children's hospital will stay open.",
                "Patients of the children's hospital will be transferred to the capital.", Kind.CONTINUATION);
        assertDiffer("No village library will be closed this year.",
                "Twelve village libraries will be merged with town libraries.", Kind.CONTINUATION);
        assertDiffer("The ferry fare will remain at four euros.", "The ferry fare will go up in spring.",
                Kind.CONTINUATION);
        assertDiffer("The harbour fee will be frozen at its present level.", "The harbour fee will rise to six euros.",
                Kind.CONTINUATION);
        assertNoKind("The harbour fee will be frozen at its present level.",
                "The harbour fee will not rise this year.", Kind.CONTINUATION);
        assertNoKind("No village library will be closed this year.", "Village libraries will stay where they are.",
                Kind.CONTINUATION);
        assertNoKind("The children's hospital will stay open.", "The children's hospital will remain in the old building.",
                Kind.CONTINUATION);
    }

    @Test
    void ruled_out_against_a_sure_denial_of_the_same_thing_agrees() {
        assertNoKind("A merger of the two banks is ruled out.", "There will be no merger of the two banks.",
                Kind.MODALITY);
        // ruled out against a sure "will" still differs
        assertDiffer("A merger of the two banks is ruled out.", "The two banks will merge next year.",
                Kind.MODALITY);
    }

    @Test
    void going_on_against_growing_is_no_change_but_staying_against_growing_is() {
        // "continue" says it goes on: adding more of it says so too
        assertNoKind("Night buses on the coast line will continue.",
                "We plan to add three night buses a week on the coast line.", Kind.CONTINUATION);
        // a change said only on a condition does not say it happens
        assertNoKind("The ferry fare will stay at four euros.",
                "We will only raise the ferry fare if fuel costs double.", Kind.CONTINUATION);
        assertDiffer("The ferry fare will stay at four euros.", "We will raise the ferry fare in spring.",
                Kind.CONTINUATION);
        // "stay" says it stays as it is: a rise changes it
        assertDiffer("The ferry fare will stay at four euros.", "The ferry fare will increase in spring.",
                Kind.CONTINUATION);
        // going on against an end is still a difference
        assertDiffer("Night buses on the coast line will continue.", "Night buses on the coast line will be cut.",
                Kind.CONTINUATION);
    }

    @Test
    void staying_against_going_away_or_leaving_a_post_is_a_change() {
        assertDiffer("The director remains the head of the city museum.",
                "The director is leaving the city museum next month.", Kind.CONTINUATION);
        assertDiffer("The city museum director will stay in her post.", "The city museum director will resign in May.",
                Kind.CONTINUATION);
    }

    @Test
    void words_opposed_only_through_a_synonym_of_each_are_a_weak_opposite() {
        // "rise" is also "come up", which "go" opposes: not the strong opposites "rise" and "fall" are
        assertThat(compare("The fishing quota will rise this year.", "The fishing quota would go ahead this year.")
                .differences()).allMatch(d -> d.weight() <= 0.5);
        assertThat(compare("Fuel prices will rise next year.", "Fuel prices will fall next year.").differences())
                .anyMatch(d -> d.kind() == Kind.OPPOSITES && d.weight() >= 0.8);
    }

    @Test
    void a_word_capitalised_at_the_start_of_a_statement_meets_the_same_word_written_small() {
        Result r = compare("Fenoxalin will be prohibited on farms from January.",
                "Growers may keep using fenoxalin until the review is finished.");
        assertThat(r.sharedWords()).contains("fenoxalin");
        assertThat(r.differences()).extracting(StanceComparison.Difference::kind).contains(Kind.CONTINUATION);
    }

    @Test
    void numbers_and_dates_that_disagree_for_the_same_measure() {
        assertDiffer("The deficit will be 3.2% of output.", "The deficit will reach 4.1% of output.", Kind.QUANTITY);
        assertDiffer("The bridge will open in 2025.", "The bridge will open in 2027.", Kind.QUANTITY);
        assertDiffer("The plant employs 1,200 workers.", "The plant employs 800 workers.", Kind.QUANTITY);
        assertThat(compare("The deficit will be 3.2% of output.", "The deficit will be 3.2 per cent of output.")
                .differs()).isFalse();
        // numbers said of one measure both name are flagged so (a later timing difference does not count twice)
        assertThat(compare("The plant employs 1,200 workers.", "The plant employs 800 workers.").differences())
                .filteredOn(d -> d.kind() == Kind.QUANTITY).isNotEmpty().allMatch(StanceComparison.Difference::sameMeasure);
        assertDiffer("The deficit will end the year below 2 percent of GDP.",
                "We now expect a deficit of 3.1 percent this year.", Kind.QUANTITY);
        assertThat(compare("We now expect a deficit of 3.1 percent this year.",
                "Our models show the deficit heading towards three percent or more.").differs()).isFalse();
        assertThat(compare("The plant will be shut down in 2028.", "Coal must end before 2030 at the plant.")
                .differences()).extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
        assertThat(compare("The port levy will go up to 7.50 a night.",
                "The port levy will hit 2,000 hotels.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
        // different measures: no disagreement
        assertThat(compare("Inflation is 3%.", "Unemployment is 7%.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
    }

    @Test
    void paraphrases_and_agreements_differ_in_nothing() {
        Result same = compare("We will not sign the treaty.", "The treaty will not be signed by us.");
        assertThat(same.differs()).isFalse();
        assertThat(same.agrees()).isTrue();
        assertThat(compare("Unemployment rose to 5 percent.", "Unemployment climbed to 5 percent.").differs())
                .isFalse();
        // denying one word and affirming its opposite say the same
        assertThat(compare("Prices will not rise this winter.", "Prices will fall this winter.").differs()).isFalse();
    }

    @Test
    void no_longer_does_not_affirm_what_it_is_said_of() {
        // "without stopping" and "no longer justify stopping" both say the stopping ends
        assertNoKind("From June, buses will pass the depot without stopping.",
                "The figures no longer justify stopping every bus at the depot.", Kind.NEGATION);
        // while affirming it still is a denial against an affirmation
        assertDiffer("From June, buses will pass the depot without stopping.",
                "Every bus will keep stopping at the depot.", Kind.NEGATION);
    }

    @Test
    void the_reporters_words_inside_a_joined_quotation_take_no_stance() {
        Claim joined = READER.read("The bridge will open in May,” said Ivo Marek, who denied the tender was "
                + "rejected. “Traffic will flow from the first day.");
        assertThat(joined.spoken().terms()).extracting(Claim.Term::written)
                .contains("bridge", "Traffic").doesNotContain("Marek", "denied", "rejected");
        // the whole statement still says what it is about, for alignment
        assertThat(joined.terms()).extracting(Claim.Term::written).contains("Marek");
        // "denied ... rejected" is the reporter's, not the speaker's: no negation or opposite against "approved"
        Result r = StanceComparison.compare(joined, READER.read("The tender for the bridge was approved in March."));
        assertThat(r.differences()).extracting(StanceComparison.Difference::kind)
                .doesNotContain(Kind.OPPOSITES, Kind.NEGATION);
        // a statement that is not interrupted is read as it is
        Claim plain = READER.read("The bridge will open in May.");
        assertThat(plain.spoken()).isSameAs(plain);
        // one that opens with its quotation mark has the reporter's words after the closing one, not inside
        Claim opening = READER.read("“The bridge will open in May,” said Ivo Marek, director of roads at the ministry");
        assertThat(opening.spoken().terms()).extracting(Claim.Term::written).contains("bridge", "open")
                .doesNotContain("Marek", "director", "ministry");
        Claim twice = READER.read("“The bridge will open in May,” said Ivo Marek. “Traffic will flow at once.”");
        assertThat(twice.spoken().terms()).extracting(Claim.Term::written).contains("bridge", "Traffic")
                .doesNotContain("Marek");
    }

    @Test
    void no_thing_denied_against_a_clause_sure_of_that_thing_is_a_negation() {
        // "no mining permit will be issued": the verb is denied, not the subject's "permit"; "will get its permit"
        // affirms the permit although "get" says little
        assertDiffer("Brannock will get its permit to mine at Oldwater Fells in the spring.",
                "No mining permit will be issued for any land inside Oldwater Fells.", Kind.NEGATION);
        Claim denied = READER.read("No mining permit will be issued for any land inside Oldwater Fells.");
        assertThat(denied.terms()).filteredOn(Claim.Term::head).extracting(Claim.Term::written).containsExactly("issued");
    }

    @Test
    void the_verb_of_a_clause_describing_the_subject_is_not_the_statements_verb() {
        Claim c = READER.read("A club that breaks the cap will lose league points.");
        assertThat(c.terms()).filteredOn(t -> t.written().equals("lose")).singleElement()
                .matches(Claim.Term::predicative, "predicative");
        assertThat(c.terms()).filteredOn(t -> t.written().equals("breaks")).singleElement()
                .matches(t -> !t.predicative(), "describes the club");
        assertThat(c.clauses()).extracting(Claim.Clause::aspect).containsOnly(Aspect.NONE);
    }

    @Test
    void a_january_without_a_year_may_be_next_years() {
        assertNoKind("Tolling on the northern motorway begins in January.",
                "Drivers will pay a toll on the northern motorway from next year.", Kind.TIMING);
        assertDiffer("Tolling on the northern motorway begins in June.",
                "Drivers will pay a toll on the northern motorway from next year.", Kind.TIMING);
    }

    @Test
    void a_ban_that_starts_agrees_with_what_it_forbids_not_happening() {
        // the ban beginning says less happens, as the denial does
        assertNoKind("From April, no plane will take off at Dorvik between midnight and six.",
                "The night-time ban at Dorvik starts on April 1.", Kind.NEGATION);
        // the ban itself denied and affirmed still differs
        assertDiffer("The night-time ban at Dorvik starts on April 1.", "The night-time ban at Dorvik will not start in April.",
                Kind.NEGATION);
    }

    @Test
    void must_against_need_not_and_may_against_may_not_differ_in_obligation() {
        assertDiffer("From July every packaged food must carry the colour label.",
                "For now, producers may choose whether to put the label on their packs.", Kind.MODALITY);
        assertDiffer("Every nurse will have to be vaccinated by December.",
                "Vaccination will stay voluntary for nurses, and nobody will be forced.", Kind.MODALITY);
        assertDiffer("The club is free to sign new players this summer.",
                "The club will not be allowed to register new players until 2028.", Kind.MODALITY);
        // both say it must be done, or both that it need not
        assertNoKind("Every packaged food must carry the label.", "Producers will be required to put the label on.",
                Kind.MODALITY);
        assertNoKind("The question on religion will be voluntary.", "Nobody will be forced to answer the question on religion.",
                Kind.MODALITY);
        // about different things
        assertNoKind("Drivers must stop at the border.", "Farmers may choose which crops to plant.", Kind.MODALITY);
    }

    @Test
    void all_of_something_against_only_part_of_it_is_a_difference_of_scope() {
        assertDiffer("Every patrol officer in Tamsford will wear a camera by June.",
                "Only about half of our patrol officers will have cameras this year.", Kind.QUANTITY);
        assertDiffer("All civilian staff at the base will be offered work elsewhere.",
                "Around 400 of the civilian staff will be offered no work at all.", Kind.QUANTITY);
        assertDiffer("Every primary pupil will get a free hot lunch.",
                "Free lunches will go only to children from poor families.", Kind.QUANTITY);
        // both of all, or "all year", "only" of a verb, "not only": no scope to compare
        assertNoKind("Every pupil will get a free lunch.", "Every child will get a free hot lunch at school.",
                Kind.QUANTITY);
        assertNoKind("The pools stay open all year for every swimmer.", "We will only close the pools if swimmers stay away.",
                Kind.QUANTITY);
        assertNoKind("Every school will get a new roof.", "Not only the poorest schools will get a new roof.",
                Kind.QUANTITY);
        // part of one thing and all of another are not one scope
        assertNoKind("Every bus will run on time.", "Only half of the trains were late.", Kind.QUANTITY);
    }

    @Test
    void a_denial_weighs_most_when_its_sentence_meets_the_affirming_one() {
        // the denial in the second sentence is about the ferry, the affirmation about the bridge
        Result apart = compare("The bridge will open in May. The ferry will not close.",
                "The bridge will close for repairs in May.");
        Result together = compare("The bridge will not close in May.", "The bridge will close for repairs in May.");
        double apartWeight = apart.differences().stream().filter(d -> d.kind() == Kind.NEGATION)
                .mapToDouble(StanceComparison.Difference::weight).max().orElse(0);
        double togetherWeight = together.differences().stream().filter(d -> d.kind() == Kind.NEGATION)
                .mapToDouble(StanceComparison.Difference::weight).max().orElse(0);
        assertThat(togetherWeight).isGreaterThan(apartWeight);
    }

    @Test
    void staying_against_a_change_reads_each_sentence_for_itself() {
        // the staying statement's other sentence names the change it rules out: still a difference
        assertDiffer("Bus fares will be frozen next year. Families cannot carry another rise.",
                "Bus fares will rise by ten percent next year.", Kind.CONTINUATION);
        // selling is a change of hands against staying
        assertDiffer("The ferry company will remain in public hands.",
                "We will sell the ferry company to private investors.", Kind.CONTINUATION);
        // a sentence that says something goes on does not also say it changes
        assertNoKind("The thieves may still have the keys to the depot.",
                "The thieves still have the keys to the depot, and they are selling copies of the keys.",
                Kind.CONTINUATION);
    }

    @Test
    void opposites_about_different_things_are_no_difference() {
        assertThat(compare("Taxes will rise.", "The river will fall.").differs()).isFalse();
        // nouns and words that only qualify a noun do not take a stance
        assertThat(compare("Parents can be confident this vaccine protects their children.",
                "The vaccine is safe for every child.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.OPPOSITES);
        assertThat(compare("The new vaccine poses a real risk to babies.",
                "Older children could be vaccinated with the vaccine without concern.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.OPPOSITES);
        assertThat(compare("Checks on the border will be lifted on the first of March.",
                "The government announced the end of border checks.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.OPPOSITES);
    }

    @Test
    void an_outlaw_against_a_counterpart() {
        Result r = compare("The Zemblan Front is still a terrorist organisation.",
                "Our delegation held official negotiations with the Zemblan Front.");
        assertThat(r.differences()).extracting(StanceComparison.Difference::kind).contains(Kind.STANDING);
        assertThat(r.sharedNames()).contains("Zemblan");
    }

    @Test
    void names_meet_across_demonyms_and_possessives() {
        Result r = compare("French officials backed the plan.", "France's government backed the plan.");
        assertThat(r.sharedNames()).hasSize(1);
        assertThat(compare("The Ruritanian army withdrew.", "Ruritania's army withdrew.").sharedNames()).hasSize(1);
    }

    private static void assertNoKind(String a, String b, Kind kind) {
        assertThat(compare(a, b).differences()).as(a + " / " + b).extracting(StanceComparison.Difference::kind)
                .doesNotContain(kind);
        assertThat(compare(b, a).differences()).as(b + " / " + a).extracting(StanceComparison.Difference::kind)
                .doesNotContain(kind);
    }

    @Test
    void words_that_move_the_topic_opposite_ways_are_a_difference_of_direction() {
        // keeping against reducing is a difference of continuation, which says more than one of direction
        assertDiffer("We will reduce the workforce at the plant by 800 people.",
                "Every worker at the plant will keep their job.", Kind.CONTINUATION);
        assertDiffer("The new vaccine poses a real risk to babies.",
                "Parents can be confident this vaccine protects their babies.", Kind.POLARITY);
        assertDiffer("No jobs will be lost at the smelter.", "The smelter will cut its staff by half.",
                Kind.CONTINUATION);
        Result r = compare("We will reduce the workforce at the plant.", "Every worker at the plant will keep a job.");
        assertThat(r.weak()).isFalse();
        assertThat(r.differences()).filteredOn(d -> d.kind() == Kind.CONTINUATION).first()
                .extracting(StanceComparison.Difference::reason).asString().contains("reduce").contains("keep");
    }

    @Test
    void words_that_move_the_topic_the_same_way_are_no_difference() {
        Result same = compare("Every worker at the plant will keep their job.", "No jobs will be lost at the plant.");
        assertThat(same.differs()).isFalse();
        assertThat(same.sameDirection()).isTrue();
        // the subject of a clause is what it is about, not which way it goes
        assertNoKind("Spending cuts will not touch pensions.", "Pensions are protected in every scenario.",
                Kind.POLARITY);
        // numbers that agree say where each stands
        assertNoKind("The deficit will end the year below 2 percent.",
                "We will comfortably stay under two percent this year.", Kind.POLARITY);
        // what follows "until" is not denied: the review will be finished
        assertNoKind("We advise doctors not to vaccinate infants until the review is finished.",
                "The vaccine review will be finished in May.", Kind.NEGATION);
    }

    @Test
    void saying_no_against_a_plain_statement_is_a_weak_difference_and_two_noes_are_none() {
        Result r = compare("Parts of the surveillance law breach the constitution.",
                "The new surveillance law is fully in line with the constitution.");
        assertThat(r.differences()).extracting(StanceComparison.Difference::kind).containsExactly(Kind.POLARITY);
        assertThat(r.weak()).isTrue();
        assertThat(r.paraphrase()).isFalse();
        // "unconstitutional" is "constitutional" with a negative prefix: it says no too
        Result both = compare("Parts of the surveillance law breach the constitution.",
                "The surveillance law is unconstitutional in parts.");
        assertThat(both.differs()).isFalse();
    }

    @Test
    void two_denials_are_no_difference_of_polarity_even_when_only_one_denied_word_says_which_way() {
        assertNoKind("The Vega-3 probe cannot fly before October.", "The Vega-3 probe will not be ready before 2029.",
                Kind.POLARITY);
    }

    @Test
    void a_paraphrase_has_mostly_the_same_words_and_the_same_polarity() {
        Result r = compare("Valmark will not sign the readmission agreement in its current form.",
                "Valmark will not sign the readmission agreement as drafted.");
        assertThat(r.paraphrase()).isTrue();
        assertThat(compare("Valmark will not sign the readmission agreement.",
                "Valmark is ready to sign the readmission agreement.").paraphrase()).isFalse();
    }

    @Test
    void a_phrasal_verb_going_up_to_a_number_says_that_number_not_a_limit() {
        assertDiffer("The school-leaving age will stay at 16 for now.",
                "From next year the school-leaving age will go up to 17.", Kind.QUANTITY);
        assertThat(READER.read("Fares will go up to 3 euros.").quantities().getFirst().bound())
                .isEqualTo(Claim.Bound.EXACT);
        assertThat(READER.read("The reform could cost up to 300 posts.").quantities().getFirst().bound())
                .isEqualTo(Claim.Bound.AT_MOST);
        assertThat(READER.read("Ticket prices went up last spring.").terms()).filteredOn(t -> t.written().equals("went"))
                .first().extracting(t -> t.entry().valence()).isEqualTo(1);
    }

    @Test
    void counts_of_one_thing_disagree_when_the_claims_share_more_than_what_is_counted() {
        assertDiffer("Only one shipment of the Orvil lamps is faulty.",
                "We are taking back every Orvil lamp, fifteen shipments in all.", Kind.QUANTITY);
        // the same noun counted, nothing else shared: two different counts of things
        assertNoKind("Two officers were hurt.", "Nineteen officers will be trained.", Kind.QUANTITY);
        // "one" counts only what follows it
        assertThat(READER.read("One of the bridges is closed.").quantities()).isEmpty();
    }

    @Test
    void months_disagree_for_one_event_and_not_before_means_then_or_later() {
        assertDiffer("The referendum will be held on 3 June.", "The referendum will take place in October.",
                Kind.QUANTITY);
        assertDiffer("The new bridge will open in April next year.", "The new bridge cannot open before August next year.",
                Kind.QUANTITY);
        assertNoKind("The new bridge will open in September next year.",
                "The new bridge cannot open before August next year.", Kind.QUANTITY);
        // a word that only qualifies another is no measure: two things happening "next" month
        assertNoKind("Bus fares will rise from next January.", "The Vega-3 probe will launch next March.",
                Kind.QUANTITY);
        // one word shared outside what the clauses are about is two things happening at two times
        assertNoKind("The museum will be closed every night from April.",
                "The night ferry to the islands will run every day from December.", Kind.QUANTITY);
        // the day of the month is no count
        assertThat(READER.read("The vote is on 14 May.").quantities()).extracting(Claim.Quantity::unit)
                .containsExactly(Claim.Unit.MONTH);
    }

    @Test
    void a_noun_aligns_with_what_it_is_a_kind_of() {
        Result r = compare("The election will be held in spring.", "Citizens will vote in autumn.");
        assertThat(r.sharedWords()).contains("election");
        // too general a kind aligns nothing: a ward is no more a person than a minister is
        assertThat(WordNetLexicon.shared().entry("ward").kinds()).doesNotContain("person");
    }

    @Test
    void none_of_a_thing_against_some_of_it_is_a_weak_difference() {
        Result r = compare("No passenger was injured in the derailment.", "Four passengers were taken to hospital.");
        assertThat(r.differences()).extracting(StanceComparison.Difference::kind).contains(Kind.QUANTITY);
        assertThat(r.weak()).isTrue();
    }

    @Test
    void numbers_inside_names_are_no_quantities_and_a_numbered_name_is_one_of_its_names() {
        assertThat(READER.read("The Vega-3 probe will land in June.").quantities()).extracting(Claim.Quantity::unit)
                .containsExactly(Claim.Unit.MONTH);
        assertThat(compare("No TVR channel will be sold.", "TVR2 will be sold to a private group.").sharedNames())
                .containsExactly("TVR");
        // none of one thing is not a number of another
        assertNoKind("There will be no bonus for staff next year.", "The Vega-3 probe will fly next year.",
                Kind.QUANTITY);
    }

    @Test
    void a_noun_said_of_the_subject_says_which_way_it_goes() {
        assertDiffer("Mortgage rates will have to rise again soon.", "The next step for mortgage rates will be a cut.",
                Kind.POLARITY);
    }

    @Test
    void months_weekdays_and_seasons_are_no_shared_topic() {
        Result r = compare("Checks on the border will be lifted in March.", "Lorries will cross without stopping from March.");
        assertThat(r.sharedNames()).isEmpty();
        assertThat(compare("No lorries will use the new bridge before next spring.",
                "Interest rates will probably be cut next spring.").sharedWords()).isEmpty();
    }

    @Test
    void a_time_ahead_against_the_same_event_put_off_is_a_timing_difference() {
        assertDiffer("Every driver will get the new permit by May.",
                "The launch of the new permit has been postponed to next year.", Kind.TIMING);
        assertDiffer("The permits will reach drivers before the summer.",
                "The new permit scheme has been pushed back to next year.", Kind.TIMING);
        assertDiffer("The tunnel will open to traffic in September.", "The tunnel will not open before 2031.",
                Kind.TIMING);
        assertThat(compare("Every driver will get the new permit by May.",
                "The launch of the new permit has been postponed to next year.").differences().stream()
                .filter(d -> d.kind() == Kind.TIMING).findFirst().orElseThrow().reason())
                .contains("May").contains("postponed");
        // two times ahead, and two delays, say the same
        assertNoTiming("Every driver will get the new permit by May.",
                "The permits will reach drivers before the summer.");
        assertNoTiming("The new permit has been delayed until next year.",
                "The new permit scheme has been pushed back to next year.");
        // a delay denied agrees with the date
        assertNoTiming("Every driver will get the new permit by May.", "The new permit has not been postponed.");
        // another event's date is no timing difference
        assertNoTiming("The bakery opens its doors in March.", "The harbour festival has been postponed.");
    }

    private static void assertNoTiming(String a, String b) {
        assertThat(compare(a, b).differences()).as(a + " / " + b).extracting(StanceComparison.Difference::kind)
                .doesNotContain(Kind.TIMING);
    }

    @Test
    void going_on_against_stopping_or_being_at_rest_is_a_continuation_difference() {
        assertDiffer("Evening ferries to Sandvik will continue all winter.",
                "Sandvik harbour will be silent in the evenings from October.", Kind.CONTINUATION);
        assertDiffer("Work continues at the Norrby quarry.", "The Norrby quarry will halt all work next week.",
                Kind.CONTINUATION);
        assertThat(compare("Evening ferries to Sandvik will continue all winter.",
                "Sandvik harbour will be silent in the evenings from October.").differences().stream()
                .filter(d -> d.kind() == Kind.CONTINUATION).findFirst().orElseThrow().reason()).contains("silent");
        // both say it goes on, or it stops of something else
        assertThat(compare("Work continues at the Norrby quarry.", "Work at the Norrby quarry goes on as before.")
                .differences()).isEmpty();
        assertThat(compare("Work continues at the Norrby quarry.", "The bakery in Lund will be closed on Sundays.")
                .differences()).extracting(StanceComparison.Difference::kind).doesNotContain(Kind.CONTINUATION);
    }

    @Test
    void kept_to_budget_against_a_cost_over_budget_is_a_quantity_difference() {
        assertDiffer("The new library was finished on time and within budget.",
                "The library cost three million more than planned.", Kind.QUANTITY);
        assertThat(compare("The new library was finished on time and within budget.",
                "The library cost three million more than planned.").differences().getFirst().reason())
                .contains("within budget").contains("more than planned");
        // a cost overrun the reporter mentions between the speaker's words is not the speaker's
        Claim joined = READER.read("The new library was finished within budget,” said Ana Lind, who denied cost "
                + "overruns. “Readers will love it.");
        assertThat(joined.spoken().text()).doesNotContain("overruns").contains("within budget").contains("Readers");
        assertThat(StanceComparison.compare(joined, READER.read("The library came in under budget.")).differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
        // both within budget say the same
        assertThat(compare("The new library was finished within budget.", "The library came in under budget.")
                .differences()).extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
    }

    @Test
    void a_verb_wordnet_files_as_ending_or_going_on_says_the_aspect_without_an_aspect_word() {
        assertDiffer("The harbour toll will be abolished from next April.",
                "The harbour toll will remain part of every mooring bill.", Kind.CONTINUATION);
        assertDiffer("The Tarn night bus made its last run on Friday.",
                "The council will go on running the night bus to Tarn.", Kind.CONTINUATION);
        assertDiffer("The choir gave its final concert in May.", "The choir carries on singing in the chapel.",
                Kind.CONTINUATION);
        assertThat(aspect("The chess club will close in June.")).isEqualTo(Aspect.STOPPED);
        assertThat(aspect("The chess club will go on meeting on Tuesdays.")).isEqualTo(Aspect.CONTINUES);
        // finishing a work completes it, "to stop" a flood prevents it, "heading" somewhere proceeds: no aspect
        assertThat(aspect("The work on the new dyke was finished on time.")).isEqualTo(Aspect.NONE);
        assertThat(aspect("The dyke is too low to stop a flood.")).isEqualTo(Aspect.NONE);
        assertThat(aspect("The deficit is heading towards three percent.")).isEqualTo(Aspect.NONE);
        // a closing denied is no ending, and both ending agree
        assertThat(aspect("No chess club will be closed.")).isEqualTo(Aspect.NONE);
        assertThat(compare("The chess club will close in June.", "The chess club is shutting its doors.")
                .differences()).extracting(StanceComparison.Difference::kind).doesNotContain(Kind.CONTINUATION);
        // "work on" is what one works on, not a way of going on
        assertThat(compare("All work on the capsule has stopped.", "The capsule project matters.").sharedWords())
                .contains("work");
    }

    private static Aspect aspect(String text) {
        return READER.read(text).clauses().getFirst().aspect();
    }

    @Test
    void words_opposed_only_through_a_verb_of_many_senses_are_no_opposites_unless_they_go_opposite_ways() {
        assertNoKind("Births will move to the Lindvik hospital.", "Midwives will leave when births stop at Lindvik.",
                Kind.OPPOSITES);
        assertNoKind("The night train will start in May.", "The train to Vienna will run from May.", Kind.OPPOSITES);
        assertNoKind("The ward will keep delivering babies for years to come.",
                "Women will go on giving birth at the ward.", Kind.OPPOSITES);
    }

    @Test
    void a_plan_said_to_go_ahead_against_the_same_plan_put_off_is_a_timing_difference() {
        assertDiffer("The new concert hall will go ahead as planned.", "The concert hall has been postponed indefinitely.",
                Kind.TIMING);
        assertDiffer("The harbour tunnel will go ahead.", "The harbour tunnel has been shelved until the review ends.",
                Kind.TIMING);
        // both going ahead, or only possibly going ahead, is no timing difference
        assertNoKind("The concert hall will go ahead as planned.", "The concert hall will go ahead, the mayor said.",
                Kind.TIMING);
        assertNoKind("The concert hall may go ahead.", "The concert hall has been put off.", Kind.TIMING);
    }

    @Test
    void a_plural_wordnet_knows_as_a_noun_of_its_own_meets_its_singular() {
        assertThat(compare("The rollout of the library card has been pushed back to next year.",
                "The cards will be in readers' hands before the summer.").sharedWords()).contains("card");
        assertDiffer("The rollout of the library card has been pushed back to next year.",
                "The cards will be in readers' hands before the summer.", Kind.TIMING);
    }

    @Test
    void two_clauses_comparing_one_thing_in_opposite_directions_differ() {
        assertDiffer("The tram will cost less than a new bus line.", "The tram will cost more than a new bus line.",
                Kind.QUANTITY);
        assertDiffer("The new ferry is higher than the old bridge.", "The new ferry is lower than the old bridge.",
                Kind.QUANTITY);
        // the same direction, a bound of a number, or a comparison denied is none
        assertNoKind("The tram will cost less than a new bus line.", "The tram will cost less than a bus line.",
                Kind.QUANTITY);
        assertThat(READER.read("More than 40 percent of voters want it.").clauses().getFirst().comparison()).isZero();
        assertThat(READER.read("It costs no more than a bus line.").clauses().getFirst().comparison()).isZero();
        assertThat(READER.read("It costs more than a bus line.").clauses().getFirst().comparison()).isEqualTo(1);
    }

    @Test
    void a_share_said_as_a_fraction_is_a_percentage() {
        assertDiffer("A third of the budget goes to roads.", "Half of the budget goes to roads.", Kind.QUANTITY);
        assertDiffer("More than two thirds of the members want a strike.", "Fewer than half of the members want a strike.",
                Kind.QUANTITY);
        assertNoKind("A quarter of the budget goes to roads.", "25 percent of the budget goes to roads.", Kind.QUANTITY);
        // no share of anything: "a quarter more", "cut in half"
        assertThat(READER.read("Importers will pay a quarter more.").quantities()).isEmpty();
        assertThat(READER.read("The city will cut the budget in half.").quantities()).isEmpty();
    }

    @Test
    void no_money_or_not_a_single_cent_against_a_sum_for_the_same_thing_disagree() {
        assertDiffer("The council will pay 12 million for the new pool.",
                "Not a single cent of public money will go into the new pool.", Kind.QUANTITY);
        assertDiffer("The council will pay 12 million for the new pool.", "There is no money for the new pool.",
                Kind.QUANTITY);
        // millions of nothing named are a sum; millions of people are not
        assertThat(READER.read("The council will pay 12 million for it.").quantities().getFirst().unit())
                .isEqualTo(Claim.Unit.MONEY);
        assertThat(READER.read("Four million people live there.").quantities().getFirst().unit())
                .isEqualTo(Claim.Unit.COUNT);
        assertNoKind("The council will pay 12 million for the new pool.",
                "The council will pay 12 million euros for the new pool.", Kind.QUANTITY);
    }

    @Test
    void a_change_denied_and_the_same_plan_called_off_say_the_same_way() {
        assertThat(compare("No licence will be granted.", "The licence plan has been shelved.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.CONTINUATION);
        // a stop denied against a stop affirmed still differs
        assertDiffer("No school will be closed.", "Forty schools will be merged.", Kind.CONTINUATION);
    }

    @Test
    void a_word_and_a_word_of_its_definition_are_about_one_thing() {
        // "conscription" is WordNet's "compulsory enrollment of persons especially for military service"
        assertThat(compare("Conscription will not come back.", "Every 19-year-old will do nine months of service.")
                .sharedWords()).contains("conscription");
        assertThat(compare("Every 19-year-old will do nine months of service.", "Conscription will not come back.")
                .sharedWords()).contains("service");
        // unrelated words stay apart
        assertThat(compare("Conscription will not come back.", "The bridge will open in May.").sharedWords())
                .isEmpty();
    }

    @Test
    void two_rates_of_one_thing_that_disagree_are_numbers_for_one_measure() {
        assertDiffer("Kolvik will produce 40,000 barrels a day at its peak.",
                "At best we will get some 9,000 barrels a day.", Kind.QUANTITY);
        // a bare count of one thing in two statements may count two things ("three patients" / "no patient")
        assertThat(compare("Kolvik will produce 40,000 barrels.", "We sold 9,000 barrels.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
    }

    @Test
    void settled_is_said_as_certain_and_not_settled_as_undecided() {
        assertThat(compare("The harbour levy will rise in May.", "The harbour levy is settled and will rise in May.")
                .differences()).isEmpty();
        assertDiffer("The harbour levy will rise in May.", "When the harbour levy rises is not settled.",
                Kind.MODALITY);
    }

    @Test
    void openness_denied_is_settled_or_ruled_out() {
        // "not negotiable": the plan stands, as "will" says it
        assertNoKind("The night-bus subsidy is not negotiable.", "The night buses will keep their subsidy.",
                Kind.MODALITY);
        assertDiffer("The night-bus subsidy is negotiable.", "The night buses will keep their subsidy.",
                Kind.MODALITY);
        // "not possible": ruled out, against "will"
        assertThat(READER.read("A second runway is not possible.").clauses().getFirst().modality())
                .isEqualTo(Modality.EXCLUDED);
        assertThat(READER.read("A second runway is possible.").clauses().getFirst().modality())
                .isEqualTo(Modality.OPEN);
    }

    @Test
    void not_decided_against_said_as_settled_is_a_difference_in_certainty() {
        assertDiffer("No decision has been taken on the bondholders.", "The bondholders will lose everything.",
                Kind.MODALITY);
        assertDiffer("Whether the ferry keeps its licence is still an open question.",
                "The ferry has kept its licence.", Kind.MODALITY);
        assertDiffer("The new tariff is still being assessed by the ministry.",
                "The ministry approved the new tariff on Monday.", Kind.MODALITY);
        // "open" said of a place is a word of its own, not an open question
        assertThat(compare("The border crossing is open.", "The border crossing is closed.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.MODALITY);
        // both undecided: no difference in certainty
        assertThat(compare("No decision has been taken on the bondholders.",
                "What happens to the bondholders is an open question.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.MODALITY);
    }

    @Test
    void counts_of_two_words_one_defines_the_other_count_one_thing() {
        // WordNet defines a death as a "departure from life"; "a dozen" is twelve
        assertDiffer("The new rule will save about eighty lives a year.",
                "We expect the rule to prevent a dozen deaths a year.", Kind.QUANTITY);
        // unrelated counts stay apart
        assertThat(compare("The new rule will save about eighty lives a year.",
                "We expect the rule to close a dozen bridges a year.").differences())
                .extracting(StanceComparison.Difference::kind).doesNotContain(Kind.QUANTITY);
    }

    @Test
    void shares_said_as_most_one_in_ten_or_two_thirds_are_percentages() {
        assertThat(READER.read("Most voters in Tarn back the plan.").quantities().getFirst())
                .extracting(Claim.Quantity::value, Claim.Quantity::unit, Claim.Quantity::bound)
                .containsExactly(50.0, Claim.Unit.PERCENT, Claim.Bound.AT_LEAST);
        assertThat(READER.read("Fewer than one tenant in ten will pay more.").quantities().getFirst())
                .extracting(Claim.Quantity::value, Claim.Quantity::bound)
                .containsExactly(10.0, Claim.Bound.AT_MOST);
        assertThat(READER.read("Two-thirds of tenants will pay more.").quantities().getFirst().value())
                .isCloseTo(66.7, org.assertj.core.data.Offset.offset(0.1));
        // "most" as a superlative or a bound is no share
        assertThat(READER.read("It is the most important reform in years.").quantities()).isEmpty();
        assertThat(READER.read("Tenants will pay at most 40 euros more.").quantities())
                .noneMatch(q -> q.unit() == Claim.Unit.PERCENT);
        assertDiffer("Most voters in Tarn back the plan.", "Only a third of the voters in Tarn back this plan.",
                Kind.QUANTITY);
        assertDiffer("About two-thirds of tenants will pay the full rent.",
                "Fewer than one tenant in ten will pay the full rent.", Kind.QUANTITY);
    }
}

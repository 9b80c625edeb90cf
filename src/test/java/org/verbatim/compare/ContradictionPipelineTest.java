package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionScorer.Labelled;
import org.verbatim.compare.ContradictionScorer.Memory;

/** The finder's pipeline on statements made by hand: align → compare stance → score → explain, no index. */
class ContradictionPipelineTest {

    private final Claims claims = new Claims();

    private static Statement said(long id, String speaker, String affiliationKey, String text) {
        return new Statement(id, id, text, id, speaker, affiliationKey, affiliationKey, null);
    }

    private ContradictionFinder.Pair weigh(Statement a, Statement b, Memory memory) {
        return ContradictionFinder.weigh(claims, a, b, 1.0, memory);
    }

    @Test
    void a_colleague_saying_the_same_is_no_candidate_and_one_saying_the_opposite_is() {
        Statement minister = said(1, "Sigrid Holm", "valmark", "Valmark will not sign the readmission agreement.");
        Statement agrees = said(2, "Jonas Falk", "valmark", "Valmark will not sign the readmission agreement now.");
        Statement opposes = said(3, "Jonas Falk", "valmark", "We are ready to sign the readmission agreement.");
        assertThat(weigh(minister, agrees, Memory.EMPTY)).isNull();
        ContradictionFinder.Pair pair = weigh(minister, opposes, Memory.EMPTY);
        assertThat(pair).isNotNull();
        assertThat(pair.scored().reasons()).first().asString().startsWith("Same topic:");
        assertThat(pair.scored().reasons()).anyMatch(r -> r.startsWith("Negation:")).contains("Same affiliation");
        assertThat(pair.scored().contrast()).containsExactly("NEGATION");
        assertThat(pair.scored().sameSide()).isTrue();
    }

    @Test
    void a_speaker_named_as_a_body_of_a_state_is_taken_as_that_state_when_no_affiliation_was_recorded() {
        Statement commission = new Statement(1, 1, "Voting will close at noon.", 1L, "Zembla's electoral commission",
                null, null, null);
        assertThat(StatementIndex.described(commission)).isEqualTo("Zembla's electoral commission");
        Statement ministry = new Statement(2, 1, "Fares will rise.", 2L, "transport ministry", null, null, null);
        assertThat(StatementIndex.described(ministry)).isEqualTo("transport ministry");
        // a person, an association, a recorded affiliation: not described
        assertThat(StatementIndex.described(new Statement(3, 1, "x", 3L, "Anna Berg", null, null, null))).isNull();
        assertThat(StatementIndex.described(new Statement(4, 1, "x", 4L, "Zemblan farmers' union", null, null, null)))
                .isNull();
        assertThat(StatementIndex.described(new Statement(5, 1, "x", 5L, "transport ministry", "Zembla", "zembl",
                null))).isNull();
    }

    @Test
    void statements_about_different_things_are_not_aligned() {
        Statement taxes = said(1, "A", "x", "Taxes will rise.");
        Statement river = said(2, "B", "x", "The river will fall.");
        assertThat(weigh(taxes, river, Memory.EMPTY)).isNull();
    }

    @Test
    void one_government_ranks_above_two_and_an_unrecorded_affiliation_is_neutral() {
        String a = "The deficit will end the year below 2 percent.";
        String b = "We now expect a deficit of 3.1 percent this year.";
        double same = weigh(said(1, "A", "latv", a), said(2, "B", "latv", b), Memory.EMPTY).scored().score();
        double unknown = weigh(said(1, "A", "latv", a), said(2, "B", null, b), Memory.EMPTY).scored().score();
        double different = weigh(said(1, "A", "latv", a), said(2, "B", "est", b), Memory.EMPTY).scored().score();
        assertThat(same).isGreaterThan(unknown);
        assertThat(unknown).isGreaterThan(different);
    }

    @Test
    void one_speakers_two_statements_in_one_article_rank_below_the_same_two_in_two_articles() {
        String a = "The ferry fare will be frozen at its present level.";
        String b = "The ferry fare will rise to six euros.";
        Statement first = new Statement(1, 10, a, 7L, "Anna Berg", "Tarvik", "tarv", null);
        Statement inAnother = new Statement(2, 11, b, 7L, "Anna Berg", "Tarvik", "tarv", null);
        Statement inTheSame = new Statement(3, 10, b, 7L, "Anna Berg", "Tarvik", "tarv", null);
        double across = weigh(first, inAnother, Memory.EMPTY).scored().score();
        var within = weigh(first, inTheSame, Memory.EMPTY);
        assertThat(within.scored().score()).isLessThan(across / 2);
        assertThat(within.scored().reasons()).contains("Both said by Anna Berg in one article");
    }

    @Test
    void a_reviewers_label_lifts_or_sinks_the_pair_and_keeps_an_agreeing_pair_in_view() {
        Statement x = said(1, "A", "k", "The tram network will expand.");
        Statement y = said(2, "B", "k", "The tram network will shrink.");
        double plain = weigh(x, y, Memory.EMPTY).scored().score();
        Labelled confirmed = new Labelled(1, 2, PairVerdict.CONTRADICTS, "checked", Set.of("tram", "network"),
                Set.of("OPPOSITES"));
        var pair = weigh(x, y, new Memory(Map.of(Memory.pairKey(1, 2), confirmed), List.of(confirmed)));
        assertThat(pair.scored().score()).isGreaterThan(plain);
        assertThat(pair.scored().reasons().getFirst()).contains("Confirmed");
        Labelled consistent = new Labelled(1, 2, PairVerdict.CONSISTENT, null, Set.of(), Set.of());
        assertThat(weigh(x, y, new Memory(Map.of(Memory.pairKey(1, 2), consistent), List.of(consistent)))
                .scored().score()).isLessThan(plain);
    }

    @Test
    void one_sides_pair_with_no_difference_found_is_no_candidate_and_one_with_a_difference_is() {
        Statement open = said(1, "Clara Borg", "malt", "The maternity ward at Gozo General will stay open.");
        Statement other = said(2, "Paul Farrugia", "malt", "Gozo General mothers will be looked after by midwives.");
        Statement stopped = said(3, "Lara Vella", "malt", "Gozo General will no longer deliver babies.");
        ContradictionFinder.Pair unexplained = weigh(open, other, Memory.EMPTY);
        ContradictionFinder.Pair explained = weigh(open, stopped, Memory.EMPTY);
        assertThat(unexplained).isNull();
        assertThat(explained).isNotNull();
        // the same two statements from two sides are no candidate
        assertThat(weigh(open, said(2, "Paul Farrugia", "gozo hospital board", other.text()), Memory.EMPTY)).isNull();
        // staying open against being moved elsewhere is a difference general language finds
        Statement moved = said(4, "Paul Farrugia", "malt", "Gozo General mothers will be transferred to Mater Dei.");
        assertThat(weigh(open, moved, Memory.EMPTY).scored().reasons()).anyMatch(r -> r.startsWith("Continuation:"));
    }

    @Test
    void one_sides_paraphrase_or_statements_going_the_same_way_are_no_candidate() {
        Statement a = said(1, "A", "kav", "Every worker at the plant will keep their job.");
        assertThat(weigh(a, said(2, "B", "kav", "No jobs will be lost at the plant."), Memory.EMPTY)).isNull();
        assertThat(weigh(a, said(3, "B", "kav", "Every worker at the plant will keep their job, all of them."),
                Memory.EMPTY)).isNull();
        ContradictionFinder.Pair opposite = weigh(a, said(4, "C", "kav",
                "We will reduce the workforce at the plant by 800 people."), Memory.EMPTY);
        assertThat(opposite).isNotNull();
        assertThat(opposite.scored().contrast()).containsExactly("CONTINUATION");
        assertThat(opposite.scored().reasons()).anyMatch(r -> r.startsWith("Continuation:") && r.contains("reduce"));
    }

    @Test
    void saying_no_against_a_plain_statement_is_a_candidate_within_one_side_only() {
        String no = "Parts of the surveillance law breach the constitution.";
        String plain = "The new surveillance law is fully in line with the constitution.";
        assertThat(weigh(said(1, "A", "kern", no), said(2, "B", "kern", plain), Memory.EMPTY)).isNotNull();
        assertThat(weigh(said(1, "A", "kern", no), said(2, "B", "bar association", plain), Memory.EMPTY)).isNull();
    }

    @Test
    void a_state_body_of_no_named_country_is_not_counted_as_another_side() {
        String a = "The maternity ward at Gozo General will stay open.";
        String b = "Gozo General will no longer deliver babies after September.";
        Statement minister = said(1, "Clara Borg", "malt", a);
        Statement ministry = new Statement(2, 2, b, 2L, "Lara Vella", "health ministry", "health ministry", null);
        Statement party = new Statement(3, 3, b, 3L, "Dan Grech", "opposition Malta Forward party", "malta forward",
                null);
        ContradictionFinder.Pair unresolved = weigh(minister, ministry, Memory.EMPTY);
        assertThat(unresolved.scored().score()).isGreaterThan(weigh(minister, party, Memory.EMPTY).scored().score());
        assertThat(unresolved.scored().reasons()).anyMatch(r -> r.contains("not known beyond “health ministry”"));
    }
}

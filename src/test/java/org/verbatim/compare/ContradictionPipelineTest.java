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
}

package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.compare.ContradictionScorer.Labelled;
import org.verbatim.compare.ContradictionScorer.Memory;

/**
 * The finder's pipeline on statements made by hand: align → compare stance → score → explain, no index; the rules'
 * scores, without the learned step ({@link CandidateRankerTest}).
 */
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

    @Test
    void a_body_named_without_its_state_takes_the_state_the_article_names_it_with() {
        Statement lead = new Statement(1, 9, "The subsidy will double.", 1L, "The Zemblan fisheries ministry", null,
                "zembl", null);
        Statement neighbour = new Statement(2, 9, "We will not follow.", 2L, "Ivo Tamm", "Ruritania", "ruritan", null);
        Statement other = new Statement(3, 9, "Nor will we.", 3L, "Ana Lind", "Ruritania", "ruritan", null);
        // the neighbouring country speaks more often, but the body is the one the lead names
        assertThat(StatementIndex.placeNaming("fisheries ministry", List.of(neighbour, other, lead)))
                .isEqualTo("zembl");
        assertThat(StatementIndex.placeNaming("the fisheries ministry", List.of(lead))).isEqualTo("zembl");
        assertThat(StatementIndex.placeNaming("transport ministry", List.of(neighbour, other, lead))).isNull();
    }

    @Test
    void a_speaker_whose_ministry_names_no_country_speaks_for_the_country_it_speaks_for_elsewhere() {
        Statement named = new Statement(1, 7, "The promise holds.", 4L, "Ruth Aldane", "Brennland", "brennland", null);
        Statement unnamed = new Statement(2, 8, "The list is shorter.", 4L, "Ruth Aldane", "ministry of health",
                "ministry health", null);
        Statement opposition = new Statement(3, 8, "The list is longer.", 5L, "Leo Grant", "Liberal Party", "liberal party", null);
        Statement unknown = new Statement(4, 9, "It is shorter.", 4L, "Ruth Aldane", null, null, null);
        assertThat(StatementIndex.sameSpeakerSamePlace(List.of(named, unnamed, opposition, unknown)))
                .extracting(Statement::affiliationKey).containsExactly("brennland", "brennland", "liberal party", "brennland");
    }

    @Test
    void the_articles_own_words_for_a_quote_are_shown_as_that_quote_once() {
        Statement source = said(1, "Anna Berg", "tarvik", "The harbour will stay open to ferries all winter.");
        Statement reported = new Statement(2, 20, "the harbour would close to ferries in December", 5L, "Olav Dahl",
                "Tarvik", "tarvik", null);
        Statement quoted = new Statement(3, 20, "The harbour will close to ferries in December, whatever the weather.",
                5L, "Olav Dahl", "Tarvik", "tarvik", null);
        Statement elsewhere = new Statement(4, 21, "the harbour would close to ferries in December", 6L, "Eva Moss",
                "Tarvik", "tarvik", null);
        var around = new ContradictionFinder.Neighbours(source, List.of(reported, quoted, elsewhere),
                Map.of(2L, 1.0, 3L, 0.6, 4L, 1.0), Set.of(2L, 4L));
        List<ContradictionFinder.Pair> found = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        List<Long> shown = found.stream().map(p -> p.second().quoteId()).toList();
        // the reported statement stands for Olav Dahl's quote; Eva Moss's has no quote of hers to stand for
        assertThat(shown).containsExactlyInAnyOrder(3L, 4L);
        ContradictionFinder.Pair dahl = found.stream().filter(p -> p.second().quoteId() == 3L).findFirst().orElseThrow();
        // the better of the two
        double asReported = weigh(source, reported, Memory.EMPTY).scored().score();
        double asQuoted = ContradictionFinder.weigh(claims, source, quoted, 0.6, Memory.EMPTY).scored().score();
        assertThat(dahl.scored().score()).isEqualTo(Math.max(asReported, asQuoted));
        Statement weaker = new Statement(3, 20, "Ferries may find the harbour closed in December.", 5L, "Olav Dahl",
                "Tarvik", "tarvik", null);
        var around2 = new ContradictionFinder.Neighbours(source, List.of(reported, weaker), Map.of(2L, 1.0, 3L, 0.2),
                Set.of(2L));
        ContradictionFinder.Pair shownAsQuote = ContradictionFinder.weighAll(claims, around2, Memory.EMPTY, 10, CandidateRanker.NONE)
                .getFirst();
        assertThat(shownAsQuote.second().quoteId()).isEqualTo(3L);
        assertThat(shownAsQuote.scored().score()).isEqualTo(asReported);
        assertThat(shownAsQuote.scored().reasons()).anyMatch(r -> r.startsWith("As the article reports it"));
    }

    @Test
    void an_account_in_the_articles_words_ranks_below_the_same_said_in_quotation() {
        Statement source = said(1, "Anna Berg", "tarvik", "The harbour will stay open to ferries all winter.");
        Statement reported = new Statement(2, 21, "the harbour would close to ferries in December", 6L, "Eva Moss",
                "Tarvik", "tarvik", null);
        Statement quoted = new Statement(3, 22, "the harbour would close to ferries in December", 7L, "Olav Dahl",
                "Tarvik", "tarvik", null);
        var around = new ContradictionFinder.Neighbours(source, List.of(reported, quoted), Map.of(2L, 1.0, 3L, 1.0),
                Set.of(2L));
        List<ContradictionFinder.Pair> found = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        assertThat(found).extracting(p -> p.second().quoteId()).containsExactly(3L, 2L);
        assertThat(found.get(1).scored().score())
                .isEqualTo(found.get(0).scored().score() * ContradictionScorer.SECOND_HAND);
        assertThat(found.get(1).scored().reasons()).contains("In the article's words, not quoted");
    }

    @Test
    void a_pair_from_another_article_of_the_sources_story_weighs_more_and_says_why() {
        Statement source = said(1, "Anna Berg", "tarvik", "The harbour will stay open to ferries all winter.");
        Statement sameStory = new Statement(2, 21, "The harbour will close to ferries in December.", 6L, "Eva Moss",
                "Tarvik", "tarvik", null);
        Statement otherStory = new Statement(3, 22, "The harbour will close to ferries in December.", 7L, "Olav Dahl",
                "Tarvik", "tarvik", null);
        var around = new ContradictionFinder.Neighbours(source, List.of(otherStory, sameStory),
                Map.of(2L, 1.0, 3L, 1.0), Set.of(), Set.of(2L));
        List<ContradictionFinder.Pair> found = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        assertThat(found).extracting(p -> p.second().quoteId()).containsExactly(2L, 3L);
        assertThat(found.get(0).scored().score())
                .isEqualTo(found.get(1).scored().score() * ContradictionFinder.SAME_STORY);
        assertThat(found.get(0).scored().reasons()).anyMatch(r -> r.startsWith("Same story"));
        assertThat(found.get(1).scored().reasons()).noneMatch(r -> r.startsWith("Same story"));
    }

    @Test
    void the_articles_own_words_for_the_source_are_no_candidate() {
        Statement source = new Statement(1, 20, "The harbour will close to ferries in December, whatever the weather.",
                5L, "Olav Dahl", "Tarvik", "tarvik", null);
        Statement restating = new Statement(2, 20, "the harbour would not close to ferries until December", 5L,
                "Olav Dahl", "Tarvik", "tarvik", null);
        var around = new ContradictionFinder.Neighbours(source, List.of(restating), Map.of(2L, 1.0), Set.of(2L));
        assertThat(ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE)).isEmpty();
    }

    @Test
    void one_sides_statements_on_one_subject_in_two_shapes_are_listed_below_every_pair_with_a_difference() {
        Statement source = said(1, "Anna Berg", "tarvik", "The ferry fare is rising this spring.");
        Statement hedged = said(2, "Olav Dahl", "tarvik", "The ferry fare may rise this spring.");
        Statement opposed = said(3, "Eva Moss", "norland", "The ferry fare will fall this spring.");
        ContradictionFinder.Pair unexplained = weigh(source, hedged, Memory.EMPTY);
        assertThat(unexplained).isNotNull();
        assertThat(unexplained.scored().unexplained()).isTrue();
        assertThat(unexplained.scored().contrast()).isEmpty();
        assertThat(unexplained.scored().reasons()).contains("Same affiliation")
                .anyMatch(r -> r.startsWith(ContradictionScorer.UNEXPLAINED) && r.contains("surer"));
        var around = new ContradictionFinder.Neighbours(source, List.of(hedged, opposed), Map.of(2L, 1.0, 3L, 0.1),
                Set.of());
        List<ContradictionFinder.Pair> found = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        // another side's opposite, worded less alike, still ranks first, and the scores say so
        assertThat(found).extracting(p -> p.second().quoteId()).containsExactly(3L, 2L);
        assertThat(found.get(1).scored().score()).isLessThan(found.get(0).scored().score());
        // the same two from two sides, or two sharing only one topic word, are no candidate
        assertThat(weigh(source, said(4, "Olav Dahl", "norland", hedged.text()), Memory.EMPTY)).isNull();
        assertThat(weigh(source, said(5, "Olav Dahl", "tarvik", "The ferry timetable may change."),
                Memory.EMPTY)).isNull();
    }

    @Test
    void one_sides_paraphrase_or_agreement_is_not_listed_as_unexplained() {
        Statement source = said(1, "Anna Berg", "tarvik", "The ferry fare is rising this spring.");
        assertThat(weigh(source, said(2, "Olav Dahl", "tarvik", "Ferry fares are rising this spring, as planned."),
                Memory.EMPTY)).isNull();
        assertThat(weigh(said(3, "Anna Berg", "tarvik", "The ferry fare will rise to six euros."),
                said(4, "Olav Dahl", "tarvik", "The ferry fare will rise to six euros in May."), Memory.EMPTY)).isNull();
    }

    @Test
    void a_pair_a_reviewer_labelled_no_contradiction_does_not_come_back_as_unexplained() {
        Statement source = said(1, "Anna Berg", "tarvik", "The ferry fare is rising this spring.");
        Statement hedged = said(2, "Olav Dahl", "tarvik", "The ferry fare may rise this spring.");
        for (PairVerdict verdict : List.of(PairVerdict.CONSISTENT, PairVerdict.UNRELATED)) {
            Labelled label = new Labelled(1, 2, verdict, null, Set.of("ferry", "fare"), Set.of());
            assertThat(weigh(source, hedged, new Memory(Map.of(Memory.pairKey(1, 2), label), List.of(label))))
                    .isNull();
        }
        Labelled confirmed = new Labelled(1, 2, PairVerdict.CONTRADICTS, null, Set.of("ferry", "fare"), Set.of());
        var kept = weigh(source, hedged, new Memory(Map.of(Memory.pairKey(1, 2), confirmed), List.of(confirmed)));
        assertThat(kept.scored().unexplained()).isFalse();
    }

    @Test
    void a_side_s_statements_are_searched_with_the_words_that_define_the_claim_s_words() {
        // WordNet defines a refugee as "an exile who flees for safety"
        List<String> words = List.of(ContradictionFinder.synonymsOf(claims.of("We will take in 800 refugees."))
                .split(" "));
        assertThat(words).contains("refugees", "safety");
    }

    @Test
    void story_hits_are_chosen_alike_whichever_engine_scored_and_ordered_them() {
        // one engine: 9 and 4 tie, 7 a hair above them; the other: 4 before 9 and 7 a hair below
        var lucene = List.of(hit(1, 10f), hit(7, 6.02f), hit(9, 6f), hit(4, 6f), hit(2, 3f));
        var openSearch = List.of(hit(1, 10.1f), hit(4, 6.05f), hit(9, 6.05f), hit(7, 6.03f), hit(2, 3f));
        assertThat(ids(ContradictionFinder.steadyFirst(lucene, 3))).containsExactly(1L, 4L, 7L);
        assertThat(ids(ContradictionFinder.steadyFirst(openSearch, 3))).containsExactly(1L, 4L, 7L);
        // a clearly better hit still comes before a lower id, and a short list is kept as it is
        assertThat(ids(ContradictionFinder.steadyFirst(List.of(hit(1, 10f), hit(8, 9f), hit(3, 5f)), 2)))
                .containsExactly(1L, 8L);
        assertThat(ids(ContradictionFinder.steadyFirst(List.of(hit(5, 2f), hit(3, 1f)), 2))).containsExactly(5L, 3L);
    }

    private static StatementIndex.Hit hit(long id, float score) {
        return new StatementIndex.Hit(said(id, "Anna Berg", "valmark", "Statement " + id + "."), score);
    }

    private static List<Long> ids(List<StatementIndex.Hit> hits) {
        return hits.stream().map(h -> h.statement().quoteId()).toList();
    }
}

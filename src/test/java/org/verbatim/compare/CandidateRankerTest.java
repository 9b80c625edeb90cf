package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.verbatim.compare.CandidateRanker.Feature;
import org.verbatim.compare.ContradictionScorer.Memory;

/** The finder's learned step: its weights as shipped, and what it may and may not change in a list of candidates. */
class CandidateRankerTest {

    private final Claims claims = new Claims();

    private static Statement said(long id, long article, String speaker, String affiliationKey, String text) {
        return new Statement(id, article, text, id, speaker, affiliationKey, affiliationKey, null);
    }

    @Test
    void the_shipped_weights_load_and_read_back_as_written() {
        CandidateRanker shipped = CandidateRanker.shipped();
        String written = shipped.write("# test\n");
        assertThat(written).startsWith("# test\n").contains("@center\t");
        for (Feature f : Feature.values()) {
            assertThat(written).contains("\n" + f.name() + "\t");
        }
        CandidateRanker again = CandidateRanker.parse(written);
        double[] x = new double[Feature.values().length];
        x[Feature.SAME_ARTICLE.ordinal()] = 1;
        x[Feature.STRENGTH.ordinal()] = 0.8;
        assertThat(again.factor(x)).isCloseTo(shipped.factor(x), org.assertj.core.data.Offset.offset(1e-5));
        assertThatThrownBy(() -> CandidateRanker.parse("STRENGTH 0.3 extra")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> CandidateRanker.parse("NO_SUCH_FEATURE\t0.3")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void the_factor_follows_the_weights_and_none_leaves_the_rules_scores_alone() {
        CandidateRanker ranker = new CandidateRanker(Map.of(Feature.SAME_AFFILIATION, 0.5, Feature.SAME_ARTICLE, -1.0),
                0.25);
        double[] colleague = new double[Feature.values().length];
        colleague[Feature.SAME_AFFILIATION.ordinal()] = 1;
        double[] sameArticle = colleague.clone();
        sameArticle[Feature.SAME_ARTICLE.ordinal()] = 1;
        assertThat(ranker.factor(colleague)).isCloseTo(Math.exp(0.25), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ranker.factor(sameArticle)).isLessThan(ranker.factor(colleague));
        assertThat(CandidateRanker.NONE.factor(sameArticle)).isEqualTo(1);
        // centred on pairs, their average adjustment is a factor of one
        CandidateRanker centred = ranker.centredOn(List.of(colleague, sameArticle));
        assertThat(Math.log(centred.factor(colleague)) + Math.log(centred.factor(sameArticle)))
                .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_learned_step_reorders_the_rules_candidates_but_never_adds_or_drops_one() {
        Statement source = said(1, 1, "Sigrid Holm", "valmark", "Valmark will not sign the readmission agreement.");
        List<Statement> others = List.of(
                said(2, 2, "Jonas Falk", "valmark", "We are ready to sign the readmission agreement."),
                said(3, 1, "Sigrid Holm", "valmark", "The readmission agreement will be signed in May."),
                said(4, 3, "Ana Lind", "norvia", "Norvia will sign the readmission agreement this week."),
                said(5, 4, "Jonas Falk", "valmark", "Valmark will not sign the readmission agreement now."));
        Map<Long, Double> wording = Map.of(2L, 0.8, 3L, 0.9, 4L, 0.7, 5L, 1.0);
        var around = new ContradictionFinder.Neighbours(source, others, wording, Set.of(), Set.of());
        var rules = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        var learned = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.shipped());
        assertThat(rules).isNotEmpty();
        assertThat(learned.stream().map(p -> p.second().quoteId()).sorted().toList())
                .isEqualTo(rules.stream().map(p -> p.second().quoteId()).sorted().toList());
        // the colleague saying the same is still no candidate, and the list reads best first by its scores
        assertThat(learned).noneMatch(p -> p.second().quoteId() == 5);
        for (int i = 1; i < learned.size(); i++) {
            assertThat(learned.get(i).scored().score()).isLessThanOrEqualTo(learned.get(i - 1).scored().score());
        }
        // the same reasons: the learned step orders candidates, the rules say why
        for (var p : learned) {
            var same = rules.stream().filter(r -> r.second().quoteId() == p.second().quoteId()).findFirst().orElseThrow();
            assertThat(p.scored().reasons()).isEqualTo(same.scored().reasons());
        }
    }

    @Test
    void a_quote_shown_for_the_articles_report_of_it_is_marked_when_only_the_report_differs() {
        Statement source = said(1, 1, "Sigrid Holm", "valmark", "The ferry to Osk will run all winter.");
        // the article's words for what Jonas Falk said, and his own quote in the same article
        Statement report = new Statement(2, 2, "the ferry to Osk would not run in the winter", 7L,
                "Jonas Falk", "valmark", "valmark", null);
        Statement quote = new Statement(3, 2, "The ferry to Osk matters to the island in the winter.", 7L, "Jonas Falk",
                "valmark", "valmark", null);
        var around = new ContradictionFinder.Neighbours(source, List.of(report, quote),
                Map.of(2L, 0.9, 3L, 0.8), Set.of(2L), Set.of());
        var shown = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, CandidateRanker.NONE);
        assertThat(shown).extracting(p -> p.second().quoteId()).containsExactly(3L);
        var pair = shown.getFirst();
        var ownWords = org.verbatim.language.StanceComparison.compare(claims.of(source.text()),
                claims.of(quote.text()), ContradictionFinder.ownSide(source, quote));
        assertThat(ownWords.differs()).isFalse();
        assertThat(CandidateRanker.features(pair, ownWords, around)[Feature.REPORT_ONLY.ordinal()]).isEqualTo(1);
        // and the shipped weights put such a pair below the same pair with a difference of its own
        double[] own = CandidateRanker.features(pair, ownWords, around);
        own[Feature.REPORT_ONLY.ordinal()] = 0;
        assertThat(CandidateRanker.shipped().factor(CandidateRanker.features(pair, ownWords, around)))
                .isLessThan(CandidateRanker.shipped().factor(own));
    }

    @Test
    void a_pair_a_reviewer_labelled_keeps_the_labels_order_whatever_is_learned() {
        Statement source = said(1, 1, "Sigrid Holm", "valmark", "Valmark will not sign the readmission agreement.");
        Statement colleague = said(2, 2, "Jonas Falk", "valmark", "We are ready to sign the readmission agreement.");
        var around = new ContradictionFinder.Neighbours(source, List.of(colleague), Map.of(2L, 1.0), Set.of(), Set.of());
        var unrelated = new ContradictionScorer.Labelled(1, 2, PairVerdict.UNRELATED, "another matter", Set.of(),
                Set.of());
        var memory = new Memory(Map.of(Memory.pairKey(1, 2), unrelated), List.of(unrelated));
        // a ranker that would lift every pair of one affiliation fifty-fold
        var eager = new CandidateRanker(Map.of(Feature.SAME_AFFILIATION, Math.log(50)), 0);
        double rules = ContradictionFinder.weighAll(claims, around, memory, 10, CandidateRanker.NONE).getFirst()
                .scored().score();
        double learned = ContradictionFinder.weighAll(claims, around, memory, 10, eager).getFirst().scored().score();
        assertThat(learned).isEqualTo(rules);
        // without the label the same ranker lifts it
        double unlabelled = ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10, eager).getFirst().scored()
                .score();
        assertThat(unlabelled).isGreaterThan(ContradictionFinder.weighAll(claims, around, Memory.EMPTY, 10,
                CandidateRanker.NONE).getFirst().scored().score());
    }
}

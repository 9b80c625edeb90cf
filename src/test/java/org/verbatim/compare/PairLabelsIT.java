package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class PairLabelsIT {

    @Autowired
    PairLabels labels;

    @Autowired
    ContradictionFinder finder;

    @Autowired
    QuoteSearch search;

    @Autowired
    WatchList watch;

    @Autowired
    ArticleImporter importer;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    ConflictAlerts alerts;

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_label_is_saved_audited_with_its_note_searchable_and_changes_the_ranking() {
        var zarif = search.search(QuoteSearch.Query.of("\"still a terrorist entity\"")).hits().getFirst().card();
        var candidates = finder.forQuote(zarif.quoteId(), 5);
        var top = candidates.getFirst();
        var second = candidates.get(1);

        var saved = labels.label(zarif.quoteId(), second.second().quoteId(), PairVerdict.CONTRADICTS,
                "Designated terrorist, yet negotiated with");
        labels.label(zarif.quoteId(), top.second().quoteId(), PairVerdict.UNRELATED, "Different matter");

        // saved and audited, the note as the revision's reason
        var history = labels.history(saved.id());
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().username()).isEqualTo("fiona");
        assertThat(history.getFirst().reason()).contains("contradicts").contains("negotiated with");
        labels.label(zarif.quoteId(), second.second().quoteId(), PairVerdict.CONTRADICTS, "Confirmed twice");
        assertThat(labels.history(saved.id())).hasSize(2).last()
                .satisfies(r -> assertThat(r.note()).isEqualTo("Confirmed twice"));

        // searchable: "confirmed contradictions involving Iran"
        assertThat(labels.find("Iran", PairVerdict.CONTRADICTS, 10)).extracting(PairLabels.LabelView::id)
                .contains(saved.id());
        assertThat(labels.find("Iran", PairVerdict.CONSISTENT, 10)).extracting(PairLabels.LabelView::id)
                .doesNotContain(saved.id());

        // the ranking learns: the confirmed pair rises to the top, the unrelated one falls
        var after = finder.forQuote(zarif.quoteId(), 10);
        assertThat(after.getFirst().second().quoteId()).isEqualTo(second.second().quoteId());
        assertThat(after.getFirst().label()).isEqualTo(PairVerdict.CONTRADICTS);
        assertThat(after.getFirst().reasons().getFirst()).contains("Confirmed");
        int unrelatedRank = indexOf(after, top.second().quoteId());
        assertThat(unrelatedRank == -1 || unrelatedRank > 2).isTrue();
    }

    @Test
    @WithMockUser(username = "aurelio", roles = "AUDITOR")
    void an_auditor_cannot_label_pairs() {
        assertThatThrownBy(() -> labels.label(1, 2, PairVerdict.CONSISTENT, "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "wanda", roles = {"FACT_CHECKER", "EDITOR"})
    void a_new_statement_contradicting_a_confirmed_one_by_the_same_speaker_shows_under_new_conflicts() {
        String marker = Long.toString(System.nanoTime(), 36);
        var first = importer.importText("Ruritanian Foreign Minister Olek Varga spoke in Zembla " + marker + ".\n\n"
                + "“The Zemblan Liberation Front is still a terrorist organisation,” Varga said.\n",
                ArticleImporter.Details.none("watch-a-" + marker));
        var earlier = search.search(QuoteSearch.Query.of("\"Zemblan Liberation Front is still\"")).hits().stream()
                .filter(h -> h.card().articleId() == first.articleId()).findFirst().orElseThrow().card();
        workflow.confirm(earlier.quoteId(), earlier.version());
        watch.markSeen();
        assertThat(watch.newConflicts()).noneMatch(c -> c.earlier().quoteId() == earlier.quoteId());

        importer.importText("Ruritanian Foreign Minister Olek Varga met envoys in Zembla " + marker + ".\n\n"
                + "“Our delegation held official negotiations with the Zemblan Liberation Front,” Varga said.\n",
                ArticleImporter.Details.none("watch-b-" + marker));
        var conflicts = watch.newConflicts();
        assertThat(conflicts).anySatisfy(c -> {
            assertThat(c.earlier().quoteId()).isEqualTo(earlier.quoteId());
            assertThat(c.newer().text()).contains("negotiations");
            assertThat(c.reasons()).anyMatch(r -> r.startsWith("Standing: one casts Zemblan Liberation Front"));
        });
        // watchers see it unasked: an alert in the frame and on the home screen, opening the Conflicts screen
        assertThat(alerts.current()).singleElement().satisfies(a -> {
            assertThat(a.route()).isEqualTo("conflicts");
            assertThat(a.text()).contains("contradict");
        });
        watch.markSeen();
        assertThat(watch.newConflicts()).isEmpty();
    }

    private static int indexOf(java.util.List<ContradictionFinder.Candidate> list, long quoteId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).second().quoteId() == quoteId) {
                return i;
            }
        }
        return -1;
    }
}

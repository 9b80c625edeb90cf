package org.verbatim.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.support.Newsroom.said;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.registry.PastMerge;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.speaker.SpeakerRepository;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/** Keeping the registry clean: suggested duplicates, merges that can be undone, entries left without quotes. */
@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class RegistryHygieneTest extends SpringBrowserlessTest {

    @Autowired
    Newsroom newsroom;

    @Autowired
    SpeakerRepository speakers;

    @Autowired
    SpeakerDirectory directory;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    /** A fact-checker gives the article's quote to {@code speaker}, as a correction. */
    private void attributeAnew(Published article, long speaker) {
        long quoteId = article.quoteIds().getFirst();
        long version = quotes.findById(quoteId).orElseThrow().getVersion();
        RunAs.user("fiona", Role.FACT_CHECKER).run(() -> workflow.correct(quoteId, version,
                ReviewWorkflow.Correction.speaker(speaker), "Named in the next paragraph"));
    }

    private void filter(String text) {
        test($(TextField.class).id("speaker-filter")).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private SpeakerSummary mergeTarget() {
        return ((ComboBox<SpeakerSummary>) $(ComboBox.class).id("merge-target")).getValue();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_suggested_duplicate_is_merged_from_the_suggestion_and_the_merge_is_undone_from_the_survivors_page() {
        String m = Newsroom.unique();
        long tove = newsroom.speaker("Tove Rask" + m, "Minister Rask" + m);
        long initial = newsroom.speaker("T. Rask" + m, "Rask" + m);
        newsroom.article("Quays " + m, null, said(tove, "The quays reopen in May"),
                said(tove, "Tolls stay as they are"));
        Published moved = newsroom.article("Ferries " + m, null, said(initial, "Ferries run every hour"));

        navigate(SpeakersView.class);
        filter("rask" + m);
        Details suggestions = $(Details.class).id("speaker-duplicates");
        assertThat(suggestions.getSummaryText()).isEqualTo("Possible duplicates (1)");
        HorizontalLayout suggestion = $(HorizontalLayout.class).withClassName("vb-suggested-merge").single();
        assertThat(suggestion.getElement().getTextRecursively())
                .startsWith("T. Rask" + m + " → Tove Rask" + m + " · name variants");

        test($(Button.class, suggestion).withText("Merge…").single()).click();
        assertThat(mergeTarget().id()).isEqualTo(tove);
        test($(TextField.class).id("merge-reason")).setValue("The same minister");
        test($(Button.class).id("merge-confirm")).click();

        assertThat(speakers.findById(initial)).isEmpty();
        assertThat(suggestions.isVisible()).as("nothing left to suggest").isFalse();
        assertThat(directory.speaker(tove).orElseThrow().aliases()).contains("T. Rask" + m, "Rask" + m);

        navigate(SpeakerStatementsView.class, tove);
        PastMerge merge = directory.mergesInto(tove).getFirst();
        assertThat($(Div.class).withClassName("vb-past-merge").single().getElement().getTextRecursively())
                .contains("T. Rask" + m, "1 quote", "merged by fiona", "The same minister");
        test($(Button.class).id("undo-merge-" + merge.id())).click();
        test($(TextField.class).id("undo-merge-reason")).setValue("Two people after all");
        test($(Button.class).id("undo-merge-confirm")).click();

        PastMerge undone = directory.mergesInto(tove).getFirst();
        assertThat(undone.undoneBy()).isEqualTo("fiona");
        SpeakerSummary restored = directory.speaker(undone.restoredId()).orElseThrow();
        assertThat(restored.name()).isEqualTo("T. Rask" + m);
        assertThat(restored.aliases()).containsExactly("Rask" + m);
        assertThat(restored.quotes()).isEqualTo(1);
        assertThat(quotes.findById(moved.quoteIds().getFirst()).orElseThrow().getSpeaker().getId())
                .isEqualTo(restored.id());
        SpeakerSummary survivor = directory.speaker(tove).orElseThrow();
        assertThat(survivor.aliases()).containsExactly("Minister Rask" + m);
        assertThat(survivor.quotes()).isEqualTo(2);
        assertThat($(Div.class).withClassName("vb-past-merge").single().getElement().getTextRecursively())
                .contains("undone by fiona");
        assertThat($(Button.class).withId("undo-merge-" + merge.id()).exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_speaker_left_without_quotes_by_a_correction_is_flagged_and_removed_with_a_reason() {
        String m = Newsroom.unique();
        long wrong = newsroom.speaker("Ola Vik" + m);
        Published roads = newsroom.article("Roads " + m, null, said(wrong, "The road opens on Monday"));
        long right = newsroom.speaker("Ola Viken" + m);
        attributeAnew(roads, right);

        navigate(SpeakersView.class);
        filter("ola vik" + m);
        Details unquoted = $(Details.class).id("speakers-without-quotes");
        assertThat(unquoted.getSummaryText()).isEqualTo("Without quotes (1)");
        assertThat(unquoted.getElement().getTextRecursively()).contains("Ola Vik" + m)
                .doesNotContain("Ola Viken" + m);

        test($(Button.class).id("remove-unquoted")).click();
        assertThat(speakers.findById(wrong)).as("no reason, nothing removed").isPresent();
        test($(TextField.class).id("remove-unquoted-reason")).setValue("Left over from a correction");
        test($(Button.class).id("remove-unquoted")).click();

        assertThat(speakers.findById(wrong)).isEmpty();
        assertThat(speakers.findById(right)).isPresent();
        assertThat(unquoted.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_sees_suggestions_and_flags_but_nothing_to_merge_remove_or_undo() {
        String m = Newsroom.unique();
        newsroom.speaker("Ada Holm" + m);
        newsroom.speaker("A. Holm" + m);

        navigate(SpeakersView.class);
        filter("holm" + m);

        assertThat($(Details.class).id("speaker-duplicates").getSummaryText()).isEqualTo("Possible duplicates (1)");
        assertThat($(Details.class).id("speakers-without-quotes").getSummaryText()).isEqualTo("Without quotes (2)");
        assertThat($(Button.class).withText("Merge…").exists()).isFalse();
        assertThat($(Button.class).withId("remove-unquoted").exists()).isFalse();
    }
}

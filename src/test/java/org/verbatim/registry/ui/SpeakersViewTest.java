package org.verbatim.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.support.Newsroom.said;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.registry.Statement;
import org.verbatim.security.ui.LoginView;
import org.verbatim.speaker.SpeakerRepository;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class SpeakersViewTest extends SpringBrowserlessTest {

    @Autowired
    Newsroom newsroom;

    @Autowired
    SpeakerRepository speakers;

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_reads_the_registry_without_edit_controls() {
        String m = Newsroom.unique();
        newsroom.speaker("Olga Brandt" + m, "O. Brandt" + m);

        navigate(SpeakersView.class);
        test($(TextField.class).id("speaker-filter")).setValue("brandt" + m);

        assertThat(rows()).extracting(SpeakerSummary::name).containsExactly("Olga Brandt" + m);
        assertThat(test(grid()).getCellText(0, test(grid()).getColumnPosition("aliases"))).isEqualTo("O. Brandt" + m);
        assertThat($(Button.class).withId("new-speaker").exists()).isFalse();
        assertThat($(Button.class).withId("merge-speaker").exists()).isFalse();
        assertThat($(Button.class).withId("edit-speaker").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void the_registry_is_refused_to_visitors_who_have_not_signed_in() {
        assertThatThrownBy(() -> navigate(SpeakersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_fact_checker_finds_a_speaker_by_alias_and_merges_a_duplicate_through_the_dialog() {
        String m = Newsroom.unique();
        long survivor = newsroom.speaker("Marta Lind" + m, "Minister Lind" + m);
        long duplicate = newsroom.speaker("Martha Lind" + m);
        newsroom.article("Schools " + m, null, said(duplicate, "Every school gets a nurse"));

        navigate(SpeakersView.class);
        test($(TextField.class).id("speaker-filter")).setValue("minister lind" + m);
        assertThat(rows()).extracting(SpeakerSummary::id).containsExactly(survivor);

        test($(TextField.class).id("speaker-filter")).setValue("lind" + m);
        int row = rows().stream().map(SpeakerSummary::id).toList().indexOf(duplicate);
        test(grid()).select(row);
        test($(Button.class).id("merge-speaker")).click();
        @SuppressWarnings("unchecked")
        ComboBox<SpeakerSummary> target = $(ComboBox.class).id("merge-target");
        var combo = test(target);
        combo.setFilter("Marta Lind" + m);
        assertThat(combo.getSuggestionItems()).extracting(SpeakerSummary::id).containsExactly(survivor);
        combo.selectItem("Marta Lind" + m);
        test($(TextField.class).id("merge-reason")).setValue("Misspelt in the wire copy");
        test($(Button.class).id("merge-confirm")).click();

        assertThat(speakers.findById(duplicate)).isEmpty();
        List<SpeakerSummary> after = rows();
        assertThat(after).extracting(SpeakerSummary::id).containsExactly(survivor);
        assertThat(after.getFirst().quotes()).isEqualTo(1);
        assertThat(after.getFirst().aliases()).contains("Martha Lind" + m);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_merge_without_a_reason_is_refused_and_changes_nothing() {
        String m = Newsroom.unique();
        long survivor = newsroom.speaker("Pia Norr" + m);
        long duplicate = newsroom.speaker("Pia Nor" + m);

        navigate(SpeakersView.class);
        test($(TextField.class).id("speaker-filter")).setValue("pia nor");
        test(grid()).select(rows().stream().map(SpeakerSummary::id).toList().indexOf(duplicate));
        test($(Button.class).id("merge-speaker")).click();
        @SuppressWarnings("unchecked")
        ComboBox<SpeakerSummary> target = $(ComboBox.class).id("merge-target");
        test(target).setFilter("Pia Norr" + m);
        test(target).selectItem("Pia Norr" + m);
        test($(Button.class).id("merge-confirm")).click();

        assertThat(speakers.findById(duplicate)).isPresent();
        assertThat(speakers.findById(survivor)).isPresent();
        assertThat($(ComboBox.class).withId("merge-target").exists()).as("the dialog stays open").isTrue();
    }

    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void an_editor_corrects_a_speaker_through_the_dialog() {
        String m = Newsroom.unique();
        long id = newsroom.speaker("Jon Eik" + m);

        navigate(SpeakersView.class);
        test($(TextField.class).id("speaker-filter")).setValue("jon eik" + m);
        test(grid()).select(0);
        test($(Button.class).id("edit-speaker")).click();
        test($(TextField.class).id("speaker-role")).setValue("Harbour master");
        test($(TextField.class).id("speaker-external-id")).setValue("Q123" + m.length());
        test($(TextField.class).id("speaker-reason")).setValue("Title from the port's website");
        test($(Button.class).id("speaker-save")).click();

        SpeakerSummary saved = rows().getFirst();
        assertThat(saved.id()).isEqualTo(id);
        assertThat(saved.roleTitle()).isEqualTo("Harbour master");
        assertThat(saved.externalId()).startsWith("Q123");
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void a_speakers_statements_are_listed_by_article_date() {
        String m = Newsroom.unique();
        long id = newsroom.speaker("Rosa Vidal" + m);
        Published later = newsroom.article("Later " + m, LocalDate.of(2020, 6, 1), said(id, "We will build it"));
        Published earlier = newsroom.article("Earlier " + m, LocalDate.of(2019, 6, 1), said(id, "We will not build"));
        Published undated = newsroom.article("Undated " + m, null, said(id, "Maybe we build"));

        navigate(SpeakerStatementsView.class, id);

        @SuppressWarnings("unchecked")
        Grid<Statement> statements = $(Grid.class).id("statements");
        var grid = test(statements);
        assertThat(IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(Statement::quoteId).toList())
                .containsExactly(earlier.quoteIds().getFirst(), later.quoteIds().getFirst(),
                        undated.quoteIds().getFirst());
        assertThat(grid.getCellText(0, grid.getColumnPosition("date"))).isEqualTo("2019-06-01");
        assertThat(grid.getCellText(0, grid.getColumnPosition("article"))).isEqualTo("Earlier " + m);
        assertThat(grid.getCellText(0, grid.getColumnPosition("text"))).isEqualTo("We will not build");
        assertThat(grid.getCellText(2, grid.getColumnPosition("date"))).isEqualTo("undated");
    }

    @SuppressWarnings("unchecked")
    private Grid<SpeakerSummary> grid() {
        return $(Grid.class).id("speakers");
    }

    private List<SpeakerSummary> rows() {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}

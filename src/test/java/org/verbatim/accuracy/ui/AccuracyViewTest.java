package org.verbatim.accuracy.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.accuracy.ExtractorAccuracy.Case;
import org.verbatim.accuracy.ExtractorAccuracy.VersionAccuracy;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.review.ui.ArticlesView;
import org.verbatim.support.Newsroom;
import org.verbatim.support.ReviewedHarbourStory;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class AccuracyViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewedHarbourStory harbour;

    @Test
    @WithMockUser(username = "acc-erin", roles = "EDITOR")
    void an_editor_sees_the_figures_and_the_corrected_cases_of_one_publisher() {
        String publisher = "Screen Courier " + Newsroom.unique();
        harbour.importAndReview(publisher, "acc-view-fiona");

        navigate(AccuracyView.class);
        test($(TextField.class).id("accuracy-publisher")).setValue(publisher);

        @SuppressWarnings("unchecked")
        var versions = test((Grid<VersionAccuracy>) $(Grid.class).id("accuracy-versions"));
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.getCellText(0, versions.getColumnPosition("version")))
                .isEqualTo(QuoteExtractor.NAME + " " + QuoteExtractor.VERSION);
        assertThat(versions.getCellText(0, versions.getColumnPosition("reviewed"))).isEqualTo("5");
        assertThat(versions.getCellText(0, versions.getColumnPosition("rejected"))).isEqualTo("1");
        assertThat(versions.getCellText(0, versions.getColumnPosition("added"))).isEqualTo("1");
        assertThat(versions.getCellText(0, versions.getColumnPosition("span-precision"))).isEqualTo("60.0%");
        assertThat(versions.getCellText(0, versions.getColumnPosition("span-recall"))).isEqualTo("60.0%");
        assertThat(versions.getCellText(0, versions.getColumnPosition("speaker-precision"))).isEqualTo("75.0%");
        assertThat(versions.getCellText(0, versions.getColumnPosition("speaker-recall"))).isEqualTo("60.0%");
        assertThat(versions.getCellText(0, versions.getColumnPosition("speaker-f1"))).isEqualTo("66.7%");

        assertThat($(Span.class).id("accuracy-case-count").getText()).isEqualTo("4 quotes not taken as suggested");
        @SuppressWarnings("unchecked")
        var cases = test((Grid<Case>) $(Grid.class).id("accuracy-cases"));
        assertThat(cases.size()).isEqualTo(4);
        assertThat(cases.getCellText(0, cases.getColumnPosition("who"))).isEqualTo("acc-view-fiona");
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> cases.getCellText(i,
                cases.getColumnPosition("kind")))).containsExactlyInAnyOrder("Span corrected", "Speaker corrected",
                "Rejected: not a quote", "Missed: added by a reviewer");

        test($(TextField.class).id("accuracy-publisher")).setValue("Nobody's Gazette " + Newsroom.unique());
        assertThat(versions.size()).isZero();
        assertThat(cases.size()).isZero();
    }

    @Test
    @WithMockUser(username = "acc-audrey", roles = "AUDITOR")
    void auditors_find_the_screen_in_the_menu() {
        navigate(AccuracyView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Extractor accuracy");
    }

    @Test
    @WithMockUser(username = "acc-fiona", roles = "FACT_CHECKER")
    void fact_checkers_alone_are_refused_the_screen_and_not_offered_it() {
        assertThatThrownBy(() -> navigate(AccuracyView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(AccuracyView.class);
        navigate(ArticlesView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Articles")
                .doesNotContain("Extractor accuracy");
    }
}

package org.verbatim.accuracy.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.accuracy.ExtractorAccuracy;
import org.verbatim.accuracy.ExtractorAccuracy.Attribution;
import org.verbatim.accuracy.ExtractorAccuracy.Case;
import org.verbatim.accuracy.ExtractorAccuracy.Figures;
import org.verbatim.accuracy.ExtractorAccuracy.Filter;
import org.verbatim.accuracy.ExtractorAccuracy.VersionAccuracy;
import org.verbatim.base.ui.Formats;
import org.verbatim.review.ui.ArticleReaderView;
import org.verbatim.security.Role;

/**
 * How well each extractor version did, as reviewers measured it: span and speaker precision and recall from their
 * confirmations, corrections, rejections and added quotes, and below, every quote they did not take as suggested.
 */
@Route("accuracy")
@PageTitle("Extractor accuracy · Verbatim")
@Menu(order = 70, title = "Extractor accuracy", icon = "vaadin:chart")
@RolesAllowed({Role.EDITOR_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AccuracyView extends VerticalLayout {

    private final ExtractorAccuracy accuracy;
    private final TextField publisher = new TextField("Publisher");
    private final DatePicker from = new DatePicker("Reviewed from (UTC)");
    private final DatePicker to = new DatePicker("Reviewed to (UTC)");
    private final Grid<VersionAccuracy> versions = new Grid<>();
    private final Grid<Case> cases = new Grid<>();
    private final Span caseCount = new Span();
    private Filter filter = Filter.everything();

    public AccuracyView(ExtractorAccuracy accuracy) {
        this.accuracy = accuracy;
        setSizeFull();
        addClassName("vb-history");

        publisher.setId("accuracy-publisher");
        publisher.setClearButtonVisible(true);
        publisher.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("accuracy-from");
        to.setId("accuracy-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        publisher.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        Button clear = new Button("Clear filters", e -> {
            publisher.clear();
            from.clear();
            to.clear();
        });
        clear.setId("accuracy-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(publisher, from, to, clear);
        filters.addClassName("vb-toolbar");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Paragraph lead = new Paragraph("From reviewed quotes only. A confirmed quote had span and speaker right; a"
                + " corrected span is wrong unless it shares " + Math.round(ExtractorAccuracy.SPAN_OVERLAP * 100)
                + "% of the machine's; a corrected speaker is wrong (or missing); a rejected quote is a false positive;"
                + " a quote a reviewer added is a false negative. Speaker figures count real quotes only.");
        lead.addClassName("vb-lead");

        versions.setId("accuracy-versions");
        versions.addColumn(VersionAccuracy::label).setHeader("Extractor").setKey("version").setFlexGrow(2);
        count("reviewed", "Reviewed", v -> v.counts().reviewed());
        count("confirmed", "Confirmed", v -> v.counts().confirmed());
        count("span-corrected", "Span corrected", v -> v.counts().spanCorrected());
        count("speaker-corrected", "Speaker corrected", v -> v.counts().speakerCorrected());
        count("rejected", "Rejected", v -> v.counts().rejected());
        count("added", "Missed (added)", v -> v.counts().added());
        figure("span-precision", "Span P", v -> v.span().precision());
        figure("span-recall", "Span R", v -> v.span().recall());
        figure("span-f1", "Span F1", v -> v.span().f1());
        figure("speaker-precision", "Speaker P", v -> v.speaker().precision());
        figure("speaker-recall", "Speaker R", v -> v.speaker().recall());
        figure("speaker-f1", "Speaker F1", v -> v.speaker().f1());
        versions.addColumn(v -> confidence(v.confidence().whenRight())).setHeader("Confidence right")
                .setKey("confidence-right").setTextAlign(ColumnTextAlign.END);
        versions.addColumn(v -> confidence(v.confidence().whenWrong())).setHeader("Confidence wrong")
                .setKey("confidence-wrong").setTextAlign(ColumnTextAlign.END);
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        versions.setSelectionMode(Grid.SelectionMode.NONE);
        versions.setAllRowsVisible(true);

        cases.setId("accuracy-cases");
        cases.addColumn(c -> Formats.dateTime(c.reviewedAt())).setHeader("Reviewed").setKey("when").setFlexGrow(0)
                .setWidth("13em");
        cases.addColumn(c -> c.kind().label()).setHeader("What").setKey("kind").setFlexGrow(0).setWidth("12em");
        cases.addComponentColumn(c -> attribution(c.machine(), "nothing found"))
                .setHeader("Machine's suggestion").setKey("machine").setFlexGrow(3);
        cases.addComponentColumn(c -> attribution(c.reviewer(), "not a quote"))
                .setHeader("Reviewer's").setKey("reviewer").setFlexGrow(3);
        cases.addColumn(Case::reviewedBy).setHeader("Who").setKey("who").setFlexGrow(0).setWidth("9em");
        cases.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader("Why").setKey("reason").setFlexGrow(2);
        cases.addComponentColumn(AccuracyView::articleLink).setHeader("Article").setKey("article").setFlexGrow(1);
        cases.addColumn(Case::extractor).setHeader("Extractor").setKey("extractor").setFlexGrow(0).setWidth("10em");
        cases.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        cases.setSelectionMode(Grid.SelectionMode.NONE);
        cases.setItems(query -> accuracy.cases(filter, query.getOffset(), query.getLimit()).cases().stream(),
                query -> Math.toIntExact(Math.min(Integer.MAX_VALUE, accuracy.cases(filter, 0, 1).total())));
        caseCount.setId("accuracy-case-count");

        add(new H2("Extractor accuracy"), lead, filters, versions, new H3("Corrected cases"), caseCount, cases);
        expand(cases);
        refresh();
    }

    private void count(String key, String header, Function<VersionAccuracy, Long> value) {
        versions.addColumn(v -> value.apply(v)).setHeader(header).setKey(key).setTextAlign(ColumnTextAlign.END);
    }

    private void figure(String key, String header, Function<VersionAccuracy, Double> value) {
        versions.addColumn(v -> percent(value.apply(v))).setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END);
    }

    /** "87.5%", or a dash when there was nothing to judge. */
    static String percent(Double ratio) {
        return ratio == null ? "–" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String confidence(Double mean) {
        return mean == null ? "–" : String.format(Locale.ROOT, "%.2f", mean);
    }

    private static Component attribution(Attribution a, String none) {
        if (a == null) {
            Span nothing = new Span(none);
            nothing.addClassName("vb-consequence");
            return nothing;
        }
        Span words = new Span("“" + Formats.excerpt(a.text(), 160) + "”");
        Span speaker = new Span(" — " + (a.speaker() == null ? "no speaker" : a.speaker()));
        speaker.addClassName("vb-change-field");
        return new Div(words, speaker);
    }

    private static Component articleLink(Case c) {
        RouterLink link = new RouterLink(c.articleTitle(), ArticleReaderView.class,
                new RouteParameters("articleId", String.valueOf(c.articleId())));
        link.setQueryParameters(QueryParameters.of("quote", String.valueOf(c.quoteId())));
        return link;
    }

    private void filterChanged() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        filter = new Filter(publisher.getValue(), first, last);
        refresh();
    }

    private void refresh() {
        versions.setItems(accuracy.byVersion(filter));
        cases.getDataProvider().refreshAll();
        long total = accuracy.cases(filter, 0, 1).total();
        caseCount.setText(total == 1 ? "1 quote not taken as suggested" : total + " quotes not taken as suggested");
    }
}

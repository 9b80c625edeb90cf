package org.verbatim.audit.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogEntry;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.audit.AuditTrail;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.audit.ChangeKind;
import org.verbatim.base.audit.RevisionChain;
import org.verbatim.base.ui.Formats;
import org.verbatim.review.ReviewAction;
import org.verbatim.security.Role;

/**
 * Every action Verbatim recorded, newest first, each record named as people know it with its fields' from → to:
 * filter by user, dates (UTC) and action, open a quote's or an article's history, export what the filter selects as
 * CSV (the same entries). Read-only: auditors change nothing.
 */
@Route("history")
@PageTitle("History · Verbatim")
@Menu(order = 80, title = "History", icon = "vaadin:time-backward")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AuditLogView extends VerticalLayout {

    private final AuditLog history;
    private final ComboBox<String> user = new ComboBox<>("User");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");
    private final Select<AuditedRecord> record = new Select<>();
    private final Select<ChangeKind> change = new Select<>();
    private final Select<ReviewAction> reviewAction = new Select<>();
    private final Grid<AuditLogEntry> grid = new Grid<>();
    /** The filter as last set in this view; the CSV download reads it from its own request. */
    private volatile AuditLogFilter filter = AuditLogFilter.everything();

    public AuditLogView(AuditLog history, AuditTrail trail) {
        this.history = history;
        setSizeFull();
        addClassName("vb-history");

        user.setId("log-user");
        user.setItems(history.actors());
        user.setClearButtonVisible(true);
        from.setId("log-from");
        to.setId("log-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        record.setId("log-record");
        record.setLabel("Record");
        record.setItems(EnumSet.allOf(AuditedRecord.class));
        record.setItemLabelGenerator(r -> r == null ? "Any" : r.label());
        record.setEmptySelectionAllowed(true);
        record.setEmptySelectionCaption("Any");
        change.setId("log-change");
        change.setLabel("Change");
        change.setItems(EnumSet.allOf(ChangeKind.class));
        change.setItemLabelGenerator(c -> c == null ? "Any" : c.label());
        change.setEmptySelectionAllowed(true);
        change.setEmptySelectionCaption("Any");
        reviewAction.setId("log-review-action");
        reviewAction.setLabel("Review action");
        reviewAction.setItems(EnumSet.allOf(ReviewAction.class));
        reviewAction.setItemLabelGenerator(a -> a == null ? "Any" : a.name().charAt(0)
                + a.name().substring(1).toLowerCase(java.util.Locale.ROOT));
        reviewAction.setEmptySelectionAllowed(true);
        reviewAction.setEmptySelectionCaption("Any");
        user.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        record.addValueChangeListener(e -> filterChanged());
        change.addValueChangeListener(e -> filterChanged());
        reviewAction.addValueChangeListener(e -> filterChanged());

        Button clear = new Button("Clear filters", e -> {
            user.clear();
            from.clear();
            to.clear();
            record.clear();
            change.clear();
            reviewAction.clear();
        });
        clear.setId("log-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Anchor export = new Anchor(exportHandler(), AttachmentType.DOWNLOAD, "");
        export.setId("log-export");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export CSV"));
        export.addClassName("vb-export");

        Span verified = new Span();
        verified.setId("log-verify-result");
        Button verify = new Button("Verify the trail", e -> verified.setText(describe(trail.verify())));
        verify.setId("log-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        verify.setTooltipText("Checks the hash chain: every revision sealed, none changed since");

        HorizontalLayout filters = new HorizontalLayout(user, from, to, record, change, reviewAction, clear, export,
                verify, verified);
        filters.addClassName("vb-toolbar");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("log");
        grid.addColumn(e -> Formats.dateTime(e.at())).setHeader("When").setKey("when").setFlexGrow(0)
                .setWidth("13em");
        grid.addColumn(AuditLogEntry::username).setHeader("Who").setKey("who").setFlexGrow(0).setWidth("9em");
        grid.addColumn(AuditLogEntry::action).setHeader("Action").setKey("action").setFlexGrow(0).setWidth("11em");
        grid.addComponentColumn(AuditLogView::subject).setHeader("Record").setKey("record").setFlexGrow(2);
        grid.addComponentColumn(e -> ChangeList.of(e.changes())).setHeader("Changes").setKey("changes")
                .setFlexGrow(3);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Reason").setKey("reason")
                .setFlexGrow(3);
        grid.addColumn(AuditLogEntry::revision).setHeader("Revision").setKey("revision").setFlexGrow(0)
                .setWidth("7em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        // no count: counting every kind of audit record cost one statement each on every open and filter change,
        // and a log of millions of rows need not be counted to show its newest page; the grid grows as it scrolls
        grid.setItems(query -> history.log(filter, query.getOffset(), query.getLimit()).stream());

        add(new H2("History"), filters, grid);
        expand(grid);
    }

    private static String describe(RevisionChain.Verification result) {
        if (result.intact()) {
            return "Intact: " + result.sealed() + " revisions sealed, none changed since.";
        }
        return "Broken" + (result.brokenRevision() == null ? "" : " at revision " + result.brokenRevision()) + ": "
                + result.problem() + ".";
    }

    private void filterChanged() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        filter = new AuditLogFilter(user.getValue(),
                first == null ? null : first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                record.getValue(), change.getValue(), reviewAction.getValue());
        grid.getDataProvider().refreshAll();
    }

    private DownloadHandler exportHandler() {
        return event -> {
            AuditLogFilter selected = filter;
            event.setFileName("verbatim-history-" + LocalDate.now(ZoneOffset.UTC) + ".csv");
            event.setContentType("text/csv; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                history.exportCsv(selected, out);
            }
        };
    }

    private static com.vaadin.flow.component.Component subject(AuditLogEntry e) {
        String text = e.detail() == null || e.detail().isEmpty() ? e.record().label() + " " + e.recordId()
                : e.detail();
        if (e.quoteId() != null) {
            return new RouterLink(text, QuoteHistoryView.class, e.quoteId());
        }
        if (e.articleId() != null) {
            return new RouterLink(text, ArticleHistoryView.class, e.articleId());
        }
        return new Span(text);
    }
}

package org.verbatim.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.verbatim.audit.AuditedRecord;
import org.verbatim.audit.TimelineEntry;
import org.verbatim.base.ui.Formats;

/** A timeline as a read-only grid: when, who, what they did, each field's from → to, and why. */
class TimelineGrid extends Grid<TimelineEntry> {

    TimelineGrid(boolean showSubject) {
        setId("timeline");
        addColumn(e -> Formats.dateTime(e.at())).setHeader("When").setKey("when").setFlexGrow(0).setWidth("13em");
        addColumn(TimelineEntry::username).setHeader("Who").setKey("who").setFlexGrow(0).setWidth("9em");
        if (showSubject) {
            addComponentColumn(e -> e.record() == AuditedRecord.QUOTE
                    ? new RouterLink(e.subject(), QuoteHistoryView.class, e.recordId())
                    : new Span(e.record().label())).setHeader("Quote").setKey("subject").setFlexGrow(2);
        }
        addColumn(TimelineEntry::action).setHeader("What").setKey("action").setFlexGrow(1);
        addComponentColumn(e -> ChangeList.of(e.changes())).setHeader("Changes").setKey("changes").setFlexGrow(3);
        addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader("Reason").setKey("reason").setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
    }
}

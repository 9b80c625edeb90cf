package org.verbatim.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.verbatim.base.ui.Formats;
import org.verbatim.review.Assignments;
import org.verbatim.review.Assignments.WorkItem;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * What is assigned to the signed-in fact-checker, overdue first; for editors, every open assignment, to hand on or
 * take back. An assignment leaves the list when nothing in it is pending any more.
 */
@Route("my-work")
@PageTitle("My work · Verbatim")
@Menu(order = 1.5, title = "My work", icon = "vaadin:clipboard-user")
@RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class MyWorkView extends VerticalLayout {

    final Grid<WorkItem> mine = new Grid<>();
    final Grid<WorkItem> everyone = new Grid<>();
    private final Assignments assignments;
    private final CurrentUser user;

    public MyWorkView(Assignments assignments, CurrentUser user) {
        this.assignments = assignments;
        this.user = user;
        setSizeFull();
        addClassName("vb-my-work");
        if (user.hasRole(Role.FACT_CHECKER)) {
            columns(mine, false);
            Paragraph hint = new Paragraph("Articles and quotes an editor gave you, overdue first. Open one to "
                    + "review it; it leaves this list when nothing in it is pending.");
            hint.addClassName("vb-meta");
            add(new H2("Assigned to me"), hint, mine);
        }
        if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
            columns(everyone, true);
            add(new H2("Open assignments"), everyone);
        }
        refresh();
    }

    private void columns(Grid<WorkItem> grid, boolean withAssignee) {
        grid.addComponentColumn(MyWorkView::due).setHeader("Due").setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(MyWorkView::what).setHeader("What").setFlexGrow(4);
        if (withAssignee) {
            grid.addColumn(WorkItem::assignee).setHeader("Assigned to").setWidth("9em").setFlexGrow(0);
        }
        grid.addColumn(w -> w.pending() + " pending" + (w.returned() == 0 ? "" : ", " + w.returned() + " returned"))
                .setHeader("To do").setWidth("11em").setFlexGrow(0);
        grid.addColumn(w -> w.assignedBy() + " · " + Formats.when(w.assignedAt())).setHeader("Assigned by")
                .setFlexGrow(1);
        if (withAssignee) {
            grid.addComponentColumn(w -> {
                Button withdraw = new Button("Withdraw", e -> {
                    assignments.unassign(w.assignmentId());
                    refresh();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return withdraw;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
    }

    private static Span due(WorkItem w) {
        Span due = new Span(w.dueOn() == null ? "—" : Formats.date(w.dueOn()));
        if (w.overdue()) {
            due.setText(Formats.date(w.dueOn()) + " · overdue");
            due.addClassName("vb-overdue");
        }
        return due;
    }

    private static Div what(WorkItem w) {
        Div cell = new Div();
        Span article = new Span(w.articleTitle());
        article.addClassName("vb-work-article");
        cell.add(article);
        if (!w.isArticle()) {
            Div quote = new Div("“" + (w.quoteText().length() > 140 ? w.quoteText().substring(0, 139) + "…"
                    : w.quoteText()) + "”");
            quote.addClassName("vb-meta");
            cell.add(quote);
        }
        return cell;
    }

    private void open(WorkItem w) {
        if (w.isArticle()) {
            getUI().ifPresent(ui -> ui.navigate(ArticleReaderView.class,
                    new RouteParameters("articleId", String.valueOf(w.articleId()))));
        } else {
            ArticleReaderView.openAt(w.articleId(), w.quoteId());
        }
    }

    void refresh() {
        if (user.hasRole(Role.FACT_CHECKER)) {
            mine.setItems(assignments.myWork());
        }
        if (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN)) {
            everyone.setItems(assignments.allOpen());
        }
    }

    List<WorkItem> shownMine() {
        return mine.getGenericDataView().getItems().toList();
    }
}

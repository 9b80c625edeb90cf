package org.verbatim.compare.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.verbatim.base.search.IndexMaintenance;
import org.verbatim.security.Role;

/**
 * The search index for administrators: rebuild it from the database with progress (pushed to the browser), and
 * check, or check and repair, that index and database hold the same entities.
 */
@Route("admin/search-index")
@PageTitle("Search index · Verbatim")
@Menu(order = 90, title = "Search index", icon = "vaadin:database")
@RolesAllowed(Role.ADMIN_NAME)
public class SearchIndexView extends VerticalLayout {

    final Button rebuild = new Button("Rebuild the index");
    final Button check = new Button("Check");
    final Button repair = new Button("Check and repair");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Grid<IndexMaintenance.EntityCheck> report = new Grid<>();

    private final IndexMaintenance maintenance;
    private ExecutorService worker;

    public SearchIndexView(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(e -> startRebuild());
        check.addClickListener(e -> showCheck(false));
        repair.addClickListener(e -> showCheck(true));
        progress.setVisible(false);
        progress.setWidth("30rem");
        report.addColumn(IndexMaintenance.EntityCheck::entity).setHeader("Entity");
        report.addColumn(IndexMaintenance.EntityCheck::inDatabase).setHeader("In database");
        report.addColumn(IndexMaintenance.EntityCheck::inIndex).setHeader("In index");
        report.addColumn(c -> c.missingFromIndex() + (c.missingSample().isEmpty() ? "" : " " + c.missingSample()))
                .setHeader("Missing from index (ids)");
        report.addColumn(c -> c.extraInIndex() + (c.extraSample().isEmpty() ? "" : " " + c.extraSample()))
                .setHeader("Stale in index (ids)");
        report.setAllRowsVisible(true);
        report.setVisible(false);
        add(new H2("Search index"),
                new Paragraph("Rebuilding reads every article, speaker, quote and label from the database; searches "
                        + "keep working meanwhile but may miss entities until it ends. The check compares ids."),
                new HorizontalLayout(rebuild, check, repair), progress, status, report);
    }

    void startRebuild() {
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        status.setText("Rebuilding…");
        worker.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                maintenance.rebuild(p -> ui.access(() -> {
                    progress.setIndeterminate(p.total() == 0 && !p.finished());
                    progress.setValue(p.fraction());
                    status.setText(p.finished() ? "Rebuilt: " + p.done() + " documents."
                            : p.phase() + ": " + p.done() + " of " + p.total() + " documents");
                }));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ui.access(() -> status.setText("Rebuild interrupted."));
            } catch (RuntimeException e) {
                ui.access(() -> status.setText("Rebuild failed: " + e.getMessage()));
            } finally {
                SecurityContextHolder.clearContext();
                ui.access(() -> rebuild.setEnabled(true));
            }
        });
    }

    void showCheck(boolean andRepair) {
        IndexMaintenance.CheckReport result = maintenance.check(andRepair);
        report.setItems(result.entities());
        report.setVisible(true);
        status.setText(result.consistent() ? "Index and database agree."
                : andRepair ? "Differences found and repaired; check again to confirm."
                : "Index and database differ: use Check and repair.");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-index-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        worker.shutdown();
    }
}

package org.verbatim.registry.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.verbatim.base.ui.Notifications;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.registry.SuggestedMerge;
import org.verbatim.security.Role;

/**
 * The speaker registry: everyone reads it; fact-checkers and editors add, correct and merge entries. A speaker's
 * name opens what they said over time.
 */
@Route("speakers")
@PageTitle("Speakers · Verbatim")
@Menu(order = 20, title = "Speakers", icon = "vaadin:user-card")
@PermitAll
public class SpeakersView extends VerticalLayout {

    private static final int SUGGESTIONS = 20;

    private final SpeakerDirectory directory;
    private final Grid<SpeakerSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button edit = new Button("Edit…", VaadinIcon.EDIT.create());
    private final Button merge = new Button("Merge into…", VaadinIcon.COMPRESS.create());
    final Details duplicates = new Details();
    private final VerticalLayout suggestions = new VerticalLayout();

    public SpeakersView(SpeakerDirectory directory, SpeakerCuration curation, AuthenticationContext authentication) {
        this.directory = directory;
        setSizeFull();
        addClassName("vb-speakers");

        filter.setId("speaker-filter");
        filter.setPlaceholder("Filter by name or alias");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("speakers");
        grid.addComponentColumn(s -> new RouterLink(s.name(), SpeakerStatementsView.class, s.id()))
                .setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(s -> String.join(", ", s.aliases())).setHeader("Also known as").setKey("aliases")
                .setFlexGrow(2);
        grid.addColumn(s -> nullToEmpty(s.roleTitle())).setHeader("Role").setKey("role").setFlexGrow(2);
        grid.addColumn(s -> nullToEmpty(s.affiliation())).setHeader("Affiliation").setKey("affiliation")
                .setFlexGrow(2);
        grid.addColumn(s -> s.kind().label()).setHeader("Kind").setKey("kind").setFlexGrow(0)
                .setWidth("9em");
        grid.addColumn(s -> nullToEmpty(s.externalId())).setHeader("External id").setKey("externalId")
                .setFlexGrow(0).setWidth("9em");
        grid.addColumn(SpeakerSummary::quotes).setHeader("Quotes").setKey("quotes").setFlexGrow(0).setWidth("7em");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> directory.speakers(filter.getValue(), null, query.getOffset(), query.getLimit())
                .stream(), query -> directory.count(filter.getValue(), null));

        HorizontalLayout toolbar = new HorizontalLayout(filter);
        toolbar.addClassName("vb-toolbar");
        toolbar.setWidthFull();
        toolbar.expand(filter);
        if (authentication.hasAnyRole(Role.FACT_CHECKER_NAME, Role.EDITOR_NAME)) {
            Button add = new Button("New speaker", VaadinIcon.PLUS.create());
            add.setId("new-speaker");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> new SpeakerDialog(curation, null, s -> {
                Notifications.success(s.name() + " added");
                grid.getDataProvider().refreshAll();
            }).open());
            edit.setId("edit-speaker");
            edit.addClickListener(e -> selected(s -> new SpeakerDialog(curation, s, saved -> {
                Notifications.success(saved.name() + " saved");
                grid.getDataProvider().refreshAll();
            }).open()));
            merge.setId("merge-speaker");
            merge.addClickListener(e -> selected(s -> new MergeDialog(directory, curation, s, this::merged).open()));
            grid.asSingleSelect().addValueChangeListener(e -> updateActions(e.getValue()));
            updateActions(null);
            toolbar.add(add, edit, merge);
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        duplicates.setId("speaker-duplicates");
        duplicates.add(suggestions);
        suggestions.setPadding(false);
        suggestions.setSpacing(false);
        boolean curator = authentication.hasAnyRole(Role.FACT_CHECKER_NAME, Role.EDITOR_NAME);
        showSuggestions(curation, curator);
        UnquotedSpeakers unquoted = new UnquotedSpeakers(directory, curation, curator, filter::getValue,
                () -> grid.getDataProvider().refreshAll());
        filter.addValueChangeListener(e -> {
            showSuggestions(curation, curator);
            unquoted.refresh();
        });
        add(new H2("Speakers"), toolbar, duplicates, unquoted, grid);
        expand(grid);
    }

    private void merged(SpeakerCuration.MergeOutcome outcome) {
        Notifications.success(outcome.movedQuotes() + " quotes moved to " + outcome.survivor().name());
        grid.getDataProvider().refreshAll();
    }

    /** Entries that look like one person, each with a merge prefilled for those who may merge. */
    private void showSuggestions(SpeakerCuration curation, boolean curator) {
        List<SuggestedMerge> found = directory.suggestedMerges(filter.getValue(), SUGGESTIONS);
        suggestions.removeAll();
        duplicates.setSummaryText("Possible duplicates (" + found.size() + (found.size() == SUGGESTIONS ? "+" : "")
                + ")");
        duplicates.setVisible(!found.isEmpty());
        for (SuggestedMerge suggestion : found) {
            Span text = new Span(suggestion.merged().label() + " → " + suggestion.into().label() + " · "
                    + suggestion.why());
            HorizontalLayout row = new HorizontalLayout(text);
            row.addClassName("vb-suggested-merge");
            row.setAlignItems(Alignment.BASELINE);
            if (curator) {
                Button mergeThem = new Button("Merge…", e -> {
                    MergeDialog dialog = new MergeDialog(directory, curation, suggestion.merged(), outcome -> {
                        merged(outcome);
                        showSuggestions(curation, true);
                    });
                    dialog.target.setValue(suggestion.into());
                    dialog.open();
                });
                mergeThem.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(mergeThem);
            }
            suggestions.add(row);
        }
    }

    private void selected(java.util.function.Consumer<SpeakerSummary> action) {
        SpeakerSummary s = grid.asSingleSelect().getValue();
        if (s != null) {
            action.accept(s);
        }
    }

    private void updateActions(SpeakerSummary s) {
        edit.setEnabled(s != null);
        merge.setEnabled(s != null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

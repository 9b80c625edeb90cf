package org.verbatim.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.verbatim.base.ui.Formats;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.registry.Statement;
import org.verbatim.security.Role;

/** What one speaker said over time: their quotes by article date, with each quote's review status and verdict. */
@Route("speakers")
@PermitAll
public class SpeakerStatementsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SpeakerDirectory directory;
    private final H2 title = new H2();
    private final Paragraph about = new Paragraph();
    private final Grid<Statement> grid = new Grid<>();
    private final MergeHistory merges;
    private String pageTitle = "Speaker · Verbatim";
    private long shown;

    public SpeakerStatementsView(SpeakerDirectory directory, SpeakerCuration curation,
                                 AuthenticationContext authentication) {
        this.directory = directory;
        this.merges = new MergeHistory(directory, curation,
                authentication.hasAnyRole(Role.FACT_CHECKER_NAME, Role.EDITOR_NAME), () -> show(shown));
        setSizeFull();
        addClassName("vb-statements");
        about.addClassName("vb-lead");

        grid.setId("statements");
        grid.addColumn(s -> s.publishedOn() == null ? "undated" : Formats.date(s.publishedOn()))
                .setHeader("Date").setKey("date").setFlexGrow(0).setWidth("8em");
        grid.addColumn(Statement::articleTitle).setHeader("Article").setKey("article").setFlexGrow(2);
        grid.addColumn(Statement::text).setHeader("Quote").setKey("text").setFlexGrow(4);
        grid.addColumn(s -> s.type().label()).setHeader("Type").setKey("type").setFlexGrow(0)
                .setWidth("7em");
        grid.addComponentColumn(s -> {
            Span badge = new Span(s.status().label());
            badge.addClassNames("vb-status", "vb-status-" + s.status().name().toLowerCase());
            return badge;
        }).setHeader("Status").setKey("status").setFlexGrow(0).setWidth("8em");
        grid.addColumn(s -> s.verdict() == null ? "" : s.verdict().label()).setHeader("Verdict").setKey("verdict")
                .setFlexGrow(0).setWidth("9em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);

        add(new RouterLink("← All speakers", SpeakersView.class), title, about, merges, grid);
        expand(grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long speakerId) {
        SpeakerSummary speaker = speakerId == null ? null : directory.speaker(speakerId).orElse(null);
        if (speaker == null) {
            throw new NotFoundException("No such speaker; it may have been merged into another");
        }
        show(speaker);
        merges.show(speakerId);
    }

    private void show(long speakerId) {
        directory.speaker(speakerId).ifPresent(this::show);
    }

    private void show(SpeakerSummary speaker) {
        long speakerId = speaker.id();
        shown = speakerId;
        pageTitle = speaker.name() + " · Verbatim";
        title.setText(speaker.name());
        StringBuilder sb = new StringBuilder();
        if (speaker.roleTitle() != null) {
            sb.append(speaker.roleTitle());
        }
        if (speaker.affiliation() != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(speaker.affiliation());
        }
        if (!speaker.aliases().isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " · ").append("also known as ").append(String.join(", ",
                    speaker.aliases()));
        }
        if (speaker.externalId() != null) {
            sb.append(sb.isEmpty() ? "" : " · ").append(speaker.externalId());
        }
        about.setText(sb.toString());
        grid.setItems(directory.statementsOf(speakerId));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}

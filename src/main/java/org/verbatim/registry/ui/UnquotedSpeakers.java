package org.verbatim.registry.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.verbatim.base.ui.Notifications;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;

/**
 * Registry entries without a quote (a correction moved their last one away, or nobody has quoted them yet), flagged
 * on the speakers screen; those who keep the registry remove the listed ones with a reason.
 */
class UnquotedSpeakers extends Details {

    static final int SHOWN = 50;

    private final SpeakerDirectory directory;
    private final SpeakerCuration curation;
    private final boolean curator;
    private final Runnable changed;
    private final Supplier<String> filter;

    UnquotedSpeakers(SpeakerDirectory directory, SpeakerCuration curation, boolean curator,
                     Supplier<String> filter, Runnable changed) {
        this.filter = filter;
        this.directory = directory;
        this.curation = curation;
        this.curator = curator;
        this.changed = changed;
        setId("speakers-without-quotes");
        refresh();
    }

    void refresh() {
        removeAll();
        long count = directory.countWithoutQuotes(filter.get());
        setSummaryText("Without quotes (" + count + ")");
        setVisible(count > 0);
        if (count == 0) {
            return;
        }
        List<SpeakerSummary> listed = directory.withoutQuotes(filter.get(), SHOWN);
        HorizontalLayout names = new HorizontalLayout();
        names.setWrap(true);
        listed.forEach(s -> names.add(new RouterLink(s.label(), SpeakerStatementsView.class, s.id())));
        add(new Paragraph("No quote is attributed to these entries: a correction may have moved their last one"
                + " away." + (count > SHOWN ? " The first " + SHOWN + " of " + count + " are listed." : "")), names);
        if (curator) {
            TextField reason = new TextField();
            reason.setId("remove-unquoted-reason");
            reason.setPlaceholder("Reason, for the audit history");
            Button remove = new Button("Remove the " + (listed.size() == 1 ? "entry" : listed.size() + " entries")
                    + " listed", e -> {
                try {
                    int removed = curation.removeWithoutQuotes(listed.stream().map(SpeakerSummary::id).toList(),
                            reason.getValue());
                    Notifications.success(removed + (removed == 1 ? " entry" : " entries") + " removed");
                    refresh();
                    changed.run();
                } catch (IllegalArgumentException ex) {
                    Notifications.error(ex.getMessage());
                }
            });
            remove.setId("remove-unquoted");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            add(new HorizontalLayout(reason, remove));
        }
    }
}

package org.verbatim.compare.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.compare.UnreadableQueryException;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerFinder;

/** Everything one speaker, or everyone of one affiliation, said, in order of publication, narrowed by a topic. */
@Route("timeline")
@PageTitle("Timeline · Verbatim")
@Menu(order = 5, title = "Timeline", icon = "vaadin:calendar-clock")
@PermitAll
public class TimelineView extends VerticalLayout {

    final ComboBox<Speaker> speaker = new ComboBox<>("Speaker");
    final ComboBox<QuoteSearch.FacetValue> affiliation = new ComboBox<>("or everyone of an affiliation");
    final TextField topic = new TextField("Topic");
    final Div entries = new Div();
    final Span message = new Span();

    private final QuoteSearch search;

    public TimelineView(QuoteSearch search, SpeakerFinder speakers) {
        this.search = search;
        speaker.setItems(q -> speakers.matching(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        speaker.setItemLabelGenerator(s -> s.getCanonicalName()
                + (s.getAffiliation() == null ? "" : " (" + s.getAffiliation() + ")"));
        speaker.setClearButtonVisible(true);
        affiliation.setItems(search.affiliations());
        affiliation.setItemLabelGenerator(v -> v.label() + " (" + v.count() + ")");
        affiliation.setClearButtonVisible(true);
        speaker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                affiliation.clear();
            }
        });
        affiliation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                speaker.clear();
            }
        });
        topic.setPlaceholder("any topic");
        topic.setClearButtonVisible(true);
        topic.addKeyPressListener(Key.ENTER, e -> show());
        Button go = new Button("Show timeline", e -> show());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(speaker, affiliation, topic, go);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        entries.addClassName("vb-timeline");
        message.addClassName("vb-meta");
        add(bar, message, entries);
    }

    void show() {
        entries.removeAll();
        if (speaker.getValue() == null && affiliation.getValue() == null) {
            message.setText("Choose a speaker or an affiliation.");
            return;
        }
        try {
            var hits = search.timeline(new QuoteSearch.Timeline(
                    speaker.getValue() == null ? null : speaker.getValue().getId(),
                    affiliation.getValue() == null ? null : affiliation.getValue().value(), topic.getValue()));
            message.setText(hits.size() + (hits.size() == 1 ? " statement" : " statements") + ", oldest first");
            hits.forEach(h -> entries.add(new StatementCard(h.card(), h.highlight())));
        } catch (UnreadableQueryException e) {
            message.setText(e.getMessage());
        }
    }
}

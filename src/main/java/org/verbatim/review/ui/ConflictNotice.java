package org.verbatim.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.verbatim.base.ui.Formats;
import org.verbatim.quote.Quote;
import org.verbatim.review.ConflictingEditException;

/**
 * Someone else changed the quote between the moment a reviewer opened it and their save: nothing was saved. Said where
 * the reviewer acted, with the other person's change beside the reviewer's draft, which stays as it was.
 */
final class ConflictNotice extends Div {

    ConflictNotice(ConflictingEditException conflict, Quote seen, Quote now, boolean draftKept) {
        addClassName("vb-conflict");
        getElement().setAttribute("role", "alert");
        String who = conflict.changedBy() == null ? "Someone else" : conflict.changedBy();
        Paragraph headline = new Paragraph("Not saved: " + who + " changed this quote "
                + Formats.when(conflict.changedAt()) + ", after you opened it.");
        headline.addClassName("vb-conflict-headline");
        add(headline);
        List<String> changes = differences(seen, now);
        Span theirs = new Span(changes.isEmpty() ? "Their change: the same review again (nothing you see differs)."
                : "Their change:");
        add(theirs);
        if (!changes.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("vb-conflict-changes");
            changes.forEach(c -> list.add(new ListItem(c)));
            add(list);
        }
        add(new Paragraph(draftKept ? "Your draft is kept as you left it: compare, then save again or cancel."
                : "The quote now shows their change: decide again."));
    }

    /** What differs between the quote as the reviewer saw it and as it is now, in the panel's words. */
    static List<String> differences(Quote seen, Quote now) {
        List<String> out = new ArrayList<>();
        diff(out, "Status", seen, now, q -> q.getStatus().label());
        diff(out, "Speaker", seen, now, q -> q.getSpeaker() == null ? null : q.getSpeaker().getCanonicalName());
        diff(out, "Type", seen, now, q -> q.getType().label());
        diff(out, "Text", seen, now, q -> "“" + q.getText() + "”");
        diff(out, "Verdict", seen, now, q -> q.getVerdict() == null ? null : q.getVerdict().label());
        diff(out, "Note", seen, now, Quote::getVerdictNote);
        diff(out, "Assigned to", seen, now, Quote::getAssignedTo);
        return out;
    }

    private static void diff(List<String> out, String field, Quote seen, Quote now, Function<Quote, String> value) {
        String before = value.apply(seen);
        String after = value.apply(now);
        if (!Objects.equals(before, after)) {
            out.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }
}

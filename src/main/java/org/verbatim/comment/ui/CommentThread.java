package org.verbatim.comment.ui;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.security.access.AccessDeniedException;
import org.verbatim.base.ui.Formats;
import org.verbatim.base.ui.Notifications;
import org.verbatim.comment.QuoteComment;
import org.verbatim.comment.QuoteComments;
import org.verbatim.comment.QuoteComments.Comment;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * A quote's thread: the comments, oldest first, and for fact-checkers and editors a box to add one ("@name" tells
 * that user). {@link #readOnly} shows only the comments, for a list's cell.
 */
public class CommentThread extends Div {

    private final QuoteComments comments;
    private final long quoteId;
    private final Div list = new Div();
    final TextArea draft = new TextArea();
    final Button send = new Button("Comment");

    public CommentThread(QuoteComments comments, CurrentUser user, long quoteId) {
        this.comments = comments;
        this.quoteId = quoteId;
        addClassName("vb-comments");
        NativeLabel label = new NativeLabel("Comments");
        label.addClassName("vb-field-label");
        list.addClassName("vb-comment-list");
        add(label, list);
        if (user.hasRole(Role.FACT_CHECKER) || user.hasRole(Role.EDITOR)) {
            draft.setPlaceholder("Ask or answer; @name tells that person");
            draft.setMaxLength(QuoteComment.MAX_LENGTH);
            draft.setWidthFull();
            draft.setAriaLabel("New comment");
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            send.addClickListener(e -> post());
            add(draft, send);
        }
        show(comments.on(quoteId));
    }

    /** Only the comments, for a cell of a list; nothing when there are none. */
    public static Div readOnly(List<Comment> thread) {
        Div list = new Div();
        list.addClassName("vb-comment-list");
        thread.forEach(c -> list.add(entry(c)));
        return list;
    }

    private void post() {
        try {
            comments.post(quoteId, draft.getValue());
            draft.clear();
            show(comments.on(quoteId));
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow that.");
        } catch (IllegalArgumentException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(List<Comment> thread) {
        list.removeAll();
        if (thread.isEmpty()) {
            Span none = new Span("No comments yet.");
            none.addClassName("vb-meta");
            list.add(none);
        }
        thread.forEach(c -> list.add(entry(c)));
    }

    private static Div entry(Comment c) {
        Span who = new Span(c.author() + " · " + Formats.when(c.at()));
        who.addClassName("vb-comment-by");
        Div text = new Div();
        text.addClassName("vb-comment-text");
        // the names it mentions stand out, so the reader sees whom it asks
        int from = 0;
        String body = c.text();
        for (var m = java.util.regex.Pattern.compile("@([\\p{L}\\p{N}._-]+)").matcher(body); m.find(); ) {
            String name = m.group(1).replaceAll("[._-]+$", "");
            if (c.mentions().stream().anyMatch(name::equalsIgnoreCase)) {
                text.add(new Text(body.substring(from, m.start())));
                Span mention = new Span("@" + name);
                mention.addClassName("vb-mention");
                text.add(mention);
                from = m.start() + 1 + name.length();
            }
        }
        text.add(new Text(body.substring(from)));
        Div entry = new Div(who, text);
        entry.addClassName("vb-comment");
        return entry;
    }
}

package org.verbatim.compare.ui;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.verbatim.compare.QuoteCard;
import org.verbatim.review.ui.ArticleReaderView;

/** One statement as the comparison views show it: the words (highlighted if given), who, when, where, verdict. */
class StatementCard extends Div {

    final Button open;

    StatementCard(QuoteCard card, String highlightHtml) {
        addClassName("vb-statement");
        // the highlight is the quote's text HTML-escaped by the search, with <mark> around matches
        Html words = new Html("<blockquote class=\"vb-statement-text\">"
                + (highlightHtml != null ? highlightHtml : escape(card.text())) + "</blockquote>");
        Span who = new Span(card.who());
        who.addClassName("vb-statement-who");
        Span meta = new Span(Stream.of(card.publishedOn() == null ? "undated" : card.publishedOn().toString(),
                        card.articleTitle(), card.publisher(), "status: " + card.status().label(),
                        card.verdict() == null ? null : "verdict: " + card.verdict().label())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · ")));
        meta.addClassName("vb-meta");
        open = new Button("Open in article", e -> ArticleReaderView.openAt(card.articleId(), card.quoteId()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        add(words, who, meta, open);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

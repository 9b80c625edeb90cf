package org.verbatim.review.ui;

import java.util.List;
import java.util.function.LongPredicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import org.verbatim.base.ui.VersionedAssets;
import org.verbatim.quote.Quote;

/**
 * The article text with its quotes highlighted, as the plain custom element {@code <vb-article-reader>} renders it.
 * It reports clicks on quotes, text the reviewer selects (as offsets into the stored text) and review shortcuts.
 */
@Tag("vb-article-reader")
public class ArticleReader extends Component {

    /** At an address with its content's hash: the browser keeps it instead of asking again at every page load. */
    private static final String SCRIPT = "components/vb-article-reader.js";

    private String text = "";

    public ArticleReader() {
        addAttachListener(e -> e.getUI().getPage().addJavaScript(VersionedAssets.script(SCRIPT)));
    }

    public void show(String text, List<Quote> quotes) {
        show(text, quotes, id -> false);
    }

    /** The text with its quotes, those an editor returned ({@code returned}) marked as such. */
    public void show(String text, List<Quote> quotes, LongPredicate returned) {
        this.text = text;
        getElement().setProperty("text", text);
        setQuotes(quotes, returned);
    }

    public void setQuotes(List<Quote> quotes, LongPredicate returned) {
        StringBuilder json = new StringBuilder("[");
        for (Quote q : quotes) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"id\":").append(q.getId())
                    .append(",\"start\":").append(q.getStartOffset())
                    .append(",\"end\":").append(q.getEndOffset())
                    .append(",\"status\":\"").append(returned.test(q.getId()) ? "RETURNED" : q.getStatus().name())
                    .append('"')
                    .append(",\"speaker\":").append(q.getSpeaker() == null ? "null"
                            : Json.string(q.getSpeaker().getCanonicalName()))
                    .append('}');
        }
        getElement().setProperty("quotes", json.append(']').toString());
    }

    public void select(Long quoteId) {
        getElement().setProperty("selected", quoteId == null ? -1 : quoteId);
    }

    /** The stored text between two offsets, as the reviewer selected it. */
    public String textOf(int start, int end) {
        return text.substring(Math.max(0, start), Math.min(text.length(), end));
    }

    public Registration addQuoteClickListener(ComponentEventListener<QuoteClick> listener) {
        return addListener(QuoteClick.class, listener);
    }

    public Registration addSpanSelectListener(ComponentEventListener<SpanSelect> listener) {
        return addListener(SpanSelect.class, listener);
    }

    public Registration addKeyListener(ComponentEventListener<ReaderKey> listener) {
        return addListener(ReaderKey.class, listener);
    }

    @DomEvent("quote-click")
    public static class QuoteClick extends ComponentEvent<ArticleReader> {
        private final long quoteId;

        public QuoteClick(ArticleReader source, boolean fromClient, @EventData("event.detail.id") long quoteId) {
            super(source, fromClient);
            this.quoteId = quoteId;
        }

        public long quoteId() {
            return quoteId;
        }
    }

    @DomEvent("span-select")
    public static class SpanSelect extends ComponentEvent<ArticleReader> {
        private final int start;
        private final int end;

        public SpanSelect(ArticleReader source, boolean fromClient, @EventData("event.detail.start") int start,
                          @EventData("event.detail.end") int end) {
            super(source, fromClient);
            this.start = start;
            this.end = end;
        }

        public boolean cleared() {
            return start < 0 || end <= start;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }
    }

    @DomEvent("reader-key")
    public static class ReaderKey extends ComponentEvent<ArticleReader> {
        private final String key;

        public ReaderKey(ArticleReader source, boolean fromClient, @EventData("event.detail.key") String key) {
            super(source, fromClient);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Just enough JSON for the reader's properties. */
    static final class Json {
        private Json() {
        }

        static String string(String s) {
            StringBuilder out = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }
}

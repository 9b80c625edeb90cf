package org.verbatim.review.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;

/**
 * Sources as a reviewer typed them, one per line, with every web address a link that opens beside Verbatim. Only
 * {@code http} and {@code https} addresses become links; anything else ({@code javascript:}, {@code file:}) stays text.
 */
final class SourceLinks {

    // an address in brackets or at the end of a sentence: the punctuation is not part of it
    private static final String OPENING = "([{<\"'“‘";
    private static final String CLOSING = ".,;:)]}>\"'”’";

    private SourceLinks() {
    }

    static Div of(String sources) {
        Div list = new Div();
        list.addClassName("vb-sources");
        if (sources == null || sources.isBlank()) {
            return list;
        }
        for (String line : sources.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Div item = new Div();
            item.addClassName("vb-source");
            String[] words = line.strip().split("(?<=\\s)|(?=\\s)");
            StringBuilder text = new StringBuilder();
            for (String word : words) {
                int start = 0;
                int end = word.length();
                while (start < end && OPENING.indexOf(word.charAt(start)) >= 0) {
                    start++;
                }
                while (end > start && CLOSING.indexOf(word.charAt(end - 1)) >= 0) {
                    end--;
                }
                String address = word.substring(start, end);
                if (isWebAddress(address)) {
                    text.append(word, 0, start);
                    if (!text.isEmpty()) {
                        item.add(new Text(text.toString()));
                        text.setLength(0);
                    }
                    Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
                    link.getElement().setAttribute("rel", "noopener noreferrer");
                    item.add(link);
                    text.append(word.substring(end));
                } else {
                    text.append(word);
                }
            }
            if (!text.isEmpty()) {
                item.add(new Text(text.toString()));
            }
            list.add(item);
        }
        return list;
    }

    /** Whether {@code s} is an absolute http(s) address with a host: what may become a link. */
    static boolean isWebAddress(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(s);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

}

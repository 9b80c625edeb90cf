package org.verbatim.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// TEMPORARY STUB (not committed): replaced by the real engine from branch `extraction`.
public final class QuoteExtractor {
    public static final String NAME = "stub";
    public static final String VERSION = "0";
    private static final Pattern Q = Pattern.compile("[“\"]([^”\"\\n]{3,})[”\"]");

    public ExtractionResult extract(String text) {
        List<ExtractedQuote> quotes = new ArrayList<>();
        Matcher m = Q.matcher(text);
        while (m.find()) {
            quotes.add(new ExtractedQuote(m.group(1), m.start(1), m.end(1), QuoteType.DIRECT, null, null, null, 0.5));
        }
        return new ExtractionResult(null, null, null, List.of(), quotes);
    }
}

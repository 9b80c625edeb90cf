package org.verbatim.extraction.quote;

import org.verbatim.extraction.QuoteType;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.Mention;

/** A quote being annotated: its content span first, then its attribution (cue and mention), then its speaker. */
public final class QuoteSpan {

    private final int contentStart;
    private final int contentEnd;
    private final int openMark;
    private final int closeMark;
    private QuoteType type;
    private Mention mention;
    private int cueToken = -1;
    private String cue;
    private double confidence;
    private QuoteSpan continues;
    private boolean subhead;
    private boolean absorbed;
    private boolean embedded;
    private Entity speaker;

    private QuoteSpan(int contentStart, int contentEnd, int openMark, int closeMark, QuoteType type) {
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.openMark = openMark;
        this.closeMark = closeMark;
        this.type = type;
    }

    /** Words inside quote marks; {@code closeMark} is -1 when the closing mark is missing. */
    public static QuoteSpan direct(int contentStart, int contentEnd, int openMark, int closeMark) {
        return new QuoteSpan(contentStart, contentEnd, openMark, closeMark, QuoteType.DIRECT);
    }

    public static QuoteSpan reported(int contentStart, int contentEnd, QuoteType type) {
        return new QuoteSpan(contentStart, contentEnd, -1, -1, type);
    }

    public int contentStart() { return contentStart; }

    public int contentEnd() { return contentEnd; }

    public int openMark() { return openMark; }

    public int closeMark() { return closeMark; }

    /** First token of the quote including its opening mark. */
    public int outerStart() { return openMark >= 0 ? openMark : contentStart; }

    /** End of the quote including its closing mark. */
    public int outerEnd() { return closeMark >= 0 ? closeMark + 1 : contentEnd; }

    public boolean isDirect() { return openMark >= 0; }

    public QuoteType type() { return type; }

    public void setType(QuoteType type) { this.type = type; }

    public Mention mention() { return mention; }

    public int cueToken() { return cueToken; }

    public String cue() { return cue; }

    public double confidence() { return confidence; }

    public boolean attributed() { return mention != null || continues != null; }

    public void attribute(Mention mention, int cueToken, String cue, double confidence) {
        this.mention = mention;
        this.cueToken = cueToken;
        this.cue = cue;
        this.confidence = confidence;
    }

    public QuoteSpan continues() { return continues; }

    public void continueFrom(QuoteSpan previous, double confidence) {
        this.continues = previous;
        this.confidence = confidence;
    }

    public boolean subhead() { return subhead; }

    public void markSubhead() {
        this.subhead = true;
        this.confidence = 0.5;
    }

    /** A quoted fragment that became part of a MIXED quote and is not reported on its own. */
    public boolean absorbed() { return absorbed; }

    public void absorb() { this.absorbed = true; }

    public boolean embedded() { return embedded; }

    public void markEmbedded() { this.embedded = true; }

    public void setConfidence(double confidence) { this.confidence = confidence; }

    public Entity speaker() { return speaker; }

    public void setSpeaker(Entity speaker) { this.speaker = speaker; }

    /**
     * One quote from this part's opening to {@code next}'s end: an interrupted quotation ("“A,” she said, “B.”") is one
     * statement. The attribution and speaker are this part's, or {@code next}'s where this one has none.
     */
    public QuoteSpan joinedWith(QuoteSpan next) {
        QuoteSpan whole = new QuoteSpan(contentStart, next.contentEnd, openMark, next.closeMark, type);
        whole.takeAttribution(attributed() || next.speaker == null ? this : next);
        whole.subhead = subhead;
        whole.embedded = embedded;
        whole.speaker = speaker != null ? speaker : next.speaker;
        return whole;
    }

    /**
     * This quote as a MIXED one opening at {@code start}, before its opening mark, through its closing mark: the writer's
     * words that begin the sentence it completes ("The new depot “will pay for itself,” she said"). Attribution and
     * speaker stay.
     */
    public QuoteSpan widenedTo(int start) {
        QuoteSpan whole = new QuoteSpan(start, outerEnd(), -1, -1, QuoteType.MIXED);
        whole.takeAttribution(this);
        whole.subhead = subhead;
        whole.embedded = embedded;
        whole.speaker = speaker;
        return whole;
    }

    /** The attribution of {@code from} (its mention, cue, confidence and the quote it continues) for this new span. */
    private void takeAttribution(QuoteSpan from) {
        mention = from.mention;
        cueToken = from.cueToken;
        cue = from.cue;
        confidence = from.confidence;
        continues = from.continues;
    }

    public boolean contains(int token) {
        return token >= outerStart() && token < outerEnd();
    }
}

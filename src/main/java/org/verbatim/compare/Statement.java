package org.verbatim.compare;

import java.time.LocalDate;

/**
 * A quote as the comparison sees it, read from the search index alone: what was said, by whom, for whom, when and
 * where. {@code affiliationKey} is {@link org.verbatim.speaker.AffiliationKey}'s key, {@code null} when unknown.
 */
public record Statement(long quoteId, long articleId, String text, Long speakerId, String speakerName,
                        String affiliation, String affiliationKey, LocalDate publishedOn) {

    /** Whether both were said by one speaker (the same registry entry, or failing that the same name). */
    public boolean sameSpeakerAs(Statement other) {
        if (speakerId != null && other.speakerId != null) {
            return speakerId.equals(other.speakerId);
        }
        return speakerName != null && speakerName.equals(other.speakerName);
    }

    public Statement withAffiliationKey(String key) {
        return new Statement(quoteId, articleId, text, speakerId, speakerName, affiliation, key, publishedOn);
    }
}

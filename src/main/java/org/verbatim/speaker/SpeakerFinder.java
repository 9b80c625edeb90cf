package org.verbatim.speaker;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks speakers up by any name they are known by, for pickers. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SpeakerFinder {

    private final SpeakerRepository speakers;

    SpeakerFinder(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /** Speakers whose canonical name or an alias contains {@code text}, ignoring case; at most {@code limit}. */
    public List<Speaker> matching(String text, int offset, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return speakers.findMatching(pattern, PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }
}

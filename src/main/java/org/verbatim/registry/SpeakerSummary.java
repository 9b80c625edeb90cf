package org.verbatim.registry;

import java.util.List;

import org.verbatim.speaker.SpeakerKind;

/** A registry entry as the speaker views show it, with how many quotes are attributed to it. */
public record SpeakerSummary(long id, String name, List<String> aliases, String roleTitle, String affiliation,
                             SpeakerKind kind, String externalId, long quotes, long version) {

    public SpeakerSummary {
        aliases = List.copyOf(aliases);
    }

    /** The name with its affiliation, to tell namesakes apart in lists. */
    public String label() {
        return affiliation == null ? name : name + " (" + affiliation + ")";
    }
}

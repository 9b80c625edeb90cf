package org.verbatim.registry;

import java.util.List;

import org.verbatim.speaker.SpeakerKind;

/** What a person types about a speaker. The external id is e.g. a Wikidata QID ({@code Q42}). */
public record SpeakerDetails(String name, List<String> aliases, String roleTitle, String affiliation,
                             SpeakerKind kind, String externalId) {

    public SpeakerDetails {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}

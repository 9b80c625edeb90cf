package org.verbatim.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Finds the registry entry for a speaker an extractor named, or creates one. A name matches a canonical name or an
 * alias; where several people share a name, the one with the same affiliation wins.
 */
@Component
public class SpeakerRegistry {

    private final SpeakerRepository speakers;

    SpeakerRegistry(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /** Must run inside a transaction: the returned speaker is managed and may have gained aliases. */
    public Speaker findOrCreate(String name, Collection<String> aliases, String roleTitle, String affiliation,
                                SpeakerKind kind) {
        Objects.requireNonNull(name);
        List<Speaker> known = speakers.findKnownAs(name);
        Speaker speaker = known.stream()
                .filter(s -> affiliation == null || s.getAffiliation() == null
                        || s.getAffiliation().equalsIgnoreCase(affiliation))
                .findFirst()
                .orElse(null);
        if (speaker == null) {
            speaker = speakers.save(new Speaker(name, kind, roleTitle, affiliation));
        } else if (speaker.getRoleTitle() == null && roleTitle != null || speaker.getAffiliation() == null
                && affiliation != null) {
            speaker.describe(speaker.getRoleTitle() == null ? roleTitle : speaker.getRoleTitle(),
                    speaker.getAffiliation() == null ? affiliation : speaker.getAffiliation(),
                    speaker.getKind(), speaker.getExternalId());
        }
        if (aliases != null) {
            aliases.forEach(speaker::addAlias);
        }
        return speaker;
    }
}

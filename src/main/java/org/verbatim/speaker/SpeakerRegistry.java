package org.verbatim.speaker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Finds the registry entry for a speaker an extractor named, or creates one. A name matches a canonical name or an
 * alias, ignoring case; where several people share a name, the one with the same affiliation wins.
 */
@Component
public class SpeakerRegistry {

    private final SpeakerRepository speakers;

    SpeakerRegistry(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    /**
     * Looks up every speaker known by one of {@code names} at once, for a transaction that stores many articles: a
     * lookup per name would cost a round trip each and make Hibernate flush (and dirty-check) everything the
     * transaction has stored so far, every time. Must run inside the transaction that uses the returned lookup.
     */
    public Lookup lookup(Collection<String> names) {
        Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.stream().filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty()).forEach(distinct::add);
        List<Speaker> known = distinct.isEmpty() ? new ArrayList<>() : new ArrayList<>(speakers.findKnownAs(distinct));
        return new Lookup(known);
    }

    /** The speakers of one transaction: those found by {@link #lookup} and those created through it since. */
    public final class Lookup {
        /** By canonical name and alias, ignoring case, in the order found. */
        private final Map<String, List<Speaker>> byName = new HashMap<>();

        private Lookup(List<Speaker> known) {
            known.forEach(this::remember);
        }

        /** The returned speaker is managed and may have gained aliases and a role or affiliation it lacked. */
        public Speaker findOrCreate(String name, Collection<String> aliases, String roleTitle, String affiliation,
                                    SpeakerKind kind) {
            Objects.requireNonNull(name);
            Speaker speaker = byName.getOrDefault(key(name), List.of()).stream()
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
            remember(speaker);
            return speaker;
        }

        private void remember(Speaker speaker) {
            remember(speaker.getCanonicalName(), speaker);
            speaker.getAliases().forEach(alias -> remember(alias, speaker));
        }

        private void remember(String name, Speaker speaker) {
            List<Speaker> known = byName.computeIfAbsent(key(name), k -> new ArrayList<>(1));
            if (!known.contains(speaker)) {
                known.add(speaker);
            }
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }
    }
}

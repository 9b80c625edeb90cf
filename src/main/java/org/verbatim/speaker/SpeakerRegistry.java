package org.verbatim.speaker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Finds the registry entry for a speaker an extractor named, or creates one. A name matches a canonical name or an
 * alias, ignoring case; where several people share a name, the one with the same affiliation wins. What reviewers
 * taught comes first: a name once corrected to a speaker ({@link #learn}) resolves to that speaker from then on.
 * <p>
 * Nothing here keeps two nodes (or two transactions) from creating the same speaker at once: the database does, by
 * its unique key on {@link SpeakerIdentity}. The transaction that loses runs again and then finds the winner's entry
 * ({@code Races}).
 */
@Component
public class SpeakerRegistry {

    private final SpeakerRepository speakers;
    private final LearnedNameRepository learnedNames;

    SpeakerRegistry(SpeakerRepository speakers, LearnedNameRepository learnedNames) {
        this.speakers = speakers;
        this.learnedNames = learnedNames;
    }

    /**
     * Looks up every speaker known by one of {@code names} at once, for a transaction that stores many articles: a
     * lookup per name would cost a round trip each and make Hibernate flush (and dirty-check) everything the
     * transaction has stored so far, every time. Must run inside the transaction that uses the returned lookup.
     * Give each extracted speaker's {@link #namesToLookUp}.
     */
    public Lookup lookup(Collection<String> names) {
        Set<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.stream().filter(Objects::nonNull).map(String::strip).filter(n -> !n.isEmpty()).forEach(n -> {
            distinct.add(n);
            distinct.add(n.replaceAll("\\s+", " "));
        });
        if (distinct.isEmpty()) {
            return new Lookup(new ArrayList<>(), List.of());
        }
        return new Lookup(new ArrayList<>(speakers.findKnownAs(distinct)), learnedNames.findByNameIn(distinct));
    }

    /**
     * Remembers that the extractor's {@code machineName} for a speaker means {@code speaker}, as a reviewer said by
     * correcting a quote; so does the {@code mention} at the quote when it is a shorter form of that name ("Kanani"
     * for "Nasser Kanani"). Both become the speaker's aliases. Runs inside the correction's transaction.
     */
    public void learn(String machineName, String mention, Speaker speaker, Long quoteId, String reviewer, Instant at) {
        Objects.requireNonNull(speaker);
        if (machineName == null || machineName.isBlank()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(machineName.strip());
        if (mention != null && isShortFormOf(mention.strip(), machineName.strip())) {
            names.add(mention.strip());
        }
        for (String name : names) {
            if (name.length() > 300) {
                continue;
            }
            List<LearnedName> known = learnedNames.findByNameIn(List.of(name));
            if (known.isEmpty()) {
                learnedNames.save(new LearnedName(name, speaker, quoteId, reviewer, at));
            } else {
                known.getFirst().teach(speaker, quoteId, reviewer, at);
            }
            speaker.addAlias(name);
        }
    }

    /** "Kanani" of "Nasser Kanani": capitalised words, each a word of the name. Never "He" or "Officials". */
    static boolean isShortFormOf(String mention, String name) {
        if (mention.isEmpty()) {
            return false;
        }
        List<String> nameWords = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
        for (String word : mention.split("\\s+")) {
            if (!Character.isUpperCase(word.codePointAt(0)) || !nameWords.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names {@link #lookup} needs for a speaker an extractor found: its name and its other full names (a
     * description such as "the spokesman" would fetch every entry it was ever used for).
     */
    public static List<String> namesToLookUp(String name, Collection<String> aliases) {
        List<String> names = new ArrayList<>();
        names.add(name);
        if (aliases != null) {
            aliases.stream().filter(Objects::nonNull).filter(a -> isFullNameOf(a, name)).forEach(names::add);
        }
        return names;
    }

    /**
     * Another form of {@code name} that may identify its speaker on its own, across articles: two words or more, each
     * capitalised, ending in the name's last word ("N. Kanani" for "Nasser Kanani"); never a surname alone, a
     * description ("the spokesman") or a title that other people hold too ("Foreign Minister").
     */
    static boolean isFullNameOf(String alias, String name) {
        String[] words = alias.strip().split("\\s+");
        String[] nameWords = name.strip().split("\\s+");
        if (words.length < 2 || !words[words.length - 1].equalsIgnoreCase(nameWords[nameWords.length - 1])) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The speakers of one transaction: those found by {@link #lookup} and those created through it since. */
    public final class Lookup {
        /** By canonical name and alias, ignoring case, in the order found. */
        private final Map<String, List<Speaker>> byName = new HashMap<>();
        /** What reviewers taught, by name ignoring case. */
        private final Map<String, Speaker> learned = new HashMap<>();

        private Lookup(List<Speaker> known, List<LearnedName> learnedNames) {
            known.forEach(this::remember);
            for (LearnedName l : learnedNames) {
                learned.put(key(l.getName()), l.getSpeaker());
                remember(l.getSpeaker());
            }
        }

        /**
         * The speaker called {@code name} (with {@code aliases}) in an article: the one reviewers taught for the name,
         * else the registry entry known by the name, else by one of its other full names, else a new entry. The
         * returned speaker is managed and may have gained aliases and a role or affiliation it lacked.
         */
        public Speaker findOrCreate(String name, Collection<String> aliases, String roleTitle, String affiliation,
                                    SpeakerKind kind) {
            Objects.requireNonNull(name);
            Speaker speaker = find(name, affiliation);
            if (speaker == null && aliases != null) {
                speaker = aliases.stream().filter(Objects::nonNull).filter(alias -> isFullNameOf(alias, name))
                        .map(alias -> find(alias, affiliation)).filter(Objects::nonNull).findFirst().orElse(null);
            }
            if (speaker == null) {
                speaker = speakers.save(new Speaker(name, kind, roleTitle, affiliation));
            } else if (speaker.getRoleTitle() == null && roleTitle != null || speaker.getAffiliation() == null
                    && affiliation != null) {
                speaker.describe(speaker.getRoleTitle() == null ? roleTitle : speaker.getRoleTitle(),
                        speaker.getAffiliation() == null ? affiliation : speaker.getAffiliation(),
                        speaker.getKind(), speaker.getExternalId());
            }
            speaker.addAlias(name);
            if (aliases != null) {
                aliases.forEach(speaker::addAlias);
            }
            remember(speaker);
            return speaker;
        }

        private Speaker find(String name, String affiliation) {
            Speaker taught = learned.get(key(name));
            if (taught != null) {
                return taught;
            }
            List<Speaker> known = byName.getOrDefault(key(name), List.of());
            if (affiliation == null || affiliation.isBlank()) {
                return known.isEmpty() ? null : known.getFirst();
            }
            // the entry at this very affiliation first (the database holds at most one), else one without any
            String wanted = SpeakerIdentity.normalise(affiliation);
            return known.stream().filter(s -> SpeakerIdentity.normalise(s.getAffiliation()).equals(wanted))
                    .findFirst()
                    .or(() -> known.stream().filter(s -> s.getAffiliation() == null).findFirst())
                    .orElse(null);
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
            return SpeakerIdentity.normalise(name);
        }
    }
}

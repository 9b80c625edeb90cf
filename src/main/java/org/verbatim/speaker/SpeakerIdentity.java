package org.verbatim.speaker;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two registry entries the same speaker, as the database's unique key {@code uk_speaker_identity} sees it:
 * the name and the affiliation as the registry matches them (case, Unicode compatibility forms and runs of white
 * space ignored; no affiliation is an affiliation of its own). Every node that creates a speaker computes the same
 * key, so two imports creating one speaker at once meet at the database and one of them reuses the other's entry.
 * <p>
 * Not {@link AffiliationKey}: that key comes from WordNet and spelling rules that improve from release to release, and
 * a unique key that moved with them would make an upgrade merge or split people.
 */
public final class SpeakerIdentity {

    private SpeakerIdentity() {
    }

    /** The key of a speaker called {@code name} at {@code affiliation} (which may be null). */
    public static String of(String name, String affiliation) {
        return normalise(name) + "\t" + normalise(affiliation);
    }

    /** A name as the registry compares it: NFKC, lower case, stripped, white space runs as one space. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package org.verbatim.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stance a statement takes, read from general English cue words: whether it denies, whether it says something
 * goes on or has stopped, whether it brands a party (as a criminal, an outlaw, an enemy) or deals with it as a
 * counterpart (talks, offices, visits, recognition). Nothing here knows any topic, party or country.
 */
record Stance(Map<Cue, List<String>> cues) {

    enum Cue {
        /** "not", "never", "has yet to": the statement denies something. */
        NEGATION("denies"),
        /** "still", "remains", "continues": something goes on as before. */
        CONTINUITY("says it goes on"),
        /** "no longer", "revoked", "ended": something has stopped. */
        CESSATION("says it has stopped"),
        /** "terrorist", "illegal", "enemy": the party is branded an outlaw. */
        BRANDING("brands the party"),
        /** "negotiations", "official offices", "delegation", "part of the reality": the party is dealt with. */
        ENGAGEMENT("deals with the party as a counterpart");

        final String says;

        Cue(String says) {
            this.says = says;
        }
    }

    private static final Map<Cue, Pattern> PATTERNS = new EnumMap<>(Map.of(
            Cue.NEGATION, words("not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "cannot",
                    "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
                    "hasn't", "haven't", "without", "yet to", "refuses?", "refused", "rejects?", "rejected", "denies",
                    "denied", "deny"),
            Cue.CONTINUITY, words("still", "remains?", "remained", "continues?", "continued", "always",
                    "as before", "yet to revoke", "yet to lift", "yet to remove", "maintains?", "persists?"),
            Cue.CESSATION, words("no longer", "any ?more", "ceased?", "stopped", "ended", "revoked", "lifted",
                    "dropped", "removed", "abandoned", "withdr[ae]wn?", "scrapped", "delisted", "reversed"),
            Cue.BRANDING, words("terrorists?", "terror", "terrorism", "extremists?", "extremism", "illegal",
                    "illegitimate", "unlawful", "criminals?", "outlaws?", "outlawed", "banned", "blacklist(ed)?",
                    "designations?", "designated", "enem(y|ies)", "hostile", "puppets?", "occupiers?", "insurgents?",
                    "militias?", "thugs?", "gangs?"),
            Cue.ENGAGEMENT, words("negotiat\\w*", "talks", "dialogue", "official(ly)?", "offices?", "delegations?",
                    "visit(s|ed|ing)?", "meet(s|ing|ings)?", "met", "recogni[sz](e|es|ed|ing|tion)", "reality",
                    "partners?", "partnership", "cooperat\\w*", "relations", "agreements?", "ambassadors?",
                    "embass(y|ies)", "diplomat\\w*", "engag\\w*", "legitimate", "representatives?", "hosts?",
                    "hosted", "hosting", "counterparts?", "mediat\\w*")));

    private static Pattern words(String... alternatives) {
        return Pattern.compile("(?<![\\p{L}'’])(" + String.join("|", alternatives) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Stances read lately: a statement is compared with sixty neighbours, and a neighbour with many statements. */
    private static final Map<String, Stance> READ = Recent.keeping(20_000);

    static Stance of(String text) {
        String key = text == null ? "" : text;
        Stance known = READ.get(key);
        if (known != null) {
            return known;
        }
        Stance read = read(key);
        READ.put(key, read);
        return read;
    }

    private static Stance read(String text) {
        Map<Cue, List<String>> found = new EnumMap<>(Cue.class);
        String t = text == null ? "" : text.replace('’', '\'');
        for (var e : PATTERNS.entrySet()) {
            Matcher m = e.getValue().matcher(t);
            List<String> hits = new ArrayList<>();
            while (m.find()) {
                String hit = m.group(1).toLowerCase(Locale.ROOT);
                if (!hits.contains(hit)) {
                    hits.add(hit);
                }
            }
            if (!hits.isEmpty()) {
                found.put(e.getKey(), List.copyOf(hits));
            }
        }
        // "has yet to revoke" says the state continues; it is not a denial of the whole statement
        if (found.containsKey(Cue.CONTINUITY) && found.getOrDefault(Cue.NEGATION, List.of()).equals(List.of("yet to"))) {
            found.remove(Cue.NEGATION);
        }
        // "no longer" is cessation, not a bare "no"
        if (found.containsKey(Cue.CESSATION) && found.getOrDefault(Cue.NEGATION, List.of()).equals(List.of("no"))
                && found.get(Cue.CESSATION).contains("no longer")) {
            found.remove(Cue.NEGATION);
        }
        return new Stance(java.util.Collections.unmodifiableMap(found));
    }

    boolean has(Cue cue) {
        return cues.containsKey(cue);
    }

    List<String> words(Cue cue) {
        return cues.getOrDefault(cue, List.of());
    }

    /** More branding than dealing: the statement treats the party as an outlaw. */
    boolean brands() {
        return words(Cue.BRANDING).size() > words(Cue.ENGAGEMENT).size();
    }

    /** More dealing than branding: the statement treats the party as a counterpart. */
    boolean engages() {
        return words(Cue.ENGAGEMENT).size() > words(Cue.BRANDING).size();
    }
}

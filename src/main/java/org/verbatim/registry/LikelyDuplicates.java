package org.verbatim.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.verbatim.speaker.AffiliationKey;

/**
 * Pairs of person entries that are probably one person, for someone to merge: the same surname and the same
 * affiliation ("Tove Rask, Port Authority" and "Tove Rask-Lind, Port Authority" are not; "T. Rask" and "Tove Rask" of
 * the Port Authority are), or the same surname with given names that can be one another's ("Rask", "T. Rask",
 * "Dr Tove Rask") and no affiliation saying otherwise. Only a suggestion: nothing is merged without a person.
 */
final class LikelyDuplicates {

    /** A person entry as compared: its id, name and affiliation. */
    record Entry(long id, String name, String affiliation) {
    }

    /** Two entries and why they look like one person. */
    record Pair(long first, long second, String why) {
    }

    // titles written before a name; they say nothing about who is meant
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev",
            "mx");
    // generational suffixes written after a surname
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private LikelyDuplicates() {
    }

    static List<Pair> among(List<Entry> entries, int limit) {
        Map<String, List<Entry>> bySurname = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<String> words = words(e.name());
            if (!words.isEmpty()) {
                bySurname.computeIfAbsent(words.getLast(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Entry> namesakes : bySurname.values()) {
            namesakes.sort(Comparator.comparingLong(Entry::id));
            for (int i = 0; i < namesakes.size(); i++) {
                for (int j = i + 1; j < namesakes.size(); j++) {
                    String why = why(namesakes.get(i), namesakes.get(j));
                    if (why != null) {
                        pairs.add(new Pair(namesakes.get(i).id(), namesakes.get(j).id(), why));
                        if (pairs.size() >= limit) {
                            return pairs;
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** Why {@code a} and {@code b} (the same surname) look like one person, or null when they do not. */
    private static String why(Entry a, Entry b) {
        String ka = AffiliationKey.of(a.affiliation());
        String kb = AffiliationKey.of(b.affiliation());
        boolean conflicting = ka != null && kb != null && !ka.equals(kb);
        if (conflicting) {
            return null;
        }
        List<String> ga = given(a.name());
        List<String> gb = given(b.name());
        boolean compatible = compatible(ga, gb);
        if (ka != null && ka.equals(kb)) {
            // same surname and affiliation: namesakes with other given names are told apart by them
            return compatible || ga.isEmpty() || gb.isEmpty() ? "same surname and affiliation" : null;
        }
        return compatible ? "name variants" : null;
    }

    /** Whether two lists of given names can name one person: one is empty, or they agree word by word or by initial. */
    private static boolean compatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean initial = x.length() == 1 || y.length() == 1;
            if (initial ? x.charAt(0) != y.charAt(0) : !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> given(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
    }

    /** The name's words, lower case without accents or dots, titles and suffixes left out. */
    static List<String> words(String name) {
        String plain = Normalizer.normalize(Objects.requireNonNull(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replace('.', ' ').replace(',', ' ');
        List<String> words = new ArrayList<>();
        for (String w : plain.strip().split("\\s+")) {
            if (!w.isEmpty() && !(words.isEmpty() && TITLES.contains(w))) {
                words.add(w);
            }
        }
        while (words.size() > 1 && SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        return words;
    }
}

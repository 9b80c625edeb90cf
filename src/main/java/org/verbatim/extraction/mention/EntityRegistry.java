package org.verbatim.extraction.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.extraction.SpeakerKind;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.GivenNames;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.lexicon.Words;

/**
 * Groups name mentions into entities: longer forms absorb shorter ones that are a suffix ("Amir Doe" in
 * "Hossein Amir Doe"), single words attach to the nearest person whose name contains them.
 */
public final class EntityRegistry {

    private final List<Entity> entities = new ArrayList<>();
    private final Map<Mention, Entity> byMention = new IdentityHashMap<>();
    private final Map<String, Entity> organizations = new HashMap<>();
    private final java.util.Set<Entity> described = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Acronyms given in brackets after a name, and whose they are. */
    private final Map<String, Entity> bracketed = new HashMap<>();

    public static EntityRegistry build(List<Mention> names) {
        EntityRegistry r = new EntityRegistry();
        r.add(names);
        return r;
    }

    private void add(List<Mention> names) {
        List<Mention> singles = new ArrayList<>();
        for (Mention m : names) {
            boolean single = !m.text().contains(" ");
            // a surname that only looked like a place ("according to Doe") still belongs to the person
            if (m.organization() && !(single && hasPersonWith(names, m.text()))) {
                Entity e = organizations.computeIfAbsent(key(m.text()), k -> newEntity(m.text(), SpeakerKind.ORGANIZATION, m.coreStart()));
                e.seenAt(m.coreStart());
                if (m.shortForm() != null) shortened(e, m);
                byMention.put(m, e);
                continue;
            }
            String[] parts = m.text().split("\\s+");
            if (parts.length == 1) {
                singles.add(m);
                continue;
            }
            Entity e = findBySuffix(parts);
            // "Harimau General" after "Harimau General Insurance Bhd": a company's name without its last words
            if (e == null && !GivenNames.isGivenName(parts[0])) e = organisationStartingWith(m.text());
            if (e == null) {
                boolean body = teamName(parts) && !personRole(m.role()) || ownedByAGroup(parts);
                e = newEntity(m.text(), body ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, m.coreStart());
            } else {
                e.addName(m.text());
            }
            learn(e, m);
            e.seenAt(m.coreStart());
            byMention.put(m, e);
        }
        for (Mention m : singles) aloneWords.add(Entity.normal(m.text()));
        for (Mention m : singles) {
            Entity e = bestContaining(m.text(), m.coreStart());
            if (e == null) {
                e = organizations.get(key(m.text()));
            }
            if (e == null) {
                e = findExactSingle(m.text());
            }
            if (e == null) {
                e = organisationOpenedBy(m.text());
            }
            if (e == null) {
                e = newEntity(m.text(), WordClasses.isPluralOfOrdinaryNoun(m.text().toLowerCase(Locale.ROOT)) ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, m.coreStart());
            } else if (!e.name().equals(m.text())) {
                e.addAlias(m.text());
            }
            learn(e, m);
            e.seenAt(m.coreStart());
            byMention.put(m, e);
        }
        mergeAcronyms();
        // "his Ruritanian counterpart Jane Doe" holds the role of the person the sentence started with
        Entity previousWithRole = null;
        for (Mention m : names) {
            Entity e = byMention.get(m);
            if (e == null || e.kind() != SpeakerKind.PERSON) continue;
            if ("counterpart".equalsIgnoreCase(e.role()) && previousWithRole != null && previousWithRole != e) {
                e.replaceRole(previousWithRole.role());
            } else if (e.role() != null && !"counterpart".equalsIgnoreCase(e.role())) {
                previousWithRole = e;
            }
        }
    }

    /**
     * "Harlow Rovers", "Severn Warriors": a name ending in the plural of an ordinary noun and not opened by a given name
     * names a team or a group, as the plural alone does ("Falcons"); "Tom Banks" is a person.
     */
    private static boolean teamName(String[] parts) {
        return WordClasses.isPluralOfOrdinaryNoun(parts[parts.length - 1].toLowerCase(Locale.ROOT)) && !GivenNames.isGivenName(parts[0]);
    }

    /** "manager Callum Cairns": a role that names one person ("manager", not "champions") says the name is a person's. */
    private static boolean personRole(String role) {
        if (role == null || role.isBlank()) return false;
        String[] words = role.trim().split("\\s+");
        return WordClasses.mayNamePerson(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** "Victims' Voice", "Parents' Forum": a group of people's own something names a body, not a person. */
    private static boolean ownedByAGroup(String[] parts) {
        for (int k = 0; k < parts.length - 1; k++) {
            String p = parts[k].toLowerCase(Locale.ROOT);
            if ((p.endsWith("'") || p.endsWith("\u2019")) && WordClasses.isPersonPlural(p.substring(0, p.length() - 1))) return true;
        }
        return false;
    }

    /** "NTSB" is the "National Transportation Safety Board" the article also names: one speaker, the full name first. */
    private void mergeAcronyms() {
        for (Entity acronym : List.copyOf(organizations.values())) {
            // "LP&L" for "Leeward Power & Light Ltd": the ampersand and the company's legal form spell nothing
            String a = acronym.name().replace("&", "");
            if (a.length() < 2 || a.length() > 8 || !a.chars().allMatch(Character::isUpperCase)) continue;
            Entity full = null;
            for (Entity e : organizations.values()) {
                if (e != acronym && (a.equals(initials(e.name())) || a.equals(initials(withoutLegalForm(e.name()))))
                        && !namesARole(e.name())) full = e;
            }
            // "RFS" for the "NSW Rural Fire Service": the initials after a leading place or acronym
            for (Entity e : organizations.values()) {
                String rest = e.name().contains(" ") ? e.name().substring(e.name().indexOf(' ') + 1) : "";
                if (full == null && e != acronym && rest.contains(" ") && a.length() >= 3 && a.equals(initials(rest))) full = e;
            }
            // "Fisheries and Oceans Canada (DFO)": the article said so, whatever the letters
            if (full == null && bracketed.get(a) != null && bracketed.get(a) != acronym
                    && bracketed.get(a).kind() == SpeakerKind.ORGANIZATION) full = bracketed.get(a);
            if (full == null) continue;
            full.addAlias(a);
            absorb(acronym, full);
            organizations.put(key(a), full);
        }
        mergeRoleAcronyms();
        mergeBracketed();
    }

    /**
     * "Federation of Malaysian Consumers Associations (Fomca)": a short form in brackets after a body's name, written
     * any way ("Fomca", "Sebi"), is that body wherever it appears alone.
     */
    private void mergeBracketed() {
        for (Map.Entry<String, Entity> b : bracketed.entrySet()) {
            Entity body = b.getValue();
            if (body.kind() != SpeakerKind.ORGANIZATION || !entities.contains(body)) continue;
            for (Entity e : List.copyOf(entities)) {
                if (e == body || !e.name().equals(b.getKey())) continue;
                body.addAlias(e.name());
                absorb(e, body);
                organizations.values().removeIf(o -> o == e);
                organizations.put(key(e.name()), body);
            }
        }
    }

    /**
     * "the CMD said" after "the Chief Medical Director of the centre, Professor Adebayo Olatunji": an acronym that
     * spells the one role a person of the article holds is that person.
     */
    private void mergeRoleAcronyms() {
        for (Entity acronym : List.copyOf(entities)) {
            String a = acronym.name();
            if (a.length() < 2 || a.length() > 5 || !a.chars().allMatch(Character::isUpperCase)) continue;
            Entity holder = null;
            int holders = 0;
            for (Entity e : entities) {
                if (e != acronym && e.kind() == SpeakerKind.PERSON && e.role() != null && a.equals(roleInitials(e.role()))) {
                    holder = e;
                    holders++;
                }
            }
            if (holders != 1) continue;
            holder.addAlias(a);
            absorb(acronym, holder);
            organizations.values().removeIf(e -> e == acronym);
        }
    }

    /** {@code gone} is another name for {@code into}: its mentions are {@code into}'s, and it is no entity of its own. */
    private void absorb(Entity gone, Entity into) {
        into.seenAt(gone.lastToken());
        for (Map.Entry<Mention, Entity> m : byMention.entrySet()) {
            if (m.getValue() == gone) m.setValue(into);
        }
        entities.remove(gone);
    }

    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("ltd", "inc", "plc", "llc", "bhd", "berhad",
            "gmbh", "pty", "corp", "co", "limited", "ag", "sa", "nv");

    /** "Leeward Power & Light Ltd" without "Ltd". */
    static String withoutLegalForm(String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) return name;
        String last = name.substring(space + 1).toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
        return LEGAL_FORMS.contains(last) ? name.substring(0, space) : name;
    }

    /** "Chief Medical Director": a post written in capitals, not a body, when its last word is a person's role. */
    private static boolean namesARole(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return name.contains(" ") && (Lexicon.PERSON_ROLES.contains(last) || Lexicon.TITLE_WORDS.contains(last));
    }

    /** "Chief Medical Director" and "chief executive officer" give "CMD" and "CEO": first letters, small words left out. */
    private static final Set<String> FORMS_OF_ADDRESS = Words.setOf("prof", "professor", "dr", "mr", "mrs", "ms", "sir", "dame");

    static String roleInitials(String role) {
        StringBuilder out = new StringBuilder();
        for (String w : role.split("[\\s-]+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || l.equals("of") || l.equals("the") || l.equals("and") || l.equals("for")) continue;
            // "Vice-chancellor Prof": a form of address after the post spells no part of it
            if (FORMS_OF_ADDRESS.contains(l.replace(".", ""))) continue;
            out.append(Character.toUpperCase(w.charAt(0)));
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /** Capital initials of a name's words, small words left out: "Board of Trade" gives "BT". */
    public static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) out.append(w.charAt(0));
        }
        return out.toString();
    }

    private static boolean hasPersonWith(List<Mention> names, String word) {
        for (Mention n : names) {
            if (n.organization() || !n.text().contains(" ")) continue;
            for (String part : n.text().split("\\s+")) {
                if (part.equalsIgnoreCase(word)) return true;
            }
        }
        return false;
    }

    private void learn(Entity e, Mention m) {
        e.learnRole(m.role());
        e.learnAffiliation(m.affiliation());
        if (m.shortForm() != null) shortened(e, m);
    }

    /** A name the article gives an acronym in brackets is an organisation's, unless a given name opens it. */
    private void shortened(Entity e, Mention m) {
        bracketed.putIfAbsent(m.shortForm(), e);
        if (e.kind() == SpeakerKind.PERSON && !GivenNames.isGivenName(m.text().split("\\s+")[0])) e.setKind(SpeakerKind.ORGANIZATION);
    }

    private Entity newEntity(String name, SpeakerKind kind, int token) {
        Entity e = new Entity(name, kind, token);
        entities.add(e);
        return e;
    }

    private Entity findBySuffix(String[] parts) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (e.kind() != SpeakerKind.PERSON) continue;
            String[] other = e.name().split("\\s+");
            if (isSuffix(parts, other) || isSuffix(other, parts) || sameButInitials(parts, other)) return e;
        }
        return null;
    }

    /** "Benjamin J. Rhodes" and "Benjamin Rhodes": same first and last name, the rest initials. */
    private static boolean sameButInitials(String[] a, String[] b) {
        if (a.length < 2 || b.length < 2 || a.length == b.length) return false;
        if (!a[0].equalsIgnoreCase(b[0]) || !a[a.length - 1].equalsIgnoreCase(b[b.length - 1])) return false;
        String[] longer = a.length > b.length ? a : b;
        for (int i = 1; i < longer.length - 1; i++) {
            if (!longer[i].matches("\\p{Lu}\\.?")) return false;
        }
        return true;
    }

    private static boolean isSuffix(String[] shorter, String[] longer) {
        if (shorter.length > longer.length || shorter.length < 2) return false;
        for (int i = 1; i <= shorter.length; i++) {
            if (!shorter[shorter.length - i].equalsIgnoreCase(longer[longer.length - i])) return false;
        }
        return true;
    }

    private Entity bestContaining(String word, int at) {
        String w = Entity.normal(word);
        Entity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Entity e : entities) {
            if (e.kind() != SpeakerKind.PERSON || e.nameTokens().size() < 2 || !e.nameTokens().contains(w)) continue;
            boolean last = Entity.normal(lastWord(e.name())).equals(w);
            // prefer surname matches, then the person mentioned last before this point
            int distance = e.firstToken() <= at ? at - e.firstToken() : 1_000_000 + e.firstToken() - at;
            int score = (calledByGivenName(e, w) ? 0 : 20_000_000) + (last ? 10_000_000 : 0) - distance;
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    /** Words the article writes alone as a name: "Valeria", "Quispe". */
    private final java.util.Set<String> aloneWords = new java.util.HashSet<>();

    /**
     * "his daughter, Valeria Quispe ... Valeria translates": a person the article calls by the given name alone, as
     * writers do to tell apart relatives who share a surname, is not who the shared surname {@code w} means.
     */
    private boolean calledByGivenName(Entity e, String w) {
        String first = e.nameTokens().iterator().next();
        return !first.equals(w) && aloneWords.contains(first);
    }

    /** "Harimau General" for "Harimau General Insurance Bhd": an organisation named before with these words first. */
    private Entity organisationStartingWith(String name) {
        for (Entity e : entities) {
            if (e.kind() == SpeakerKind.ORGANIZATION && e.name().startsWith(name + " ")) return e;
        }
        return null;
    }

    /**
     * "Meadowfield" for "Meadowfield Foods": the business whose name opens with the word, when the word is no ordinary
     * one and the name ends in no word for a public body ("Wiltshire" is not "Wiltshire Police").
     */
    private Entity organisationOpenedBy(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (WordClasses.isOrdinaryWord(lower) || WordClasses.isPlaceName(lower)) return null;
        for (Entity e : entities) {
            if (e.kind() != SpeakerKind.ORGANIZATION) continue;
            String[] parts = e.name().split("\\s+");
            if (parts.length >= 2 && parts[0].equals(word) && !Lexicon.ORG_WORDS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    private Entity findExactSingle(String word) {
        for (Entity e : entities) {
            if (e.name().equalsIgnoreCase(word)) return e;
        }
        return null;
    }

    private static String lastWord(String s) {
        String[] p = s.split("\\s+");
        return p[p.length - 1];
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    public Entity entityOf(Mention m) {
        return byMention.get(m);
    }

    /** Organisations the article names ("Keewatin Nickel Corp.", "NTSB"), in order of first mention. */
    public List<Entity> namedOrganisations() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.kind() == SpeakerKind.ORGANIZATION && !described.contains(e) && byMention.containsValue(e)) out.add(e);
        }
        return out;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** A speaker known only by the phrase that introduces it: "a person familiar with the talks". */
    public Entity described(String name, SpeakerKind kind, int token) {
        Entity e = organizations.computeIfAbsent(key(name), k -> newEntity(name, kind, token));
        e.seenAt(token);
        if (kind == SpeakerKind.PERSON) described.add(e);
        return e;
    }

    /** A person known only by a description ("a police spokesman"): never what a later "he" or "the minister" means. */
    public boolean isDescribed(Entity e) {
        return described.contains(e);
    }

    /** An organisation entity for a description such as "the Ruritanian government". */
    public Entity organization(String name, int token) {
        Entity e = organizations.computeIfAbsent(key(name), k -> newEntity(name, SpeakerKind.ORGANIZATION, token));
        e.seenAt(token);
        return e;
    }
}

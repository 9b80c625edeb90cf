package org.verbatim.language;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The {@link Lexicon} read from WordNet 3.1 (extJWNL; the dictionary ships in a jar and is read from the classpath
 * once, on first use, then shared). Only a word's common senses count: at most {@value #SENSES} per part of speech,
 * and only the parts of speech the word is mostly used as ("still" is an adverb far more than an adjective). Entries
 * are remembered, so a word costs one dictionary look-up however often it is compared.
 */
public final class WordNetLexicon implements Lexicon {

    static final int SENSES = 3;
    /** A part of speech counts when the word is used so at least this share as often as its most used one. */
    private static final double MINOR_USE = 0.15;
    private static final int REMEMBERED = 300_000;

    private static volatile WordNetLexicon shared;

    private final Dictionary dictionary;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Synset, Standing> standings = new HashMap<>();
    private final Set<Synset> outlawRoots = new HashSet<>();
    private final Set<Synset> counterpartRoots = new HashSet<>();
    private final Set<Synset> moneyRoots = new HashSet<>();
    private final Map<Synset, Boolean> moneys = new HashMap<>();
    private final Set<Synset> upRoots = new HashSet<>();
    private final Set<Synset> downRoots = new HashSet<>();
    private final Map<Synset, Integer> valences = new HashMap<>();
    private final Set<Synset> changeRoots = new HashSet<>();
    private final Set<Synset> stayRoots = new HashSet<>();
    private final Map<Synset, Integer> changes = new HashMap<>();

    private WordNetLexicon(Dictionary dictionary) {
        this.dictionary = dictionary;
        try {
            // the two sides of a party's standing: outside the law or hostile, or someone one deals with
            root(outlawRoots, POS.NOUN, "wrongdoer", "noun.person");
            root(outlawRoots, POS.NOUN, "radical", "noun.person");
            root(outlawRoots, POS.NOUN, "enemy", "noun.person");
            root(outlawRoots, POS.NOUN, "crime", "noun.act");
            root(outlawRoots, POS.NOUN, "terrorism", "noun.act");
            root(outlawRoots, POS.ADJECTIVE, "illegal", "adj.all");
            root(outlawRoots, POS.ADJECTIVE, "hostile", "adj.all");
            root(counterpartRoots, POS.NOUN, "negotiation", "noun.communication");
            root(counterpartRoots, POS.NOUN, "meeting", "noun.group");
            root(counterpartRoots, POS.NOUN, "cooperation", "noun.act");
            root(counterpartRoots, POS.NOUN, "diplomacy", "noun.act");
            root(counterpartRoots, POS.NOUN, "collaborator", "noun.person");
            root(counterpartRoots, POS.NOUN, "delegation", "noun.group");
            root(counterpartRoots, POS.VERB, "negotiate", "verb.communication");
            root(counterpartRoots, POS.VERB, "cooperate", "verb.social");
            root(counterpartRoots, POS.ADJECTIVE, "legal", "adj.all");
            root(counterpartRoots, POS.ADJECTIVE, "official", "adj.all");
            root(moneyRoots, POS.NOUN, "monetary unit", "noun.quantity");
            // which way a word moves what it is said of: more of it, going on, kept, let be, respected, safe... or
            // less of it, ended, lost, refused, broken, endangered. The most general concepts of each (WordNet's sense
            // numbers), from which hypernyms reach the specific words ("trim" is a way to decrease)
            concepts(upRoots, POS.VERB, "increase 1 2", "continue 1", "keep 1 3", "begin 1", "open 1", "approve 1",
                    "accept 3", "permit 1 2", "respect 2", "protect 1", "support 1", "help 1",
                    "succeed 1", "gain 2", "improve 1 2");
            concepts(upRoots, POS.NOUN, "safety 1", "protection 1", "increase 1 3", "success 1 2", "approval 1",
                    "support 1");
            concepts(upRoots, POS.ADJECTIVE, "safe 1", "legal 1", "open 1", "possible 1");
            concepts(downRoots, POS.VERB, "decrease 1 2", "end 1 2", "stop 2", "lose 1", "close 1", "destroy 1 2",
                    "damage 1", "reject 1 3", "refuse 1 2", "forbid 1", "prevent 1", "violate 1 2", "fail 1 2",
                    "cancel 1", "remove 1", "abandon 1 2", "endanger 1", "oppose 1",
                    // refusing to let someone have a thing: WordNet files it under keeping it ("keep 3")
                    "withhold 1 2", "deny 3 4");
            concepts(downRoots, POS.NOUN, "danger 1 2", "harm 1 2", "loss 1 3", "decrease 1 4", "failure 1",
                    "closure 1", "prohibition 2", "violation 1 2");
            concepts(downRoots, POS.ADJECTIVE, "dangerous 1", "illegal 1", "closed 1", "impossible 1");
            // a change of state, place or hands against staying as it is: besides what WordNet files as a change,
            // moving something elsewhere, taking it away and selling it, going away or leaving a post, putting off to
            // a later time; staying, keeping and going on are no change
            concepts(changeRoots, POS.VERB, "move 2", "remove 1", "sell 1", "leave 1", "leave_office 1", "postpone 1");
            concepts(stayRoots, POS.VERB, "continue 1", "keep 1 2", "stay 1", "remain 2", "stand_still 1");
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not be read", e);
        }
    }

    /** The lexicon, loaded on first use (about two seconds) and shared by everyone after. */
    public static WordNetLexicon shared() {
        WordNetLexicon l = shared;
        if (l == null) {
            synchronized (WordNetLexicon.class) {
                l = shared;
                if (l == null) {
                    try {
                        l = new WordNetLexicon(Dictionary.getDefaultResourceInstance());
                    } catch (JWNLException e) {
                        throw new IllegalStateException("WordNet could not be loaded", e);
                    }
                    shared = l;
                }
            }
        }
        return l;
    }

    @Override
    public Entry entry(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Entry known = entries.get(w);
        if (known != null) {
            return known;
        }
        Entry read;
        synchronized (dictionary) {
            read = read(w);
            String singular = singularOf(w);
            if (singular != null) {
                read = withSingular(read, read(singular));
            }
        }
        if (entries.size() > REMEMBERED) {
            entries.clear();
        }
        entries.put(w, read);
        return read;
    }

    /**
     * The singular of a plural WordNet also lists as a noun of its own ("cards" the card game, "hands" the workforce),
     * or {@code null}: the plural is still the singular's plural, and "the cards" speak of the card.
     */
    private String singularOf(String w) {
        if (!w.endsWith("s") || w.indexOf(' ') >= 0 || English.TIME_WORDS.contains(w)) {
            return null;        // spans of the calendar say when, not what: "years" keeps its own reading
        }
        try {
            if (dictionary.getIndexWord(POS.NOUN, w) == null) {
                return null;
            }
            for (String b : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, w)) {
                if (!b.equals(w) && dictionary.getIndexWord(POS.NOUN, b) != null) {
                    return b;
                }
            }
        } catch (JWNLException e) {
            return null;
        }
        return null;
    }

    /** The plural's entry that also has its singular's lemmas, synonyms and kinds. */
    private static Entry withSingular(Entry plural, Entry singular) {
        return new Entry(plural.word(), union(plural.lemmas(), singular.lemmas()),
                union(plural.synonyms(), singular.synonyms()), union(plural.broader(), singular.synonyms()),
                plural.opposites(), plural.broaderOpposites(), plural.places(), union(plural.kinds(), singular.kinds()),
                plural.standing(), plural.money(), plural.proper(), plural.predicate(), plural.adjective(),
                plural.known(), plural.valence(), plural.change(), union(plural.defining(), singular.defining()));
    }

    private static Set<String> union(Set<String> x, Set<String> y) {
        Set<String> out = new LinkedHashSet<>(x);
        out.addAll(y);
        return Set.copyOf(out);
    }

    /**
     * The names a word is also written as, for search: "French" → "France" and "France" → "French" (WordNet's
     * pertainyms, both ways), "GDP" → "gross domestic product" and back (an acronym and its expansion listed as one
     * noun). Works for phrases too ("gross domestic product"). Case as WordNet writes them.
     */
    public Set<String> variants(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        String p = phrase.strip();
        try {
            synchronized (dictionary) {
                IndexWord noun = dictionary.getIndexWord(POS.NOUN, p);
                if (noun != null) {
                    for (Synset s : commonSenses(noun)) {
                        for (Word x : s.getWords()) {
                            String l = x.getLemma();
                            boolean acronym = isAcronym(l) && !isAcronym(p) && p.contains(" ");
                            boolean expansion = isAcronym(p) && l.contains(" ");
                            if (acronym || expansion) {
                                out.add(l);
                            }
                        }
                    }
                    if (Character.isUpperCase(p.charAt(0))) {
                        out.addAll(adjectivesOf().getOrDefault(p.toLowerCase(Locale.ROOT), Set.of()));
                    }
                }
                IndexWord adjective = dictionary.getIndexWord(POS.ADJECTIVE, p);
                if (adjective != null && Character.isUpperCase(p.charAt(0))) {
                    for (Synset s : commonSenses(adjective)) {
                        for (Pointer ptr : s.getPointers(PointerType.PERTAINYM)) {
                            if (fromLemma(ptr, p)) {
                                out.add(((Word) ptr.getTarget()).getLemma());
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException(e);
        }
        out.removeIf(v -> v.equalsIgnoreCase(p));
        return out;
    }

    private final Map<String, java.util.Optional<String>> countries = new ConcurrentHashMap<>();
    private final Set<Synset> placeRoots = new HashSet<>();

    /**
     * The place a name or a nationality adjective stands for, as WordNet first names it, lower-cased without spaces:
     * "French" → "france", "U.S."/"US"/"American"/"United States of America" → "unitedstates", "Britain"/"UK" →
     * "unitedkingdom". {@code null} for what WordNet does not know as a country, region or city.
     */
    public String country(String name) {
        String n = name.strip();
        if (n.isEmpty() || !Character.isUpperCase(n.charAt(0))) {
            return null;
        }
        return countries.computeIfAbsent(n, k -> {
            try {
                synchronized (dictionary) {
                    return java.util.Optional.ofNullable(countryNow(k));
                }
            } catch (JWNLException e) {
                throw new IllegalStateException(e);
            }
        }).orElse(null);
    }

    private String countryNow(String name) throws JWNLException {
        if (placeRoots.isEmpty()) {
            root(placeRoots, POS.NOUN, "country", "noun.location");
            root(placeRoots, POS.NOUN, "state", "noun.location");
            root(placeRoots, POS.NOUN, "city", "noun.location");
            root(placeRoots, POS.NOUN, "region", "noun.location");
            root(placeRoots, POS.NOUN, "geographical area", "noun.location");
        }
        IndexWord noun = dictionary.getIndexWord(POS.NOUN, name);
        if (noun != null) {
            for (Synset s : commonSenses(noun)) {
                String first = s.getWords().getFirst().getLemma();
                if (Character.isUpperCase(first.charAt(0)) && isPlace(s)) {
                    return first.toLowerCase(Locale.ROOT).replace(" ", "");
                }
            }
        }
        IndexWord adjective = dictionary.getIndexWord(POS.ADJECTIVE, name);
        if (adjective != null) {
            for (Synset s : commonSenses(adjective)) {
                for (Pointer p : s.getPointers(PointerType.PERTAINYM)) {
                    String noun2 = ((Word) p.getTarget()).getLemma();
                    if (Character.isUpperCase(noun2.charAt(0)) && isPlace(p.getTargetSynset())) {
                        String first = p.getTargetSynset().getWords().getFirst().getLemma();
                        return first.toLowerCase(Locale.ROOT).replace(" ", "");
                    }
                    // "British" pertains to the island "Britain"; the country is that name's first sense
                    String viaNoun = Character.isUpperCase(noun2.charAt(0)) && !noun2.equals(name) ? countryNow(noun2) : null;
                    if (viaNoun != null) {
                        return viaNoun;
                    }
                }
            }
        }
        return null;
    }

    private boolean isPlace(Synset s) throws JWNLException {
        Deque<Synset> todo = new ArrayDeque<>();
        todo.add(s);
        Set<Synset> seen = new HashSet<>();
        while (!todo.isEmpty() && seen.size() < 30) {
            Synset at = todo.poll();
            if (!seen.add(at)) {
                continue;
            }
            if (placeRoots.contains(at)) {
                return true;
            }
            for (Pointer p : at.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                todo.add(p.getTargetSynset());
            }
            for (Pointer p : at.getPointers(PointerType.HYPERNYM)) {
                todo.add(p.getTargetSynset());
            }
        }
        return false;
    }

    private static boolean isAcronym(String s) {
        String letters = s.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    private volatile Map<String, Set<String>> adjectivesOf;

    /** Capitalised nouns and the adjectives that pertain to them ("france" → "French"), read once. */
    private Map<String, Set<String>> adjectivesOf() throws JWNLException {
        Map<String, Set<String>> known = adjectivesOf;
        if (known != null) {
            return known;
        }
        Map<String, Set<String>> built = new HashMap<>();
        var synsets = dictionary.getSynsetIterator(POS.ADJECTIVE);
        while (synsets.hasNext()) {
            Synset s = synsets.next();
            for (Pointer p : s.getPointers(PointerType.PERTAINYM)) {
                Word adjective = p.getSource() instanceof Word w ? w : s.getWords().getFirst();
                String noun = ((Word) p.getTarget()).getLemma();
                if (Character.isUpperCase(noun.charAt(0)) && Character.isUpperCase(adjective.getLemma().charAt(0))) {
                    built.computeIfAbsent(noun.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
                            .add(adjective.getLemma());
                }
            }
        }
        adjectivesOf = built;
        return built;
    }

    private Entry read(String w) {
        try {
            IndexWordSet all = dictionary.lookupAllIndexWords(w);
            if (all != null && w.indexOf(' ') > 0) {
                // a phrase is only itself ("go up" the verb), not its last word ("up" the adverb)
                IndexWordSet phrases = new IndexWordSet(w);
                for (IndexWord iw : all.getIndexWordArray()) {
                    if (iw.getLemma().indexOf(' ') > 0) {
                        phrases.add(iw);
                    }
                }
                all = phrases;
            }
            if (all == null || all.size() == 0) {
                return Lexicon.unknown(w);
            }
            Map<POS, Integer> use = new HashMap<>();
            int most = 0;
            POS main = null;
            for (IndexWord iw : all.getIndexWordArray()) {
                int n = 0;
                for (Synset s : iw.getSenses()) {
                    for (Word x : s.getWords()) {
                        if (x.getLemma().equalsIgnoreCase(iw.getLemma())) {
                            n += x.getUseCount();
                        }
                    }
                }
                use.put(iw.getPOS(), n);
                if (main == null || n > most) {
                    main = iw.getPOS();
                }
                most = Math.max(most, n);
            }
            Set<String> lemmas = new LinkedHashSet<>();
            lemmas.add(w);
            Set<String> synonyms = new LinkedHashSet<>();
            Set<String> broader = new LinkedHashSet<>();
            Set<String> opposites = new LinkedHashSet<>();
            Set<String> broaderOpposites = new LinkedHashSet<>();
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> places = new LinkedHashSet<>();
            Set<String> defining = new LinkedHashSet<>();
            int outlaw = 0;
            int counterpart = 0;
            boolean money = false;
            boolean proper = false;
            double valence = 0;
            int change = 0;
            for (IndexWord iw : all.getIndexWordArray()) {
                if (most > 0 && use.get(iw.getPOS()) < MINOR_USE * most) {
                    continue;
                }
                String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
                lemmas.add(lemma);
                List<Synset> senses = commonSenses(iw);
                for (int i = 0; i < senses.size(); i++) {
                    Synset s = senses.get(i);
                    int used = 0;
                    for (Word x : s.getWords()) {
                        if (x.getLemma().equalsIgnoreCase(iw.getLemma())) {
                            proper |= Character.isUpperCase(x.getLemma().charAt(0));
                            used += x.getUseCount();
                        }
                    }
                    // synonyms and opposites only from senses in actual use: "deficit" is opposed by "lead" only in
                    // sport, and "take off" means "start" only rarely
                    boolean common = i == 0 || used > 0;
                    if (common) {
                        lemmasOf(s, synonyms);
                        opposites(s, opposites);
                    }
                    for (Pointer p : s.getPointers()) {
                        PointerType type = p.getType();
                        if (!common && type != PointerType.PERTAINYM) {
                            continue;
                        }
                        if (type == PointerType.DERIVATION && fromLemma(p, lemma)) {
                            // "approval" means what "approve" does, and is opposed by what opposes it
                            Synset target = p.getTargetSynset();
                            synonyms.add(((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT));
                            opposites(target, opposites);
                        } else if (type == PointerType.SIMILAR_TO) {
                            // an adjective of a cluster is opposed by what opposes its head ("unsafe" ~ "dangerous")
                            opposites(p.getTargetSynset(), opposites);
                        } else if (type == PointerType.PERTAINYM && fromLemma(p, lemma)) {
                            places.add(((Word) p.getTarget()).getLemma().toLowerCase(Locale.ROOT));
                        } else if (type == PointerType.HYPERNYM && iw.getPOS() == POS.NOUN && i == 0
                                && depth(p.getTargetSynset()) >= KIND_DEPTH
                                && p.getTargetSynset().getPointers(PointerType.HYPONYM).size() <= KIND_BREADTH) {
                            // an "election" is a "vote", a "levy" a "tax": what a noun's first sense is a kind of
                            lemmasOf(p.getTargetSynset(), kinds);
                        } else if (type == PointerType.HYPERNYM && iw.getPOS() == POS.VERB) {
                            // "ban" is a way to "forbid", which "allow" opposes
                            Synset general = p.getTargetSynset();
                            lemmasOf(general, broader);
                            opposites(general, broaderOpposites);
                        }
                    }
                    if (i == 0 && iw.getPOS() == main) {
                        definingWords(s, defining);
                    }
                    money |= iw.getPOS() == POS.NOUN && isMoney(s);
                    if (common) {
                        // the first sense, and the word's main part of speech, say most
                        valence += valenceOf(s) * (i == 0 ? 2 : 1) * (iw.getPOS() == main ? 2 : 1);
                    }
                    if (iw.getPOS() == POS.VERB && main != POS.NOUN && i < 2) {
                        int c = changeOf(s);
                        change = change < 0 || c < 0 ? -1 : Math.max(change, c);
                    }
                    switch (standingOf(s)) {
                        case OUTLAW -> outlaw++;
                        case COUNTERPART -> counterpart++;
                        default -> {
                        }
                    }
                }
            }
            synonyms.addAll(lemmas);
            broader.addAll(synonyms);
            opposites.removeAll(synonyms);
            broaderOpposites.removeAll(broader);
            broaderOpposites.removeAll(opposites);
            Standing standing = outlaw > counterpart ? Standing.OUTLAW
                    : counterpart > outlaw ? Standing.COUNTERPART : Standing.NONE;
            return new Entry(w, Set.copyOf(lemmas), Set.copyOf(synonyms), Set.copyOf(broader), Set.copyOf(opposites),
                    Set.copyOf(broaderOpposites),
                    Set.copyOf(places), kinds.stream().filter(k -> !synonyms.contains(k)).collect(
                            java.util.stream.Collectors.toUnmodifiableSet()), standing, money, proper,
                    main == POS.VERB || main == POS.ADJECTIVE, main == POS.ADJECTIVE, true,
                    valence >= 2 ? 1 : valence <= -2 ? -1 : prefixed(lemmas, opposites), change,
                    Set.copyOf(defining));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up failed for " + w, e);
        }
    }

    private static final List<String> NEGATIVE_PREFIXES = List.of("un", "in", "im", "il", "ir", "dis", "non", "non-");

    /**
     * A word that is its opposite with a negative prefix says no (-1: "unconstitutional", "disagree"); a word whose
     * opposite is itself so prefixed says yes (+1: "constitutional"). 0 when neither.
     */
    private static int prefixed(Set<String> lemmas, Set<String> opposites) {
        for (String l : lemmas) {
            for (String p : NEGATIVE_PREFIXES) {
                if (l.startsWith(p) && opposites.contains(l.substring(p.length()))) {
                    return -1;
                }
                if (opposites.contains(p + l)) {
                    return 1;
                }
            }
        }
        return 0;
    }

    private static boolean fromLemma(Pointer p, String lemma) {
        return !(p.getSource() instanceof Word source) || source.getLemma().equalsIgnoreCase(lemma);
    }

    /**
     * How far below WordNet's root a noun's kind must be to say something: "vote" (an act of choosing) does, "act"
     * or "abstraction" do not.
     */
    static final int KIND_DEPTH = 5;
    /** A kind with more sorts than this ("person", "facility") says little about which one is meant. */
    static final int KIND_BREADTH = 30;

    private final Map<Synset, Integer> depths = new HashMap<>();

    /** Hypernym steps from a synset up to the root, along the first hypernym. */
    private int depth(Synset s) throws JWNLException {
        Integer known = depths.get(s);
        if (known != null) {
            return known;
        }
        int d = 0;
        Synset at = s;
        while (d < 30) {
            List<Pointer> up = at.getPointers(PointerType.HYPERNYM);
            if (up.isEmpty()) {
                up = at.getPointers(PointerType.INSTANCE_HYPERNYM);
            }
            if (up.isEmpty()) {
                break;
            }
            at = up.getFirst().getTargetSynset();
            d++;
        }
        depths.put(s, d);
        return d;
    }

    /** Words too general to say what a word means ("someone", "act", "make"). */
    private static final Set<String> GENERAL = Set.of("act", "action", "activity", "thing", "something", "someone",
            "somebody", "person", "people", "make", "give", "take", "have", "be", "do", "get", "use", "state", "way",
            "part", "kind", "sort", "type", "form", "especially", "usually", "often", "also", "other", "another",
            "certain", "particular", "result", "process", "cause", "become", "that", "which", "with", "from", "into",
            "what", "when", "where", "their", "them", "they", "this", "these", "those", "such", "more", "most", "than",
            "very", "being", "group", "place", "time", "condition", "quality", "event", "come", "show");

    /**
     * The content words of a sense's definition, in their base forms: "conscription" is defined by "compulsory",
     * "enrollment", "military", "service". Examples after the definition are left out.
     */
    private void definingWords(Synset s, Set<String> into) throws JWNLException {
        String gloss = s.getGloss();
        if (gloss == null) {
            return;
        }
        int examples = gloss.indexOf(';');
        String definition = examples < 0 ? gloss : gloss.substring(0, examples);
        for (String token : definition.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
            if (token.length() < 4 || GENERAL.contains(token)) {
                continue;
            }
            for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE)) {
                IndexWord base = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, token);
                if (base != null) {
                    String lemma = base.getLemma().toLowerCase(Locale.ROOT);
                    if (!GENERAL.contains(lemma)) {
                        into.add(lemma);
                    }
                    break;
                }
            }
        }
    }

    private static List<Synset> commonSenses(IndexWord iw) {
        List<Synset> senses = iw.getSenses();
        return senses.subList(0, Math.min(SENSES, senses.size()));
    }

    private static void lemmasOf(Synset s, Set<String> into) {
        for (Word x : s.getWords()) {
            into.add(x.getLemma().toLowerCase(Locale.ROOT));
        }
    }

    /** The words of every synset opposed to {@code s} or to one of its words. */
    private static void opposites(Synset s, Set<String> into) throws JWNLException {
        for (Pointer p : s.getPointers(PointerType.ANTONYM)) {
            Synset opposite = p.getTargetSynset();
            lemmasOf(opposite, into);
            // "safe" is opposed by "dangerous", and so by "danger"
            for (Pointer d : opposite.getPointers(PointerType.DERIVATION)) {
                into.add(((Word) d.getTarget()).getLemma().toLowerCase(Locale.ROOT));
            }
        }
    }

    private Standing standingOf(Synset s) throws JWNLException {
        Standing known = standings.get(s);
        if (known != null) {
            return known;
        }
        Standing found = Standing.NONE;
        Deque<Synset> todo = new ArrayDeque<>();
        Set<Synset> seen = new HashSet<>();
        todo.add(s);
        for (Pointer p : s.getPointers(PointerType.SIMILAR_TO)) {
            todo.add(p.getTargetSynset());
        }
        int steps = 0;
        while (!todo.isEmpty() && steps++ < 40) {
            Synset at = todo.poll();
            if (!seen.add(at)) {
                continue;
            }
            if (outlawRoots.contains(at)) {
                found = Standing.OUTLAW;
                break;
            }
            if (counterpartRoots.contains(at)) {
                found = Standing.COUNTERPART;
                break;
            }
            for (Pointer p : at.getPointers(PointerType.HYPERNYM)) {
                todo.add(p.getTargetSynset());
            }
        }
        standings.put(s, found);
        return found;
    }

    /**
     * +1 when a sense says more of something, or that it goes on, is kept, allowed, respected or safe; -1 when it says
     * less, an end, a loss, a refusal, a breach or a danger; 0 when WordNet's hypernyms (and, for the sense itself,
     * its adjective cluster, the verb a noun derives from, or an opposite of known sign) reach neither kind.
     */
    private int valenceOf(Synset s) throws JWNLException {
        Integer known = valences.get(s);
        if (known != null) {
            return known;
        }
        record Step(Synset synset, int sign) {
        }
        Deque<Step> todo = new ArrayDeque<>();
        todo.add(new Step(s, 1));
        for (Pointer p : s.getPointers(PointerType.SIMILAR_TO)) {
            todo.add(new Step(p.getTargetSynset(), 1));
        }
        for (Pointer p : s.getPointers(PointerType.DERIVATION)) {
            if (s.getPOS() == POS.NOUN && p.getTargetSynset().getPOS() == POS.VERB) {
                todo.add(new Step(p.getTargetSynset(), 1));
            }
        }
        for (Pointer p : s.getPointers(PointerType.ANTONYM)) {
            todo.add(new Step(p.getTargetSynset(), -1));
        }
        Set<Synset> seen = new HashSet<>();
        int found = 0;
        int steps = 0;
        while (!todo.isEmpty() && steps++ < 40) {
            Step at = todo.poll();
            if (!seen.add(at.synset())) {
                continue;
            }
            if (upRoots.contains(at.synset())) {
                found = at.sign();
                break;
            }
            if (downRoots.contains(at.synset())) {
                found = -at.sign();
                break;
            }
            for (Pointer p : at.synset().getPointers(PointerType.HYPERNYM)) {
                todo.add(new Step(p.getTargetSynset(), at.sign()));
            }
        }
        valences.put(s, found);
        return found;
    }

    /**
     * +1 when a verb sense says something changes (WordNet files it as a change, or it is a way of moving something
     * elsewhere or taking it away), -1 when it is a way of staying, keeping or going on, 0 otherwise.
     */
    private int changeOf(Synset s) throws JWNLException {
        Integer known = changes.get(s);
        if (known != null) {
            return known;
        }
        int found = "verb.change".equals(s.getLexFileName()) ? 1 : 0;
        Deque<Synset> todo = new ArrayDeque<>();
        todo.add(s);
        Set<Synset> seen = new HashSet<>();
        while (!todo.isEmpty() && seen.size() < 20) {
            Synset at = todo.poll();
            if (!seen.add(at)) {
                continue;
            }
            if (stayRoots.contains(at)) {
                found = -1;
                break;
            }
            if (changeRoots.contains(at)) {
                found = 1;
            }
            for (Pointer p : at.getPointers(PointerType.HYPERNYM)) {
                todo.add(p.getTargetSynset());
            }
        }
        changes.put(s, found);
        return found;
    }

    private boolean isMoney(Synset s) throws JWNLException {
        Boolean known = moneys.get(s);
        if (known != null) {
            return known;
        }
        boolean found = false;
        Synset at = s;
        for (int depth = 0; depth < 8 && at != null && !found; depth++) {
            found = moneyRoots.contains(at);
            List<Pointer> up = at.getPointers(PointerType.HYPERNYM);
            at = up.isEmpty() ? null : up.getFirst().getTargetSynset();
        }
        moneys.put(s, found);
        return found;
    }

    /** The first sense of {@code lemma} in the lexicographer file {@code kind} ("noun.person"). */
    private void root(Set<Synset> into, POS pos, String lemma, String kind) throws JWNLException {
        IndexWord iw = dictionary.getIndexWord(pos, lemma);
        if (iw == null) {
            throw new IllegalStateException("WordNet has no " + lemma);
        }
        iw.getSenses().stream().filter(s -> s.getLexFileName().equals(kind)).findFirst().ifPresent(into::add);
    }

    /**
     * Senses by WordNet's numbers: "increase 1 2" is the first two senses of "increase" as a {@code pos}
     * ("stand_still 1": a phrase's words joined by underscores).
     */
    private void concepts(Set<Synset> into, POS pos, String... lemmaAndSenses) throws JWNLException {
        for (String spec : lemmaAndSenses) {
            String[] parts = spec.split(" ");
            IndexWord iw = dictionary.getIndexWord(pos, parts[0].replace('_', ' '));
            for (int k = 1; k < parts.length; k++) {
                int sense = Integer.parseInt(parts[k]);
                if (iw == null || iw.getSenses().size() < sense) {
                    throw new IllegalStateException("WordNet has no sense " + sense + " of " + parts[0]);
                }
                into.add(iw.getSenses().get(sense - 1));
            }
        }
    }
}

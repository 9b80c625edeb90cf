package org.verbatim.extraction.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Finds the mention that ends or starts at a token: a chunked name, else a pronoun, else a description built on
 * the fly around a role noun ("the senior diplomat", "X's chief negotiator", "officials").
 */
public final class MentionIndex {

    private final AnnotatedText t;
    private final boolean[] masked;
    private final List<Mention> names;
    /** The names by their first token, for {@link #namesStartingIn}. */
    private final List<Mention> byPosition;
    private final Map<Integer, Mention> byEnd = new HashMap<>();
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Mention> byCoreStart = new HashMap<>();
    private final Map<Long, Mention> built = new HashMap<>();

    public MentionIndex(AnnotatedText t, boolean[] masked, List<Mention> names) {
        this.t = t;
        this.masked = masked;
        this.names = List.copyOf(names);
        this.byPosition = names.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        for (Mention m : names) {
            byEnd.put(m.end(), m);
            byEnd.put(m.extendedEnd(), m);
            byStart.put(m.start(), m);
            byCoreStart.put(m.coreStart(), m);
        }
    }

    public List<Mention> names() {
        return names;
    }

    /** The names whose first token lies in {@code s}, in text order (a binary search: one sentence costs no scan). */
    public List<Mention> namesStartingIn(Range s) {
        return byPosition.subList(firstAtOrAfter(s.start()), firstAtOrAfter(s.end()));
    }

    private int firstAtOrAfter(int token) {
        int lo = 0;
        int hi = byPosition.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byPosition.get(mid).start() < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * "said Ardovia's culture minister Irena Valko": a name that owns a post in lower case is where the post is held;
     * the person named after the post is who it means.
     */
    private Mention heldBy(Mention m, Range s) {
        if (m.kind() != Mention.Kind.NAME) return m;
        Mention person = personAfterOwnedPost(m.end(), s);
        return person != null ? person : m;
    }

    /**
     * The person named after a post in lower case that the phrase before the possessive at {@code possessive} owns
     * ("Ardovia's culture minister Irena Valko", "the group's chief executive Anna Berg"); {@code null} when no name
     * follows the post.
     */
    private Mention personAfterOwnedPost(int possessive, Range s) {
        if (possessive >= s.end() || t.token(possessive).kind() != TokenKind.POSSESSIVE) return null;
        for (int k = possessive + 1; k < s.end() && k <= possessive + 5; k++) {
            Mention n = openingAt(k);
            if (n != null) return n.kind() == Mention.Kind.NAME && !n.organization() && (k > possessive + 1 || n.coreStart() > n.start()) ? n : null;
            if (!t.token(k).isLowerWord()) return null;
        }
        return null;
    }

    /** The mention that starts at {@code token}, or whose name part does ("culture minister Irena Valko"). */
    private Mention openingAt(int token) {
        Mention m = byStart.get(token);
        return m != null ? m : byCoreStart.get(token);
    }

    /** The name mention whose name part starts at {@code token}, if any. */
    public Mention nameAt(int token) {
        return byCoreStart.get(token);
    }

    /** Mention whose last token is {@code endExclusive - 1}, within sentence {@code s}. */
    public Mention endingAt(int endExclusive, Range s) {
        if (endExclusive <= s.start() || endExclusive > s.end()) return null;
        Mention m = byEnd.get(endExclusive);
        if (m != null && m.start() >= s.start()) return m;
        int h = endExclusive - 1;
        if (masked[h]) return null;
        Token x = t.token(h);
        if (x.kind() != TokenKind.WORD) return null;
        if (isPronoun(x.lower())) return pronoun(h);
        if (isHead(x.lower()) || isCapitalisedHead(x) || isOrganisationHead(x.lower())) return descriptionEndingAt(h, s);
        return null;
    }

    /** Mention that starts at {@code start}: name (with title), pronoun or description. */
    public Mention startingAt(int start, Range s) {
        if (start < s.start() || start >= s.end() || masked[start]) return null;
        Mention m = openingAt(start);
        if (m != null) return heldBy(m, s);
        Token x = t.token(start);
        if (x.kind() != TokenKind.WORD) return null;
        if (isPronoun(x.lower())) return pronoun(start);
        int limit = Math.min(s.end(), start + 8);
        int last = -1;
        boolean determiner = Lexicon.isDeterminer(x.lower());
        // "the AP", "the Tax Policy Center": a name after its article
        if (determiner && start + 1 < s.end() && byCoreStart.get(start + 1) != null && byCoreStart.get(start + 1).kind() == Mention.Kind.NAME) {
            return byCoreStart.get(start + 1);
        }
        boolean possessor = start + 1 < s.end() && t.token(start + 1).kind() == TokenKind.POSSESSIVE;
        if (!determiner && !possessor && !isHead(x.lower())) return null;
        for (int k = start; k < limit; k++) {
            Token y = t.token(k);
            if (y.kind() == TokenKind.POSSESSIVE && k == start + 1) continue;
            if (y.kind() != TokenKind.WORD || masked[k]) break;
            String l = y.lower();
            if (k > start && (Lexicon.PREPOSITIONS.contains(l) || Lexicon.AUXILIARIES.contains(l) || SpeechVerbs.lemma(l) != null
                    || l.equals("and") || l.equals("or") || l.equals("who") || l.equals("that") || Lexicon.isDeterminer(l))) break;
            if (isHead(l) || isCapitalisedHead(y) || isOrganisationHead(l)) last = k;
        }
        if (last < 0) return null;
        // "said the group's chief executive Anna Berg": after a description as after a name ({@link #heldBy})
        Mention named = personAfterOwnedPost(last + 1, s);
        return named != null ? named : description(start, last);
    }

    /**
     * A noun phrase that speaks without a known role noun: "Some of the senator's allies", "Almost half of
     * respondents". The head is the last word before the first preposition, relative pronoun or comma (a quantifier's
     * "of" excepted); a plural head makes it a group.
     */
    public Mention phrase(int from, int to) {
        while (to > from && (t.token(to - 1).isPunct(',') || t.token(to - 1).kind() != TokenKind.WORD
                && t.token(to - 1).kind() != TokenKind.NUMBER && !t.token(to - 1).isPunct(')') && !t.token(to - 1).isPunct('.'))) to--;
        if (to <= from) return null;
        int head = -1;
        for (int k = from; k < to; k++) {
            Token y = t.token(k);
            String l = y.lower();
            if (y.isPunct(',') || y.isPunct('(') || l.equals("who") || l.equals("which") || l.equals("that")
                    || l.equals("familiar") || l.equals("close") || Lexicon.PREPOSITIONS.contains(l) && !(l.equals("of") && head >= 0
                    && QUANTIFIERS.contains(t.token(head).lower()))) {
                if (head >= 0) break;
                continue;
            }
            // "An 82-year-old farmer yesterday told ...": a time adverb after the noun is not its head
            if (y.kind() == TokenKind.WORD && head >= 0 && (TIME_ADVERBS.contains(l) || Lexicon.WEEKDAYS.contains(l))) continue;
            if (y.kind() == TokenKind.WORD || y.kind() == TokenKind.NUMBER) head = k;
        }
        if (head < 0) return null;
        int h = head;
        // "A specialist at the hospital, who spoke on condition of anonymity,": a clause about the speaker is no part of
        // the speaker's description
        int cut = to;
        for (int k = head + 1; k + 1 < to; k++) {
            String next = t.token(k + 1).lower();
            if (t.token(k).isPunct(',') && (next.equals("who") || next.equals("whose") || next.equals("which"))) {
                cut = k;
                break;
            }
        }
        // "the woman, who gave her name as Mrs Bukola Adeniran,": the clause names her
        Mention named = cut < to ? namedInClause(cut, to) : null;
        if (named != null) return named;
        int e = cut;
        return built.computeIfAbsent(key(from, to) ^ (1L << 62), k -> {
            String hl = t.token(h).lower();
            boolean group = hl.endsWith("s") && !hl.endsWith("ss") && !hl.endsWith("'s") || QUANTIFIERS.contains(hl)
                    || t.token(h).kind() == TokenKind.NUMBER && !WordClasses.mayNamePerson(hl);
            return Mention.phrase(from, e, t.span(from, e), hl, group);
        });
    }

    /**
     * The name an apposition after a speaker gives the person by: "said one, a teacher who gave only her first name,
     * Sana"; {@code null} when none does before {@code to}.
     */
    public Mention namedAfter(int from, int to) {
        return from < to && t.token(from).isPunct(',') ? namedInClause(from, Math.min(to, from + 16)) : null;
    }

    /** The name a relative clause gives its person by: "who gave her name only as Lakshmi", "his first name, Harjit". */
    private Mention namedInClause(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.token(k).lower().equals("name")) continue;
            for (int p = k + 1; p < to && p <= k + 3; p++) {
                if (!t.token(p).is("as") && !t.token(p).isPunct(',')) continue;
                for (int q = p + 1; q < to && q <= p + 2; q++) {
                    Mention n = nameAt(q);
                    if (n != null && n.kind() == Mention.Kind.NAME && !n.organization()) return n;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> TIME_ADVERBS = org.verbatim.extraction.lexicon.Words.setOf("yesterday",
            "today", "tonight", "recently", "earlier", "later", "now", "also", "again");

    private static final java.util.Set<String> QUANTIFIERS = org.verbatim.extraction.lexicon.Words.setOf("some", "many",
            "most", "all", "half", "percent", "number", "majority", "minority", "third", "thirds", "quarter", "none",
            "few", "several", "each", "one", "two", "three", "four", "five", "plurality", "share", "group", "dozens", "hundreds");

    public static boolean isPronoun(String lower) {
        return Lexicon.PERSON_PRONOUNS.contains(lower) || Lexicon.GROUP_PRONOUNS.contains(lower);
    }

    /** "irishman", "welshwoman", "the scot": a noun for a person of a nation (the nation's adjective before "man"). */
    public static boolean demonymPerson(String lower) {
        if (DEMONYMS.contains(lower)) return true;
        String stem = lower.endsWith("woman") ? lower.substring(0, lower.length() - 5)
                : lower.endsWith("man") ? lower.substring(0, lower.length() - 3) : null;
        return stem != null && NATION_STEMS.contains(stem);
    }

    private static final java.util.Set<String> DEMONYMS = org.verbatim.extraction.lexicon.Words.setOf("scot", "kiwi", "aussie", "brit");
    private static final java.util.Set<String> NATION_STEMS = org.verbatim.extraction.lexicon.Words.setOf("irish", "welsh",
            "scots", "english", "french", "dutch", "cornish", "manx", "ulster", "norse");

    /** "Kenyan", "Democrat" written with a capital: a noun for a kind of person, as {@link #isHead} is for lower-case words. */
    public static boolean isCapitalisedHead(Token x) {
        return x.isCapitalized() && WordClasses.isKindOfPerson(x.lower());
    }

    public static boolean isHead(String lower) {
        return demonymPerson(lower) || Lexicon.PERSON_ROLES.contains(lower) || Lexicon.GROUP_ROLES.contains(lower) || Lexicon.ORG_ROLES.contains(lower)
                || Lexicon.DOCUMENTS.contains(lower);
    }

    /** "the railroad", "the airline": a noun WordNet knows for an organisation, and for no person. */
    public static boolean isOrganisationHead(String lower) {
        return WordClasses.isOrganisationNoun(lower) && !WordClasses.isPersonNoun(lower) && !WordClasses.isPersonPlural(lower);
    }

    /** "According to him": "him" or "her" as the person it stands for, as {@link #startingAt} gives "he"; null otherwise. */
    public Mention objectPronoun(int i) {
        if (i >= t.size() || masked[i] || !(t.token(i).is("him") || t.token(i).is("her"))) return null;
        return pronoun(i);
    }

    private Mention pronoun(int i) {
        return built.computeIfAbsent(key(i, i + 1), k -> new Mention(Mention.Kind.PRONOUN, i, i + 1, i, i + 1,
                t.token(i).text(), null, null, Lexicon.GROUP_PRONOUNS.contains(t.token(i).lower()), null, List.of()));
    }

    private Mention descriptionEndingAt(int h, Range s) {
        int p = h - 1;
        int start = -1;
        while (p >= s.start() && h - p <= 7 && !masked[p]) {
            Token x = t.token(p);
            String l = x.lower();
            if (x.kind() == TokenKind.POSSESSIVE) {
                Mention owner = byEnd.get(p);
                if (owner != null && owner.start() >= s.start()) {
                    start = owner.start();
                } else if (p - 1 >= s.start() && t.token(p - 1).isCapitalized()) {
                    start = p - 1;
                } else if (p - 1 >= s.start() && t.token(p - 1).kind() == TokenKind.WORD) {
                    // "the country's": keep walking to its determiner
                    p--;
                    continue;
                }
                break;
            }
            if (x.kind() != TokenKind.WORD) break;
            // "the League Two club": a capitalised number after a capitalised word is part of a name, no determiner
            boolean inName = x.isCapitalized() && p - 1 >= s.start() && t.token(p - 1).kind() == TokenKind.WORD
                    && t.token(p - 1).isCapitalized() && !Lexicon.isDeterminer(t.token(p - 1).lower());
            if (Lexicon.isDeterminer(l) && !l.equals("that") && !inName) {
                start = p;
                break;
            }
            if (Lexicon.PREPOSITIONS.contains(l) || Lexicon.AUXILIARIES.contains(l) || SpeechVerbs.lemma(l) != null
                    || l.equals("and") || l.equals("or") || l.equals("who") || l.equals("that") || l.equals("which")
                    || l.equals("whom") || isPronoun(l)) break;
            p--;
        }
        if (start < 0) {
            // bare plurals and sentence-initial roles: "Officials said", "Police said"
            int first = p + 1;
            boolean atBoundary = p < s.start() || t.token(p).kind() != TokenKind.WORD;
            if (atBoundary && (Lexicon.GROUP_ROLES.contains(t.token(h).lower()) || first < h)) start = first;
            else return null;
        }
        return description(start, h);
    }

    private Mention description(int start, int head) {
        return built.computeIfAbsent(key(start, head + 1), k -> {
            List<String> modifiers = new ArrayList<>();
            String affiliation = null;
            for (int k2 = start; k2 < head; k2++) {
                Token y = t.token(k2);
                if (y.kind() == TokenKind.POSSESSIVE) continue;
                if (y.kind() != TokenKind.WORD || Lexicon.isDeterminer(y.lower())) continue;
                modifiers.add(y.text());
                if (y.isCapitalized() && affiliation == null && !Lexicon.TITLE_WORDS.contains(y.lower())) {
                    // "Nova Scotia's fisheries minister": the whole name, not its first word
                    int end = k2 + 1;
                    while (end < head && t.token(end).kind() == TokenKind.WORD && t.token(end).isCapitalized()
                            && !Lexicon.TITLE_WORDS.contains(t.token(end).lower())) {
                        end++;
                    }
                    affiliation = t.span(k2, end);
                }
            }
            String h = t.token(head).lower();
            boolean org = (Lexicon.ORG_ROLES.contains(h) || isOrganisationHead(h)) && !Lexicon.PERSON_ROLES.contains(h)
                    && !Lexicon.DOCUMENTS.contains(h);
            return new Mention(Mention.Kind.DESCRIPTION, start, head + 1, start, head + 1, t.span(start, head + 1), null,
                    affiliation, org, h, modifiers);
        });
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | b;
    }
}

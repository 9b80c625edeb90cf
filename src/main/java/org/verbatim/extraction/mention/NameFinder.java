package org.verbatim.extraction.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.extraction.lexicon.GivenNames;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.lexicon.Words;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Capitalised-name chunker. A run of capitalised words is split into a leading title ("Foreign Minister") and the
 * name; a title phrase before the run ("the country's deputy spokesman") and an appositive after it
 * (", the chief negotiator,") give the role and affiliation. Runs that carry organisation words, follow "the" or
 * are acronyms are organisations.
 */
public final class NameFinder {

    private static final Set<String> FUNCTION_WORDS = org.verbatim.extraction.lexicon.Words.setOf("the", "a", "an", "in",
            "on", "at", "for", "but", "and", "or", "as", "after", "before", "when", "while", "if", "although", "during",
            "despite", "according", "meanwhile", "however", "this", "that", "these", "those", "his", "her", "its", "their",
            "he", "she", "it", "they", "we", "by", "from", "with", "of", "to");

    private static final Set<String> STREETS = org.verbatim.extraction.lexicon.Words.setOf("lane", "road", "street",
            "avenue", "square", "boulevard", "terrace", "crescent");
    private static final Set<String> HONORIFICS = org.verbatim.extraction.lexicon.Words.setOf("mr", "mrs", "ms", "miss", "madam", "mdm",
            "mr.", "mrs.", "ms.");

    /** Post-nominal letters as written after a name: offices, then honours and degrees. */
    private static final Set<String> OFFICES = Set.of("MP", "MSP", "MEP", "MLA", "MS", "TD", "KC", "QC", "SC", "JP");
    private static final Set<String> POST_NOMINALS = Set.of("MP", "MSP", "MEP", "MLA",
            "MS", "TD", "KC", "QC", "SC", "JP", "MBE", "OBE", "CBE", "KBE", "DBE", "FRS", "PhD", "DPhil", "MD");

    private static final Set<String> ARTICLES = org.verbatim.extraction.lexicon.Words.setOf("the", "a", "an", "his", "her",
            "its", "their", "our", "two", "both");

    private final AnnotatedText t;
    private final boolean[] masked;
    private final Set<String> nationalities = new HashSet<>();
    private final Set<String> placeLike = new HashSet<>();
    /** Capitalised words the article also writes inside a sentence or within a longer name: names, not sentence openers. */
    private final Set<String> nameWords = new HashSet<>();
    /** The last words of persons' names so far, and the words of the titles before them, in lower case. */
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    /** Every capitalised word as written, at the start of a sentence too. */
    private final Set<String> capitalised = new HashSet<>();
    /** End of the last person's name found: a title phrase never reaches back into it. */
    private int previousEnd;

    private NameFinder(AnnotatedText t, boolean[] masked) {
        this.t = t;
        this.masked = masked;
    }

    /** @param masked tokens to skip (inside direct quotes, boilerplate) */
    public static List<Mention> find(AnnotatedText t, boolean[] masked) {
        return new NameFinder(t, masked).run();
    }

    private List<Mention> run() {
        collectNationalitiesAndPlaces();
        collectNameWords();
        List<Mention> out = new ArrayList<>();
        for (Range s : t.sentences()) {
            int i = s.start();
            while (i < s.end()) {
                if (masked[i] || !nameToken(i)) {
                    i++;
                    continue;
                }
                // "Victims' Voice said": a sentence's first word, no name alone, opens the body's name
                if (i - 2 >= s.start() && !masked[i - 2] && !masked[i - 1] && t.token(i - 2).isCapitalized()
                        && possessiveInOrganisation(i - 1, s) && !Lexicon.ORG_WORDS.contains(t.token(i).lower())) {
                    i -= 2;
                }
                int j = i + 1;
                while (j < s.end() && !masked[j]) {
                    if (nameToken(j) && t.token(j).start() - t.token(j - 1).end() <= 2) {
                        j++;
                    } else if (Lexicon.NAME_PARTICLES.contains(t.token(j).lower()) && j + 1 < s.end() && nameToken(j + 1)) {
                        j += 2;
                    } else if (possessiveInOrganisation(j, s)) {
                        j += 2;
                    } else if (organisationContinues(i, j, s)) {
                        // "National Transport and Safety Authority"
                        j++;
                    } else if (t.token(j).isPunct('.') && initial(j - 1) && j + 1 < s.end() && nameToken(j + 1)) {
                        // "Benjamin J. Rhodes": a middle initial
                        j += 2;
                    } else {
                        break;
                    }
                }
                for (int k = out.size() - 1; k >= 0; k--) {
                    // a person's name: organisations may sit inside a title phrase ("spokesman for the Ruritanian government")
                    if (!out.get(k).organization()) {
                        previousEnd = out.get(k).extendedEnd();
                        break;
                    }
                }
                // "Catherine Osei KC", "Peter Blane MP": letters after a name are no part of it; an office they stand for is the role
                int nameEnd = j;
                while (nameEnd - i >= 3 && POST_NOMINALS.contains(t.token(nameEnd - 1).text())) nameEnd--;
                Mention m = chunk(s, i, nameEnd);
                if (m != null && nameEnd < j && !m.organization() && m.role() == null && OFFICES.contains(t.token(nameEnd).text())) {
                    m.learnTitle(t.token(nameEnd).text(), null);
                }
                if (m != null) {
                    while (!out.isEmpty() && out.getLast().start() >= m.start()) out.removeLast();
                    out.add(m);
                    // "Fisheries and Oceans Canada (DFO)": the acronym in brackets right after a name is its short form
                    int b = m.coreEnd();
                    // "Meat Traders Ireland (MTI)": or capitals that spell the initials of the name's words
                    if (b + 2 < s.end() && t.token(b).isPunct('(') && t.token(b + 2).isPunct(')') && shortFormLike(t.token(b + 1).text())
                            && (organisationLike(m) || spellsInitials(t.token(b + 1).text(), m))) {
                        m.shortenedAs(t.token(b + 1).text());
                    }
                }
                i = Math.max(j, m == null ? j : m.extendedEnd());
            }
        }
        // "Bayani Air, which flies four times a day ...": a name that "which" is about is no person's
        for (Mention m : out) {
            int c = m.extendedEnd();
            if (!m.organization() && m.role() == null && c + 1 < t.size() && t.token(c).isPunct(',') && t.token(c + 1).is("which")
                    && m.coreEnd() - m.coreStart() >= 2) m.markOrganisation();
        }
        return out;
    }

    private void collectNationalitiesAndPlaces() {
        for (int i = 0; i + 1 < t.size(); i++) {
            Token a = t.token(i);
            Token b = t.token(i + 1);
            // an adjective sits after a determiner or before a role noun; a surname is followed by its verb
            boolean afterDeterminer = i > 0 && (ARTICLES.contains(t.token(i - 1).lower()) || t.token(i - 1).kind() == TokenKind.POSSESSIVE);
            boolean beforeRole = b.kind() == TokenKind.WORD && (Lexicon.TITLE_WORDS.contains(b.lower())
                    || MentionIndex.isHead(b.lower()) || b.lower().equals("people") || b.lower().equals("side"));
            if (a.isCapitalized() && Affiliations.looksLikeNationality(a.text()) && b.kind() == TokenKind.WORD
                    && (afterDeterminer || beforeRole)) {
                nationalities.add(a.text());
            }
            if (b.isCapitalized() && (a.is("in") || a.is("from") || a.is("at") || a.is("near")) && (i + 2 >= t.size() || !t.token(i + 2).isCapitalized())) {
                placeLike.add(b.text());
            }
            // "kept the light at Rubha Dubh on the island": two capitalised words after "at", "in" or "near" that
            // open with no given name are a place too
            if (b.isCapitalized() && (a.is("in") || a.is("at") || a.is("near")) && i + 3 < t.size() && t.token(i + 2).isCapitalized()
                    && t.token(i + 2).kind() == TokenKind.WORD && !t.token(i + 3).isCapitalized() && t.token(i + 3).kind() == TokenKind.WORD
                    && !WordClasses.isKnownPersonName(b.lower()) && !Lexicon.TITLE_WORDS.contains(b.lower())) {
                placeLike.add(b.text());
            }
        }
    }

    /** "Turkey", "America": a word WordNet knows as a place and not as a person, without a title before it. */
    private boolean placeOnly(Range s, int i) {
        String l = t.token(i).lower();
        boolean titled = i > s.start() && Lexicon.TITLE_WORDS.contains(t.token(i - 1).lower());
        return !titled && WordClasses.isPlaceName(l) && !WordClasses.isKnownPersonName(l);
    }

    private boolean initial(int i) {
        String w = t.token(i).text();
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) && t.token(i + 1).start() == t.token(i).end();
    }

    private void collectNameWords() {
        for (Range s : t.sentences()) {
            for (int i = s.start(); i < s.end(); i++) {
                if (!t.token(i).isCapitalized()) continue;
                capitalised.add(t.token(i).text());
                boolean inRun = i + 1 < s.end() && t.token(i + 1).isCapitalized() || i > s.start() && t.token(i - 1).isCapitalized();
                if (inRun || !sentenceInitial(s, i) && !t.token(i - 1).isPunct(':') && t.token(i - 1).kind() != TokenKind.QUOTE) {
                    nameWords.add(t.token(i).text());
                }
            }
        }
    }

    /**
     * "Efforts to reach the mayor failed", "Inside, ...", "Woman hurt": a lone capitalised word opening a sentence is an
     * ordinary word when WordNet knows it as one and the article never writes it as a name elsewhere.
     */
    private boolean ordinaryOpener(Range s, int i, int j) {
        if (j - i != 1 || !sentenceInitial(s, i)) return false;
        Token x = t.token(i);
        String l = x.lower();
        String plain = l.replace('\u2019', '\'');
        if (plain.endsWith("'re") || plain.endsWith("'ll") || plain.endsWith("'ve") || plain.endsWith("'d") || plain.endsWith("n't")) return true;
        // "Officers of the ...", "Witnesses said": a noun for people is no name either
        boolean common = WordClasses.isOrdinaryWord(l) || WordClasses.isPersonPlural(l)
                || WordClasses.isPersonNoun(l) && !WordClasses.isKnownPersonName(l);
        return common && !nameWords.contains(x.text()) && !isAcronym(x.text());
    }

    /**
     * "the Premier", "The Chief Justice", "the new MP": a title standing for its holder after an article or an adjective
     * is a description, not a name.
     */
    /**
     * "the Labour MP", "the Sinn Féin MLA", "the Irishman": after "the", capitalised words that end in a noun for a
     * person describe someone the article names elsewhere; they are no name of their own.
     */
    private boolean describedPerson(Range s, int i, int j) {
        String last = t.token(j - 1).lower();
        boolean kind = MentionIndex.demonymPerson(last) || MentionIndex.isCapitalisedHead(t.token(j - 1));
        // "the 27-year-old Kenyan": lower-case modifiers may stand between the article and a noun for a kind of person
        int d = i - 1;
        while (kind && d > s.start() && i - d <= 2 && (t.token(d).kind() == TokenKind.WORD || t.token(d).kind() == TokenKind.NUMBER) && !t.token(d).isCapitalized()
                && !t.token(d).is("the")) d--;
        if (d < s.start() || !t.token(d).is("the")) return false;
        if (d < i - 1 && !kind) return false;
        if (j - i == 1) return kind;
        if (j - i > 3 || !(Lexicon.PERSON_ROLES.contains(last) || kind) || Lexicon.ORG_WORDS.contains(last)) return false;
        for (int k = i; k < j - 1; k++) {
            if (Lexicon.ORG_WORDS.contains(t.token(k).lower()) || Lexicon.TITLE_WORDS.contains(t.token(k).lower())) return false;
        }
        return true;
    }

    private boolean titleAlone(Range s, int i, int j) {
        for (int k = i; k < j; k++) {
            String l = t.token(k).lower();
            if (!(Lexicon.TITLE_WORDS.contains(l) || Lexicon.PERSON_ROLES.contains(l))) return false;
        }
        if (!Lexicon.PERSON_ROLES.contains(t.token(j - 1).lower())) return false;
        int p = i - 1;
        while (p >= s.start() && t.token(p).isLowerWord() && !Lexicon.isDeterminer(t.token(p).lower()) && i - p <= 2) p--;
        return p >= s.start() && Lexicon.isDeterminer(t.token(p).lower());
    }

    /** "Boxing Day", "Easter Sunday": every word of the run names a time or an event. */
    private boolean timeName(int i, int j) {
        for (int k = i; k < j; k++) {
            if (!WordClasses.isTimeName(t.token(k).lower()) && !Lexicon.WEEKDAYS.contains(t.token(k).lower())) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern PRODUCT_CODE = java.util.regex.Pattern.compile("\\p{Lu}{1,5}-?\\d{2,}\\p{Lu}?");

    private boolean nameToken(int i) {
        Token x = t.token(i);
        if (!x.isCapitalized()) return false;
        String l = x.lower();
        // "Jane Doe Says ..." in a title-case headline
        if (SpeechVerbs.isHeadlineForm(l)) return false;
        if (Lexicon.MONTHS.contains(l) && !l.equals("may") && !givenNameNotMonth(i) || Lexicon.WEEKDAYS.contains(l)) return false;
        // "LRK-214", "F-35", "XB70": capitals and a number are a model or product code, nobody's name
        if (PRODUCT_CODE.matcher(x.text()).matches()) return false;
        // "I", "I’ve", "I'm"
        return !(l.equals("i") || l.length() > 2 && l.charAt(0) == 'i' && (l.charAt(1) == '\'' || l.charAt(1) == '\u2019'));
    }

    /** Short months that are given names too. */
    private static final java.util.Set<String> MONTHS_AS_NAMES = java.util.Set.of("Jan", "Jun");

    /**
     * "Jan Holub", "Jun Tanaka": a short month that is a given name, before a capitalised word and after no number
     * (not "Jan 5", "Jan. 5" or "5 Jan").
     */
    private boolean givenNameNotMonth(int i) {
        if (!MONTHS_AS_NAMES.contains(t.token(i).text())) return false;
        if (i + 1 >= t.size() || i > 0 && t.token(i - 1).kind() == TokenKind.NUMBER) return false;
        Token next = t.token(i + 1);
        return next.kind() == TokenKind.WORD && next.isCapitalized() && !Lexicon.MONTHS.contains(next.lower())
                && !Lexicon.WEEKDAYS.contains(next.lower());
    }

    private boolean sentenceInitial(Range s, int i) {
        // "Q: Is the village real?": the first word after a masked label
        if (i - 2 >= s.start() && t.token(i - 1).isPunct(':') && masked[i - 2] && i - 2 == s.start()) return true;
        // "Mumbai: Shares of ...": the first word after a place line opening the paragraph
        if (i - 2 >= s.start() && i - s.start() <= 4 && t.token(i - 1).isPunct(':')
                && (s.start() == 0 || t.paragraphOf(s.start()) != t.paragraphOf(s.start() - 1))) {
            boolean place = true;
            for (int k = s.start(); k < i - 1 && place; k++) place = t.token(k).isCapitalized();
            if (place) return true;
        }
        // "BACOLOD CITY – Airlines will cut ...": the first word after a dateline
        if (i > s.start() && Dateline.contentStart(t, s) == i) return true;
        for (int k = s.start(); k < i; k++) {
            TokenKind kind = t.token(k).kind();
            if (kind == TokenKind.WORD || kind == TokenKind.POSSESSIVE) return false;
        }
        return true;
    }

    private static boolean droppableStarter(Token x) {
        String l = x.lower();
        return Lexicon.SENTENCE_STARTERS.contains(l) || SpeechVerbs.lemma(l) != null
                || (l.length() > 5 && l.endsWith("ing")) || (l.length() > 4 && l.endsWith("ed")) || (l.length() > 4 && l.endsWith("ly"));
    }

    /** "Kelly said", "Kelly Doe": a word shaped like an adverb is a name when a name or its verb follows. */
    private boolean nameDespiteSuffix(int i, int j) {
        String l = t.token(i).lower();
        if (Lexicon.SENTENCE_STARTERS.contains(l) || SpeechVerbs.lemma(l) != null) return false;
        // "Benning, an editor, said": the article writes it as a name elsewhere
        if (nameWords.contains(t.token(i).text())) return true;
        if (!l.endsWith("ly")) return false;
        if (j - i > 1) return true;
        if (j >= t.size()) return false;
        String next = t.token(j).lower();
        return t.token(j).isLowerWord() && (SpeechVerbs.lemma(next) != null || Lexicon.AUXILIARIES.contains(next));
    }

    /**
     * "speaking Quechua at home and Spanish at school": a lone capitalised word WordNet knows only as a kind of person
     * (a nation's people or language, "Kenyan", "Democrat"), with no article before it, is nobody's name unless the
     * article writes it inside a longer name ("Bill English") or it is a given name.
     */
    private boolean kindOfPersonAlone(Range s, int i, int j) {
        if (j - i != 1 || i > s.start() && ARTICLES.contains(t.token(i - 1).lower())) return false;
        String w = t.token(i).text();
        if (GivenNames.isGivenName(w) || inLongerName(w)) return false;
        // "English, Pidgin and Yoruba": a word in a list with such words is one of their kind
        return WordClasses.isKindOfPerson(t.token(i).lower()) || kindOfPersonBeside(i, -1, s) || kindOfPersonBeside(i, 1, s);
    }

    /** The word two tokens to one side of {@code i}, across a comma, "and" or "or", is a lone kind-of-person word. */
    private boolean kindOfPersonBeside(int i, int side, Range s) {
        int joint = i + side;
        int other = i + 2 * side;
        if (other < s.start() || other >= s.end()) return false;
        Token j = t.token(joint);
        if (!(j.isPunct(',') || j.is("and") || j.is("or"))) return false;
        Token o = t.token(other);
        return o.isCapitalized() && WordClasses.isKindOfPerson(o.lower()) && !GivenNames.isGivenName(o.text()) && !inLongerName(o.text());
    }

    private boolean inLongerName(String w) {
        for (int k = 1; k + 1 < t.size(); k++) {
            if (t.token(k).text().equals(w) && (t.token(k - 1).isCapitalized() && t.token(k - 1).end() + 1 >= t.token(k).start()
                    || t.token(k + 1).isCapitalized() && t.token(k).end() + 1 >= t.token(k + 1).start())) return true;
        }
        return false;
    }

    private Mention chunk(Range s, int i, int j) {
        while (i < j && ((sentenceInitial(s, i) || t.token(i).lower().equals("date")) && droppableStarter(t.token(i)) && !nameDespiteSuffix(i, j)
                || FUNCTION_WORDS.contains(t.token(i).lower()))) i++;
        if (i >= j || ordinaryOpener(s, i, j) || timeName(i, j) || titleAlone(s, i, j) || describedPerson(s, i, j)) return null;
        if (kindOfPersonAlone(s, i, j)) return null;
        // "Ruritanian officials": an adjective, not a name
        if (j - i == 1 && j < s.end() && t.token(j).isLowerWord() && Affiliations.looksLikeNationality(t.token(i).text())
                && nationalities.contains(t.token(i).text())) {
            return null;
        }
        // "the Tax Policy Center", "an El Paso emergency room": after an article, an organisation or a place
        boolean afterThe = i > s.start() && (t.token(i - 1).is("the") || t.token(i - 1).is("an")
                || t.token(i - 1).is("a") && j < s.end() && t.token(j).isLowerWord());
        int split = titleInside(i, j);
        boolean org = afterThe && split < 0;
        for (int k = Math.max(i, split); k < j; k++) {
            if (Lexicon.ORG_WORDS.contains(t.token(k).lower()) && !givenNameLike(i, j, k)) org = true;
            // a run joined by "and" was let in only as one body's name
            if (t.token(k).is("and") || t.token(k).is("&")) org = true;
        }
        // "The Minister for Housing has ruled out": the complement of a capitalised post, in ordinary words, names no
        // one; the post is a description of whoever holds it ("a spokesperson for Revenue" is the body's)
        if (j - i <= 2 && titleComplement(i) && t.token(i - 2).isCapitalized() && !(j < s.end() && t.token(j).isPunct(','))
                && ordinaryWords(i, j)) return null;
        if (j - i == 1) {
            String w = t.token(i).text();
            if (isAcronym(w) && !shoutedName(w) || isCountry(w) || placeOnly(s, i)) org = true;
            if (titleComplement(i) && j < s.end() && t.token(j).isPunct(',')) org = true;
        } else if (j - i == 2 && titleComplement(i)) {
            // "Minister for Culture", "Minister of Northern Development": the complement of a title
            org = true;
        } else if (split < 0 && placeLike.contains(t.token(i).text()) && !Lexicon.TITLE_WORDS.contains(t.token(i).lower())
                && !(i > s.start() && Lexicon.TITLE_WORDS.contains(t.token(i - 1).lower()))
                && !titleComplement(i)) {
            // "Harrowfield General", "Leeton Golf Club": a run opened by a place the article writes "in Harrowfield"
            org = true;
        }
        // "Church Lane", "Station Road": a street is a place, never a person
        if (j - i >= 2 && STREETS.contains(t.token(j - 1).lower())) org = true;
        if (org) {
            // "Ministry of Foreign Affairs", "Council of the Realm": organisations continue through "of", and through "for"
            // after a noun for an organisation ("Department for Education", "Centre for Ageing Better"; not the title
            // "Secretary of State for Transport")
            // ("Inspectorate of Prisons for Scotland", "Office of the Ombudsman for Children": "for" after an "of" too
            // when a noun for an organisation heads the run)
            boolean orgHead = Lexicon.ORG_WORDS.contains(t.token(j - 1).lower());
            while (j + 1 < s.end() && (t.token(j).is("of") || t.token(j).is("for") && (Lexicon.ORG_WORDS.contains(t.token(j - 1).lower())
                    && !t.token(j - 2).is("of") || orgHead))
                    && !masked[j + 1]) {
                int k = j + 1;
                if (t.token(k).is("the") && k + 1 < s.end()) k++;
                if (!nameToken(k) || Lexicon.WEEKDAYS.contains(t.token(k).lower())) break;
                int e = k;
                while (e < s.end() && nameToken(e)) e++;
                // "a Division Bench of Chief Justice Arvind Saxena": a titled person after "of" is no part of it
                if (e - k >= 3 && Lexicon.TITLE_WORDS.contains(t.token(k).lower()) && !nameWordIsTitle(e - 1) && !nameWordIsTitle(e - 2)) break;
                j = e;
                // "Chamber of Commerce and Industry", "Department of Health and Social Care": after "of", "and" joins
                // ordinary capitalised nouns of the same name (people are never named so); an acronym after the
                // whole run that spells it says so too
                if (j + 1 < s.end() && (t.token(j).is("and") || t.token(j).is("&")) && nameToken(j + 1) && !masked[j + 1]) {
                    int a = j + 1;
                    while (a < s.end() && nameToken(a) && !masked[a]) a++;
                    boolean common = a - (j + 1) <= 3;
                    for (int c = j + 1; c < a && common; c++) common = commonNoun(c);
                    boolean spelled = a + 2 < s.end() && t.token(a).isPunct('(') && t.token(a + 2).isPunct(')')
                            && t.token(a + 1).text().length() >= 3 && t.token(a + 1).text().equals(initialsOf(i, a));
                    if (common || spelled) j = a;
                }
            }
            String text = t.span(i, j);
            return new Mention(Mention.Kind.NAME, i, j, i, j, text, null, null, true, null, List.of());
        }
        // leading title words inside the run: "Foreign Minister Jane Doe"
        int k = i;
        while (k < j - 1 && (Lexicon.TITLE_WORDS.contains(t.token(k).lower())
                || (Affiliations.looksLikeNationality(t.token(k).text()) && Lexicon.TITLE_WORDS.contains(t.token(k + 1).lower())))) {
            k++;
        }
        if (split > k) k = split;
        // "Chef Omar Haddad", "Coach Anna Berg": nouns for a person before a full name are the title, also after
        // other title words and one after another: "Chief Surveyor Paul Nnaji", "Chief Constable Ann Marsh"
        // (a noun that is also somebody's name, "Constable", is the title when a given name follows it)
        while (j - k >= 3 && WordClasses.isPersonNoun(t.token(k).lower())
                && (!WordClasses.isKnownPersonName(t.token(k).lower()) || GivenNames.isGivenName(t.token(k + 1).text()))) k++;
        // "DPP Nurul Huda", "PM Anna Berg": an office's initials before a full name are its title ("JK Rowling" is
        // two letters before a surname alone)
        if (j - k >= 3 && isAcronym(t.token(k).text())
                && (t.token(k).text().length() >= 3 || GivenNames.isGivenName(t.token(k + 1).text()))) k++;
        // "Detective Garda Siobhán Kearney": after a rank, a word that is no given name before a given name and a
        // surname belongs to the title (after a form of address it opens the name: "Madam Tan Bee Lian")
        // ("Chief Minister Harish Chandra Mahto": after an office complete in itself, such a word opens the name)
        if (k > i && j - k == 3 && t.token(k).kind() == TokenKind.WORD && !GivenNames.isGivenName(t.token(k).text())
                && GivenNames.isGivenName(t.token(k + 1).text()) && !HONORIFICS.contains(t.token(k - 1).lower())
                && !Lexicon.PERSON_ROLES.contains(t.token(k - 1).lower())) k++;
        // "Det Gda Kearney", "Supt Ann Marsh": short forms of title words before the name of a person named before
        int shortForms = k;
        while (shortForms < j - 1 && titleShortForm(t.token(shortForms).text())) shortForms++;
        if (shortForms > k && surnames.contains(t.token(j - 1).text())
                && (j - shortForms == 1 || j - shortForms == 2 && GivenNames.isGivenName(t.token(shortForms).text()))) k = shortForms;
        if (k < j && Lexicon.TITLE_WORDS.contains(t.token(k).lower()) && k == j - 1 && j - i > 1) {
            return null;
        }
        int nameStart = k;
        // a run that completes "Secretary of ..." starts with the complement: keep the trailing personal name
        if (k == i && i >= 1 && (t.token(i - 1).is("of") || t.token(i - 1).is("for")) && j - i >= 3) {
            int lastMarker = -1;
            for (int m = i; m < j - 1; m++) {
                String l = t.token(m).lower();
                if (Lexicon.ORG_WORDS.contains(l) || Lexicon.TITLE_WORDS.contains(l)) lastMarker = m;
            }
            nameStart = lastMarker >= 0 ? lastMarker + 1 : j - 2;
        }
        if (nameStart >= j || titleWithoutName(nameStart, j)) return null;
        int titleStart = titlePhraseStart(s, i);
        String name = t.span(nameStart, j);
        TitleInfo title = describe(titleStart, nameStart);
        // "said its president, Judge Sara Conte": a rank before the name is how she is addressed; the role before
        // the comma is the post she speaks in
        boolean rankOnly = titleStart < nameStart && nameStart - titleStart <= 2 && onlyTitleWords(titleStart, nameStart);
        TitleInfo post = rankOnly ? roleBeforeComma(s, titleStart) : null;
        if (post != null) title = new TitleInfo(post.role(), title.affiliation() != null ? title.affiliation() : post.affiliation(), post.owner());
        Mention m = new Mention(Mention.Kind.NAME, titleStart, j, nameStart, j, name, title.role, title.affiliation, false, null, List.of());
        surnames.add(t.token(j - 1).text());
        for (int w = titleStart; w < nameStart; w++) {
            if (t.token(w).kind() == TokenKind.WORD) titleWords.add(t.token(w).lower());
        }
        if (title.owner() != null) m.ownedBy(title.owner());
        if (titleStart == nameStart || onlyHonorifics(titleStart, nameStart)) {
            // "Ong's lawyer, Mr Rajesh Krishnan": the role before the comma, before any form of address
            TitleInfo before = roleBeforeComma(s, titleStart);
            if (before != null) {
                m.learnTitle(before.role(), before.affiliation());
                if (before.owner() != null) m.ownedBy(before.owner());
            }
        }
        organisationAfter(s, m, j);
        // "Bill Kowalchuk, 67, who ...", "Jane Doe, 33, a nurse,": an age set off by commas belongs to the name
        int after = m.extendedEnd();
        if (after + 2 < s.end() && t.token(after).isPunct(',') && t.token(after + 1).kind() == TokenKind.NUMBER
                && t.token(after + 1).text().length() <= 3 && t.token(after + 2).isPunct(',')) {
            m.extendTo(after + 3);
            after += 2;
        }
        // "community facilities manager Bryce Halloran": a title run ending in a noun for one person is a person's,
        // whatever organisation noun stands before it
        boolean personTitle = m.role() != null && WordClasses.mayNamePerson(lastWordOf(m.role()));
        if (organisationAppositive(s, after) || organisationTitle(s, titleStart) && !personTitle) m.markOrganisation();
        appositive(s, m, after);
        return m;
    }

    /**
     * "Road safety charity DriveSafe UK", "consultancy Fortline Advisory": a lower-case noun for an organisation right
     * before the name is its title, as "minister" is a person's.
     */
    private boolean organisationTitle(Range s, int nameStart) {
        int k = nameStart - 1;
        if (k < s.start() || masked[k] || !t.token(k).isLowerWord()) return false;
        String l = t.token(k).lower();
        return WordClasses.isOrganisationNoun(l) && !WordClasses.isPersonNoun(l) && !Lexicon.PERSON_ROLES.contains(l)
                && !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.isDeterminer(l);
    }

    /** ", the Lagos-based payments company that ...", ", a Toronto firm,": an appositive headed by an organisation noun. */
    private boolean organisationAppositive(Range s, int j) {
        if (j + 2 >= s.end() || !t.token(j).isPunct(',') || !(t.token(j + 1).is("the") || t.token(j + 1).is("a")
                || t.token(j + 1).is("an"))) return false;
        for (int k = j + 2; k < s.end() && k < j + 7; k++) {
            Token y = t.token(k);
            if (y.kind() != TokenKind.WORD || masked[k]) return false;
            String l = y.lower();
            // ", a spokeswoman for the ministry,": headed by a person; the organisation is only in its complement
            if (y.isLowerWord() && Lexicon.PERSON_ROLES.contains(l) || Lexicon.PREPOSITIONS.contains(l)) return false;
            if (y.isLowerWord() && (Lexicon.ORG_ROLES.contains(l) || WordClasses.isOrganisationNoun(l))) {
                Token next = k + 1 < s.end() ? t.token(k + 1) : null;
                return next == null || next.isTerminal() || next.isPunct(',') || next.is("that") || next.is("which")
                        || next.is("based") || Lexicon.PREPOSITIONS.contains(next.lower()) && !next.is("of");
            }
        }
        return false;
    }

    private boolean nameWordIsTitle(int k) {
        String l = t.token(k).lower();
        return Lexicon.TITLE_WORDS.contains(l) || Lexicon.ORG_WORDS.contains(l);
    }

    /** "Judge", "Dr", "Professor": capitalised title words only, no organisation or place among them. */
    private boolean onlyTitleWords(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.token(k);
            if (!(x.isCapitalized() && Lexicon.TITLE_WORDS.contains(x.lower())) && !x.isPunct('.')) return false;
        }
        return true;
    }

    /** "Mr", "Madam", "Ms.": forms of address only. */
    private boolean onlyHonorifics(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!HONORIFICS.contains(t.token(k).lower()) && !t.token(k).isPunct('.')) return false;
        }
        return true;
    }

    /** "Mrs Amaka Obi", "Mr. Sola Ike": forms of address, then capitalised name words only, in {@code [from, to)}. */
    private boolean honorificAndName(int from, int to) {
        int k = from;
        while (k < to && (HONORIFICS.contains(t.token(k).lower()) || t.token(k).isPunct('.'))) k++;
        if (k == from || k == to) return false;
        for (; k < to; k++) {
            if (!nameToken(k) || Lexicon.TITLE_WORDS.contains(t.token(k).lower())) return false;
        }
        return true;
    }

    /** "Shelby County Sheriff's Office", "Children's Hospital": a possessive inside an organisation's name. */
    private boolean possessiveInOrganisation(int j, Range s) {
        if (t.token(j).kind() != TokenKind.POSSESSIVE || j + 1 >= s.end() || !nameToken(j + 1) || masked[j + 1]) return false;
        String next = t.token(j + 1).lower();
        if (Lexicon.ORG_WORDS.contains(next)) return true;
        // "Victims' Voice", "Parents' Forum": a group of people's own something is a body's name, not a person
        // called "Voice" of an affiliation "Victims"
        return j >= 1 && t.token(j - 1).isCapitalized() && WordClasses.isPersonPlural(t.token(j - 1).lower())
                && WordClasses.isOrdinaryWord(next) && !GivenNames.isGivenName(t.token(j + 1).text())
                && !Lexicon.PERSON_ROLES.contains(next) && !Lexicon.TITLE_WORDS.contains(next);
    }

    /**
     * "National Transport and Safety Authority": "and" inside an organisation's name, when the words before it are no
     * organisation yet and those after it end in an organisation word.
     */
    private boolean organisationContinues(int i, int j, Range s) {
        if (!(t.token(j).is("and") || t.token(j).is("&")) || j + 1 >= s.end() || !nameToken(j + 1) || masked[j + 1]) return false;
        int end = j + 1;
        while (end < s.end() && nameToken(end) && !masked[end]) end++;
        // "University and College Union (UCU)": the acronym after it spells the whole run; "Fisheries and Oceans
        // Canada (DFO)": any acronym after it, when no word of the run is a given name, says a body is named
        String bracketed = end + 2 < s.end() && t.token(end).isPunct('(') && t.token(end + 2).isPunct(')') ? t.token(end + 1).text() : "";
        if (bracketed.length() >= 3 && bracketed.equals(initialsOf(i, end))) return true;
        if (bracketed.length() >= 2 && isAcronym(bracketed)) {
            boolean person = false;
            for (int k = i; k < end && !person; k++) person = GivenNames.isGivenName(t.token(k).text());
            if (!person) return true;
        }
        for (int k = i; k < j; k++) {
            if (Lexicon.ORG_WORDS.contains(t.token(k).lower()) || !t.token(k).isCapitalized()) return false;
        }
        int e = j + 1;
        while (e < s.end() && nameToken(e) && !masked[e]) e++;
        if (Lexicon.ORG_WORDS.contains(t.token(e - 1).lower())) return true;
        // "South Yorkshire Fire and Rescue": after a name of two words or more, "and" between two capitalised common
        // nouns joins the services of one body; people are never named "X and Y"
        return j - i >= 2 && e == j + 2 && commonNoun(j - 1) && commonNoun(j + 1);
    }

    /** A capitalised word WordNet knows as an ordinary word and nobody's name or title: "Fire", "Rescue". */
    private boolean commonNoun(int k) {
        String l = t.token(k).lower();
        return WordClasses.isOrdinaryWord(l) && !WordClasses.isKnownPersonName(l) && !GivenNames.isGivenName(l)
                && !Lexicon.TITLE_WORDS.contains(l) && !WordClasses.isPersonNoun(l);
    }

    /** The capital initials of the tokens from {@code i} to {@code j}: "UCU" for "University and College Union". */
    private String initialsOf(int i, int j) {
        StringBuilder out = new StringBuilder();
        for (int k = i; k < j; k++) {
            if (t.token(k).isCapitalized() && !Lexicon.isDeterminer(t.token(k).lower())) out.append(t.token(k).text().charAt(0));
        }
        return out.toString();
    }

    /**
     * "Nairobi Regional Police Commander George Seda", "NTSA Director-General Peter Oketch": a capitalised noun for a
     * person's function inside the run, after its organisation and before a name that has no such word, ends the title.
     * The first token of the name, or -1.
     */
    private int titleInside(int i, int j) {
        for (int k = j - 2; k > i; k--) {
            String l = t.token(k).lower();
            if (Lexicon.TITLE_WORDS.contains(l) || Lexicon.ORG_WORDS.contains(l)) {
                return functionNoun(l) ? k + 1 : -1;
            }
            int dash = l.indexOf('-');
            if (dash > 0 && functionNoun(l.substring(0, dash))) return k + 1;
            // "Kettle County Highway Engineer Doug Halvorsen": a noun for a person before a two- or three-word name
            // ends the role, whatever organisation word came before it
            // ("Council Member Greg Halvorsen": a noun that is also somebody's name is the role before a given name)
            // (four words when the first is a given name: "Police Superintendent Mohammad Rafiq Uddin Sarkar")
            int words = j - k - 1;
            if (words >= 2 && (words <= 3 || words == 4 && GivenNames.isGivenName(t.token(k + 1).text())) && WordClasses.isPersonNoun(l)
                    && (!WordClasses.isKnownPersonName(l) || GivenNames.isGivenName(t.token(k + 1).text()))
                    && personalNameRun(k + 1, j)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Capitalised words that are no organisation, title or ordinary word: "Doug Halvorsen". */
    private boolean personalNameRun(int from, int to) {
        for (int k = from; k < to; k++) {
            String l = t.token(k).lower();
            if (Lexicon.ORG_WORDS.contains(l) || Lexicon.TITLE_WORDS.contains(l) || WordClasses.isOrganisationNoun(l)) return false;
        }
        return !WordClasses.isOrdinaryWord(t.token(to - 1).lower());
    }

    /** A noun for what a person does: "commander", "minister", "director". */
    private static boolean functionNoun(String lower) {
        return Lexicon.PERSON_ROLES.contains(lower) && !Lexicon.ORG_WORDS.contains(lower)
                || WordClasses.isPersonNoun(lower) && Lexicon.TITLE_WORDS.contains(lower);
    }

    /**
     * "Bill Clinton", "Hill Harper": an organisation word opening a two- or three-word run that ends in no organisation
     * word, with nothing after it that would continue an organisation's name, is a given name.
     */
    private boolean givenNameLike(int i, int j, int k) {
        if (k != i || j - i < 2 || j - i > 3 || Lexicon.ORG_WORDS.contains(t.token(j - 1).lower())) return false;
        if (j < t.size() && (t.token(j).is("of") || t.token(j).kind() == TokenKind.POSSESSIVE)) return false;
        String next = t.token(i + 1).lower();
        return !Lexicon.TITLE_WORDS.contains(next) && !Lexicon.ORG_WORDS.contains(next);
    }

    /**
     * "DANNY 'THE MAGICIAN' OKONJO pulled ... Okonjo admitted": a word in capitals that the article also writes as a
     * name in ordinary case is that name set in capitals for emphasis, no acronym. Short ones stay acronyms ("NASA"
     * and "Nasa" are one agency).
     */
    private boolean shoutedName(String w) {
        return w.length() >= 5 && capitalised.contains(w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Det" for "Detective", "Gda" for "Garda", "Supt" for "Superintendent": a short capitalised word that is no word and
     * no name of its own, whose letters open a title word (a general one or one the article put before a name) and
     * follow in it in order.
     */
    private boolean titleShortForm(String w) {
        String l = (w.endsWith(".") ? w.substring(0, w.length() - 1) : w).toLowerCase(java.util.Locale.ROOT);
        // short forms keep few vowels ("Sgt", "Supt", "Gda", "Det"); "Conor" is a name, not "coordinator"
        long vowels = l.chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
        if (l.length() < 2 || l.length() > 5 || vowels > 1 || !Character.isUpperCase(w.charAt(0)) || !l.chars().allMatch(Character::isLetter)
                || GivenNames.isGivenName(w) || WordClasses.isOrdinaryWord(l) || WordClasses.isKnownPersonName(l)) return false;
        for (Set<String> words : List.of(Lexicon.TITLE_WORDS, titleWords)) {
            for (String title : words) {
                if (title.length() > l.length() && title.charAt(0) == l.charAt(0) && lettersInOrder(l, title)) return true;
            }
        }
        return false;
    }

    private static boolean lettersInOrder(String shortForm, String word) {
        int p = 0;
        for (int c = 0; c < word.length() && p < shortForm.length(); c++) {
            if (word.charAt(c) == shortForm.charAt(p)) p++;
        }
        return p == shortForm.length();
    }

    private boolean isAcronym(String w) {
        int upper = 0;
        for (int c = 0; c < w.length(); c++) {
            char ch = w.charAt(c);
            if (Character.isLowerCase(ch)) return false;
            if (Character.isUpperCase(ch)) upper++;
        }
        return upper >= 2;
    }

    private boolean isCountry(String w) {
        for (String adj : nationalities) {
            if (!adj.equals(w) && Affiliations.sameWord(adj, w)) return true;
        }
        return placeLike.contains(w);
    }

    /** Conjunctions that open a clause ("..., while ex-selector Jane Doe said"): never a word of the role after them. */
    private static final Set<String> CLAUSE_OPENERS = Words.setOf("while", "whereas", "although", "though", "when",
            "because", "since", "if", "unless", "until", "once", "but", "yet", "so");

    /** Walks left over a title phrase: role nouns, capitalised words, possessives, "of"/"for". */
    /** Participles whose object is a person, not a narrower role: "quoting", "citing", "thanking". */
    private static final Set<String> PERSON_OBJECT_PARTICIPLES = org.verbatim.extraction.lexicon.Words.setOf("quoting",
            "citing", "thanking", "praising", "blaming", "accusing", "naming", "urging", "telling", "asking");

    private int titlePhraseStart(Range s, int i) {
        int p = i - 1;
        int start = i;
        boolean sawRole = false;
        while (p >= s.start() && p >= previousEnd && i - p <= 10 && !masked[p]) {
            Token x = t.token(p);
            String l = x.lower();
            boolean role = roleWord(l);
            if (role) {
                sawRole = true;
                start = p;
            } else if (x.isCapitalized() && !(sentenceInitial(s, p) && droppableStarter(x))) {
                start = p;
            } else if (x.kind() == TokenKind.POSSESSIVE || l.equals("of") || l.equals("for") || l.equals("the")
                    || (x.isLowerWord() && Lexicon.ORG_ROLES.contains(l))) {
                // only inside the phrase; trimmed below if it ends up leading
            } else if (start == p + 1 && t.token(start).isLowerWord() && roleWord(t.token(start).lower()) && x.isLowerWord()
                    && WordClasses.isOrdinaryWord(l) && !l.endsWith("ed") && !Lexicon.isDeterminer(l) && !Lexicon.PREPOSITIONS.contains(l)
                    && !Lexicon.AUXILIARIES.contains(l) && SpeechVerbs.lemma(l) == null && !l.equals("and") && !l.equals("or")
                    && !CLAUSE_OPENERS.contains(l) && !PERSON_OBJECT_PARTICIPLES.contains(l)) {
                // "managing director", "station manager": a word that narrows the role
                // (not "quoting chief operating officer X": the verb of the one who quotes her)
                start = p;
            } else {
                break;
            }
            p--;
        }
        if (!sawRole) return possessorBefore(s, i);
        while (start < i && (t.token(start).is("of") || t.token(start).is("for") || t.token(start).is("the"))) start++;
        return start;
    }

    /** A title or a noun for a person's function: "minister", "spokeswoman", "chef", "goaltender". */
    /**
     * Whether the run at {@code i} follows a title's "of" or "for": "Minister for Culture", "Minister of Northern
     * Development". A longer run there ends with the title holder's name, even when it opens with a place ("Special
     * Representative for Afghanistan Reconciliation Zalmay Khalilzad").
     */
    /**
     * "Regional Publicity Secretary", "Deputy Head Teacher": capitalised ordinary words ending in a role noun are a
     * title, however written; no word of it is a name the article or WordNet knows for a person.
     */
    private boolean titleWithoutName(int from, int to) {
        if (to - from < 2) return false;
        String last = t.token(to - 1).lower();
        if (!(Lexicon.PERSON_ROLES.contains(last) || Lexicon.TITLE_WORDS.contains(last))) return false;
        for (int k = from; k < to - 1; k++) {
            Token x = t.token(k);
            String l = x.lower();
            if (x.kind() != TokenKind.WORD || isAcronym(x.text())) return false;
            boolean role = Lexicon.TITLE_WORDS.contains(l) || Lexicon.PERSON_ROLES.contains(l);
            if (!role && (!WordClasses.isOrdinaryWord(l) || WordClasses.isKnownPersonName(l))) return false;
        }
        // "Councillor Amir Sheikh": after a title, two words that are each a noun for a person (or no ordinary word)
        // are the holder's name, not a second title
        if (to - from == 2 && from > 0 && Lexicon.TITLE_WORDS.contains(t.token(from - 1).lower())) {
            boolean name = true;
            for (int k = from; k < to; k++) {
                String l = t.token(k).lower();
                if (WordClasses.isOrdinaryWord(l) && !WordClasses.isPersonNoun(l) && !Lexicon.TITLE_WORDS.contains(l)) name = false;
            }
            if (name) return false;
        }
        return true;
    }

    /** Every word of {@code [from, to)} is an ordinary word and none a given name: "Housing", "Foreign Affairs". */
    private boolean ordinaryWords(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.token(k);
            if (x.kind() != TokenKind.WORD || !WordClasses.isOrdinaryWord(x.lower()) || GivenNames.isGivenName(x.text())
                    || isAcronym(x.text())) return false;
        }
        return true;
    }

    private boolean titleComplement(int i) {
        return i >= 2 && (t.token(i - 1).is("of") || t.token(i - 1).is("for")) && roleWord(t.token(i - 2).lower());
    }

    private static boolean roleWord(String lower) {
        int dash = lower.indexOf('-');
        // "director-general", "secretary-general"
        if (dash > 0 && roleWord(lower.substring(0, dash))) return true;
        return Lexicon.TITLE_WORDS.contains(lower) || Lexicon.PERSON_ROLES.contains(lower) || WordClasses.isPersonNoun(lower);
    }

    /** "American Action Forum’s Douglas Holtz-Eakin": the capitalised possessor right before a name, else {@code i}. */
    private int possessorBefore(Range s, int i) {
        if (i - 2 < s.start() || t.token(i - 1).kind() != TokenKind.POSSESSIVE || masked[i - 1]) return i;
        int start = i - 1;
        while (start - 1 >= s.start() && t.token(start - 1).isCapitalized() && !masked[start - 1]
                && !(sentenceInitial(s, start - 1) && droppableStarter(t.token(start - 1)))) start--;
        return start < i - 1 ? start : i;
    }

    private static final Set<String> NUMBER_WORDS = Words.setOf("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "one", "several", "many");

    private record TitleInfo(String role, String affiliation, String owner) {
        /** "chairman of the Skiers' Association and a former downhill champion": the body ends where a second post begins. */
        TitleInfo {
            if (affiliation != null) {
                int and = affiliation.indexOf(" and a ");
                if (and < 0) and = affiliation.indexOf(" and an ");
                if (and > 0) affiliation = affiliation.substring(0, and);
            }
        }

        TitleInfo(String role, String affiliation) {
            this(role, affiliation, null);
        }
    }

    /** Role and affiliation from title tokens [from, to). */
    private TitleInfo describe(int from, int to) {
        if (from >= to) return new TitleInfo(null, null);
        if (to - from >= 2 && t.token(to - 1).kind() == TokenKind.POSSESSIVE) {
            boolean possessorOnly = true;
            for (int k = from; k < to - 1; k++) possessorOnly &= t.token(k).isCapitalized();
            if (possessorOnly) return new TitleInfo(null, t.span(from, to - 1));
        }
        int firstRole = -1;
        int lastRole = -1;
        String affiliation = null;
        for (int k = from; k < to; k++) {
            Token x = t.token(k);
            String l = x.lower();
            // "Mrs.", "Mr.": a form of address, not a role
            if (HONORIFICS.contains(l) || x.isPunct('.') && k > from && HONORIFICS.contains(t.token(k - 1).lower())) continue;
            boolean nationalityHere = Affiliations.looksLikeNationality(x.text()) && k + 1 < to && !t.token(k + 1).is("of");
            if (k + 1 < to && t.token(k + 1).kind() == TokenKind.POSSESSIVE && x.isCapitalized()) {
                if (affiliation == null && firstRole < 0) {
                    int run = k;
                    while (run > from && t.token(run - 1).isCapitalized()) run--;
                    affiliation = t.span(run, k + 1);
                }
                continue;
            }
            if (roleWord(l) && !nationalityHere
                    && !(firstRole < 0 && (l.equals("u.s") || l.equals("u.s.") || l.equals("national") || l.equals("state")))
                    || titleShortForm(x.text())) {
                if (firstRole < 0) firstRole = k;
                lastRole = k;
            } else if (firstRole >= 0 && k == lastRole + 1 && x.isCapitalized() && !nationalityHere) {
                // "Detective Garda", "Chief Constable": a capitalised word right after a title word goes on with it
                lastRole = k;
            } else if (firstRole < 0 && x.isCapitalized() && affiliation == null) {
                // "Emergency Situations Minister": the capitalised words before the role
                int e = k + 1;
                while (e < to && t.token(e).isCapitalized() && !roleWord(t.token(e).lower())
                        && !(Affiliations.looksLikeNationality(t.token(e).text()) && e + 1 < to)) e++;
                if (e < to && t.token(e).is("minister") && portfolio(k, e)) {
                    // "Fisheries Minister", "Labour Minister": the field is part of the post, as in "Finance
                    // Minister"; a minister's body is the ministry of it
                    affiliation = "ministry of " + t.span(k, e).toLowerCase(java.util.Locale.ROOT);
                    firstRole = k;
                    lastRole = e;
                    k = e;
                    continue;
                }
                affiliation = t.span(k, e);
            } else if (firstRole >= 0 && (l.equals("of") || l.equals("for") || l.equals("at")) && affiliation == null && k + 1 < to) {
                int a = k + 1;
                if (t.token(a).is("the")) a++;
                // "a mother of three": a number is no body
                if (a < to && t.token(a).kind() != TokenKind.NUMBER && !NUMBER_WORDS.contains(t.token(a).lower())) {
                    // "head of equipment at the Tamsford Police": a field of work in lower case, then the body named
                    int field = a;
                    while (field < to && t.token(field).isLowerWord() && !isBodyPreposition(t.token(field).lower())) field++;
                    int body = field + 1 < to && field > a && isBodyPreposition(t.token(field).lower()) ? field + 1 : -1;
                    if (body > 0 && t.token(body).is("the")) body++;
                    if (body > 0 && body < to && (t.token(body).isCapitalized() || organisationNounIn(body, to))) {
                        affiliation = t.span(body, to);
                    } else if (!organisationNounIn(a, to) && lowerCaseOnly(a, to)) {
                        // "the minister of health", "director of communications": the field is part of the post; a
                        // minister's is the ministry of it
                        if (t.token(lastRole).is("minister")) affiliation = "ministry of " + t.span(a, to);
                        else lastRole = to - 1;
                    } else {
                        affiliation = t.span(a, to);
                    }
                }
                break;
            }
        }
        // "managing director": lower-case words right before the role narrow it
        // ("the central bank governor": an organisation noun before the role names the organisation instead)
        while (firstRole > from && t.token(firstRole - 1).isLowerWord()
                && WordClasses.isOrdinaryWord(t.token(firstRole - 1).lower()) && !WordClasses.isOrganisationNoun(t.token(firstRole - 1).lower())
                && !Lexicon.ORG_ROLES.contains(t.token(firstRole - 1).lower())
                && !Lexicon.isDeterminer(t.token(firstRole - 1).lower()) && !Lexicon.PREPOSITIONS.contains(t.token(firstRole - 1).lower())
                && !t.token(firstRole - 1).is("and") && organisationBefore(from, firstRole) == null) {
            firstRole--;
        }
        // "the interior ministry official": an organisation noun inside the role run names where the role is held
        if (affiliation == null && firstRole >= 0) {
            for (int k = lastRole - 1; k > firstRole; k--) {
                String l = t.token(k).lower();
                if (t.token(k).isLowerWord() && (WordClasses.isOrganisationNoun(l) || Lexicon.ORG_ROLES.contains(l))
                        && !Lexicon.PERSON_ROLES.contains(l)) {
                    affiliation = t.span(firstRole, k + 1);
                    firstRole = k + 1;
                    break;
                }
            }
        }
        String role = firstRole >= 0 ? written(t.span(firstRole, lastRole + 1)) : null;
        if (affiliation == null && firstRole > from) affiliation = organisationBefore(from, firstRole);
        // "Ardovia's culture minister Irena Valko": the possessor just before the post names where it is held
        if (affiliation == null && role != null && from - 2 >= 0 && t.token(from - 1).kind() == TokenKind.POSSESSIVE
                && t.token(from - 2).isCapitalized() && !masked[from - 2]) {
            int p = from - 2;
            while (p - 1 >= 0 && from - 2 - p < 3 && t.token(p - 1).isCapitalized() && !masked[p - 1]
                    && !Lexicon.isDeterminer(t.token(p - 1).lower())) p--;
            affiliation = t.span(p, from - 1);
        }
        return new TitleInfo(role, affiliation);
    }

    /** Capitalised ordinary words that are no place, people or organisation's name: a minister's field. */
    private boolean portfolio(int from, int to) {
        for (int k = from; k < to; k++) {
            String l = t.token(k).lower();
            if (!WordClasses.isOrdinaryWord(l) || WordClasses.isPlaceName(l)
                    || Affiliations.looksLikeNationality(t.token(k).text())) return false;
        }
        return true;
    }

    private boolean organisationNounIn(int from, int to) {
        for (int k = from; k < to; k++) {
            String l = t.token(k).lower();
            if (t.token(k).isLowerWord() && (WordClasses.isOrganisationNoun(l) || Lexicon.ORG_WORDS.contains(l))) return true;
        }
        return false;
    }

    private boolean lowerCaseOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.token(k).isLowerWord()) return false;
        }
        return true;
    }

    private static boolean isBodyPreposition(String lower) {
        return lower.equals("at") || lower.equals("of") || lower.equals("for");
    }

    /**
     * "said spokeswoman for the economy ministry, Petra Lind": a role phrase set off by a comma before the name, opening
     * its clause (after a verb, a comma or the sentence start).
     */
    private TitleInfo roleBeforeComma(Range s, int nameStart) {
        TitleInfo direct = roleRightBeforeComma(s, nameStart);
        if (direct != null) return direct;
        // "The president of the Kissan Ittehad, a farmers' body with chapters in 28 districts, Anwar Bhatti": an
        // appositive that says what the body is stands between the post and the name
        int comma = nameStart - 1;
        if (comma <= s.start() || !t.token(comma).isPunct(',')) return null;
        for (int p = comma - 2; p > s.start() && comma - p <= 14 && !masked[p]; p--) {
            Token x = t.token(p);
            if (x.kind() == TokenKind.QUOTE || x.kind() == TokenKind.WORD && SpeechVerbs.lemma(x.lower()) != null) return null;
            if (x.isPunct(',')) {
                String next = t.token(p + 1).lower();
                return next.equals("a") || next.equals("an") ? roleRightBeforeComma(s, p + 1) : null;
            }
        }
        return null;
    }

    private TitleInfo roleRightBeforeComma(Range s, int nameStart) {
        int comma = nameStart - 1;
        if (comma <= s.start() || !t.token(comma).isPunct(',')) return null;
        int p = comma - 1;
        int roleAt = -1;
        while (p >= s.start() && comma - p <= 10 && !masked[p]) {
            Token x = t.token(p);
            String l = x.lower();
            // "the general manager of claims, Sunita Rao": a word after "of" is a noun, even one a verb of saying shares
            boolean afterPreposition = p - 1 >= s.start() && isBodyPreposition(t.token(p - 1).lower());
            if (x.kind() == TokenKind.POSSESSIVE || l.equals("of") || l.equals("for") || l.equals("at") || l.equals("the")
                    || x.kind() == TokenKind.WORD && (x.isCapitalized() || x.isLowerWord()
                    && (SpeechVerbs.lemma(l) == null || afterPreposition))) {
                if (x.kind() == TokenKind.WORD && roleWord(l)) roleAt = p;
                p--;
                continue;
            }
            break;
        }
        if (roleAt < 0) return null;
        // the phrase opens its clause: "said spokeswoman for ...", "The activists' lawyer, Amira Saleh"
        int opener = roleAt - 1;
        // "a Westmarch Ferries spokesman": the body's name before the post
        int named = opener;
        // ("A Pagewell spokeswoman, Nadia Frost": the sentence's capital "A" is the determiner, not the body's name)
        while (named >= s.start() && t.token(named).isCapitalized() && !Lexicon.isDeterminer(t.token(named).lower())
                && roleAt - named <= 4) named--;
        if (named < opener && named >= s.start() && Lexicon.isDeterminer(t.token(named).lower())) opener = named;
        while (opener >= s.start() && (Lexicon.isDeterminer(t.token(opener).lower()) || t.token(opener).isLowerWord()
                && Lexicon.PERSON_ROLES.contains(t.token(opener).lower()))) opener--;
        // "The federation's sporting director, Lina Haas": a modifier between the possessor and the post
        for (int w = 0; w < 2 && opener - 1 > s.start() && t.token(opener).isLowerWord() && WordClasses.isOrdinaryWord(t.token(opener).lower())
                && SpeechVerbs.lemma(t.token(opener).lower()) == null && !Lexicon.PREPOSITIONS.contains(t.token(opener).lower())
                && (t.token(opener - 1).kind() == TokenKind.POSSESSIVE || t.token(opener - 1).isLowerWord()); w++) opener--;
        if (opener > s.start() && t.token(opener).kind() == TokenKind.POSSESSIVE) {
            opener--;
            for (int words = 0; opener >= s.start() && words < 3 && t.token(opener).kind() == TokenKind.WORD
                    && !Lexicon.isDeterminer(t.token(opener).lower()); words++) opener--;
            while (opener >= s.start() && Lexicon.isDeterminer(t.token(opener).lower())) opener--;
        }
        boolean opensClause = opener < s.start() || t.token(opener).isPunct(',') || SpeechVerbs.lemma(t.token(opener).lower()) != null;
        // "“…,” a Westmarch Ferries spokesman, Peter Laing, said", "On Monday a spokesman, ...": after the quote or a day
        if (!opensClause && (t.token(opener).kind() == TokenKind.QUOTE || Lexicon.WEEKDAYS.contains(t.token(opener).lower())
                || t.token(opener).is("yesterday") || t.token(opener).is("today"))) opensClause = true;
        if (!opensClause) return null;
        // "Morvania's minister of planning, Dora Kovac": the possessor names the affiliation, as it does after a name;
        // "a Westmarch Ferries spokesman, Peter Laing": so do the capitalised words of a body's name before the post
        int from = roleAt;
        if (roleAt - 2 >= s.start() && t.token(roleAt - 1).kind() == TokenKind.POSSESSIVE && t.token(roleAt - 2).isCapitalized()) {
            from = roleAt - 2;
            while (from - 1 >= s.start() && t.token(from - 1).isCapitalized() && !masked[from - 1]
                    && !(sentenceInitial(s, from - 1) && droppableStarter(t.token(from - 1)))) from--;
        } else if (roleAt - 2 >= s.start() && t.token(roleAt - 1).isCapitalized() && !roleWord(t.token(roleAt - 1).lower())) {
            int b = roleAt - 1;
            while (b - 1 >= s.start() && t.token(b - 1).isCapitalized() && !roleWord(t.token(b - 1).lower())
                    && !Lexicon.isDeterminer(t.token(b - 1).lower())) b--;
            if (b - 1 >= s.start() && Lexicon.isDeterminer(t.token(b - 1).lower())) from = b;
        }
        // "The prime minister's spokesman, Jaan Mikk", "The government's spokesman, Julio Sanz": the post after the
        // lower-case possessor, held for it
        int possessive = -1;
        for (int k = roleAt; k < comma; k++) {
            if (t.token(k).kind() == TokenKind.POSSESSIVE) possessive = k;
        }
        if (possessive > roleAt && from == roleAt) {
            int post = possessive + 1;
            while (post < comma && !roleWord(t.token(post).lower())) post++;
            boolean lower = true;
            for (int k = roleAt; k < comma && lower; k++) lower = t.token(k).isLowerWord() || t.token(k).kind() == TokenKind.POSSESSIVE;
            if (post < comma && lower) {
                TitleInfo held = describe(post, comma);
                if (held.role() != null) {
                    String possessor = t.span(roleAt, possessive);
                    String last = t.token(possessive - 1).lower();
                    boolean body = WordClasses.isOrganisationNoun(last) || Lexicon.ORG_ROLES.contains(last)
                            || Lexicon.PERSON_ROLES.contains(last) || Lexicon.TITLE_WORDS.contains(last);
                    return new TitleInfo(held.role(), held.affiliation() != null ? held.affiliation() : body ? possessor : null);
                }
            }
        }
        TitleInfo info = describe(from, comma);
        if (info.role() == null) return null;
        // "The government's spokesman, Julio Sanz": a body named in lower case owns the post
        if (info.affiliation() == null && from == roleAt && roleAt - 2 >= s.start() && t.token(roleAt - 1).kind() == TokenKind.POSSESSIVE
                && t.token(roleAt - 2).isLowerWord()) {
            String owner = t.token(roleAt - 2).lower();
            if (WordClasses.isOrganisationNoun(owner) || Lexicon.ORG_ROLES.contains(owner)) {
                int start = roleAt - 2;
                while (start - 1 >= s.start() && t.token(start - 1).isLowerWord() && !Lexicon.isDeterminer(t.token(start - 1).lower())
                        && start > roleAt - 4) start--;
                info = new TitleInfo(info.role(), t.span(start, roleAt - 1), organisationPossessive(roleAt - 1) ? "its" : info.owner());
            }
        }
        // "Her deputy, Ivo Haller": a staff role of someone named before
        int ownerAt = roleAt - 1;
        while (ownerAt >= s.start() && roleAt - ownerAt <= 2 && t.token(ownerAt).isLowerWord()
                && !Lexicon.isDeterminer(t.token(ownerAt).lower())) ownerAt--;      // "Her state secretary"
        String owner = ownerAt >= s.start() ? t.token(ownerAt).lower() : "";
        boolean ownedByPronoun = (owner.equals("his") || owner.equals("her")) && Lexicon.STAFF_ROLES.contains(lastWordOf(info.role()));
        // "its president, Sara Conte", "the group's chairman, Ivo Lang": any post of the organisation named before
        boolean ownedByOrganisation = info.affiliation() == null && (owner.equals("its") || owner.equals("their")
                || organisationPossessive(ownerAt));
        return ownedByPronoun ? new TitleInfo(info.role(), info.affiliation(), owner)
                : ownedByOrganisation ? new TitleInfo(info.role(), null, "its") : info;
    }

    private static String lastWordOf(String phrase) {
        String p = phrase.strip().toLowerCase(java.util.Locale.ROOT);
        return p.substring(p.lastIndexOf(' ') + 1);
    }

    /** "the central bank governor", "the teachers' union leader": the organisation named in lower case before a role. */
    private String organisationBefore(int from, int role) {
        int end = role;
        if (!WordClasses.isOrganisationNoun(t.token(end - 1).lower())) return null;
        int start = end - 1;
        while (start > from && t.token(start - 1).isLowerWord() && !Lexicon.isDeterminer(t.token(start - 1).lower())
                && !roleWord(t.token(start - 1).lower())) start--;
        return t.span(start, end);
    }

    /** "Mette Berg of the Labour Party": the organisation a person is "of", right after the name. */
    private void organisationAfter(Range s, Mention m, int j) {
        if (j + 1 >= s.end() || !t.token(j).is("of") || masked[j + 1]) return;
        int k = j + 1;
        if (t.token(k).is("the") && k + 1 < s.end()) k++;
        int e = k;
        boolean organisation = false;
        while (e < s.end() && (nameToken(e) || possessiveInOrganisation(e, s)) && !masked[e]) {
            if (t.token(e).kind() == TokenKind.POSSESSIVE) e++;
            String l = t.token(e).lower();
            if (Lexicon.ORG_WORDS.contains(l) || WordClasses.isOrganisationNoun(l) || isAcronym(t.token(e).text())) organisation = true;
            e++;
        }
        // "Joanne Liu of Carrick Securities": a word WordNet knows in the names of groups ends the organisation's name
        if (e - k >= 2 && WordClasses.isGroupNameWord(t.token(e - 1).lower())) organisation = true;
        if (e == k && k > j + 1) {
            // "Petar Kos of the finance ministry": written in lower case, up to the organisation noun
            while (e < s.end() && e - k < 4 && t.token(e).isLowerWord() && !masked[e]) {
                if (WordClasses.isOrganisationNoun(t.token(e++).lower())) {
                    organisation = true;
                    break;
                }
            }
        }
        // "Mayor Claire Dunmore of Orrington", "Foreign Minister Sigrid Holm of Valmark": a titled person's place is
        // where the post is held (an untitled "John Smith of Leeds" may only live there)
        boolean heldIn = !organisation && k == j + 1 && e - k == 1 && m.role() != null
                && !(e < s.end() && (t.token(e).is("and") || t.token(e).is("&")));
        if (!organisation && !heldIn || e == k) return;
        m.learnTitle(null, t.span(k, e));
        m.extendTo(e);
    }

    /** ", the country's chief negotiator," after a name. */
    private void appositive(Range s, Mention m, int j) {
        if (j >= s.end() || !t.token(j).isPunct(',')) return;
        ledBody(s, m, j);
        int p = j + 1;
        int limit = Math.min(s.end(), j + 16);
        boolean role = false;
        int firstRoleAt = -1;
        while (p < limit && !t.token(p).isPunct(',') && !t.token(p).isTerminal() && t.token(p).kind() != TokenKind.QUOTE) {
            String l = t.token(p).lower();
            // "the Indiana state firefighters union": a speech word used as a noun does not end the appositive
            boolean noun = SpeechVerbs.mostlyNoun(l) || SpeechVerbs.mayBeNoun(l) && p > j + 1 && (t.token(p - 1).isCapitalized()
                    || Lexicon.isDeterminer(t.token(p - 1).lower()) || Lexicon.PREPOSITIONS.contains(t.token(p - 1).lower()));
            // ", the interior ministry official who led it": a relative clause ends the appositive, after its role
            if ((l.equals("who") || l.equals("which")) && role) break;
            if (l.equals("who") || l.equals("which") || SpeechVerbs.lemma(l) != null && !noun || masked[p]) return;
            if (personRole(l) || (Lexicon.TITLE_WORDS.contains(l) && t.token(p).isCapitalized())
                    || t.token(p).isLowerWord() && WordClasses.isPersonNoun(l) && p <= j + 4 && !t.token(j + 1).lower().endsWith("ing")) {
                if (!role) firstRoleAt = p;
                role = true;
            }
            p++;
        }
        if (!role || p == j + 1 || p >= s.end()) return;
        boolean relative = t.token(p).is("who") || t.token(p).is("which");
        Token first = t.token(j + 1);
        // "a trader at Wuse Market, Mrs Amaka Obi, said": a form of address and a name set beside a name is a person of
        // their own (the one the words before were about), not a description of the name before the comma
        if (HONORIFICS.contains(first.lower()) && honorificAndName(j + 1, p)) return;
        // "commercial manager of Westmarch Ferries", "project director at ...": lower-case words before the post
        boolean compoundPost = first.isLowerWord() && firstRoleAt > j + 1 && firstRoleAt <= j + 3
                && WordClasses.isOrdinaryWord(first.lower()) && !Lexicon.PREPOSITIONS.contains(first.lower());
        boolean opens = Lexicon.isDeterminer(first.lower()) || Affiliations.looksLikeNationality(first.text())
                || Lexicon.TITLE_WORDS.contains(first.lower()) || personRole(first.lower()) || compoundPost
                || (j + 2 < p && t.token(j + 2).kind() == TokenKind.POSSESSIVE);
        if (!opens) return;
        // "Speaking for the developer, Hallam Homes, its planning director, Sophie Marr, told": a body's post set
        // before another name is that person's, not a description of the body
        if ((first.is("its") || first.is("their")) && t.token(p).isPunct(',') && p + 1 < s.end()
                && t.token(p + 1).isCapitalized() && !masked[p + 1]) return;
        int from = j + 1;
        if (Lexicon.isDeterminer(first.lower())) from++;
        TitleInfo info = describe(from, p);
        m.learnTitle(info.role(), info.affiliation());
        // "Marta Feld, the group's president": the organisation the article spoke of before
        if (info.affiliation() == null && (first.is("its") || first.is("their") || organisationPossessive(j + 3))) m.ownedBy("its");
        if (!relative) m.extendTo(t.token(p).isPunct(',') ? p + 1 : p);
    }

    /** Verbs of leading a body, in a relative clause after a name: "who has led the association since 2019". */
    private static final Set<String> LEADING = Words.setOf("led", "leads", "heads", "headed", "chairs", "chaired", "runs",
            "ran", "directs", "directed", "manages", "managed", "founded", "co-founded");

    /** Words that end the body a leading verb names: "since 2019", "for a decade", "in Kelsham". */
    private static final Set<String> AFTER_BODY = Words.setOf("since", "for", "until", "from", "in", "and", "when", "after");

    /**
     * "Alan Pryce, who has led the householders' association since 2019, said": the body the relative clause says the
     * person leads is their affiliation (a body's name or a noun phrase ending in an organisation noun).
     */
    private void ledBody(Range s, Mention m, int j) {
        int p = j + 1;
        if (p >= s.end() || !t.token(p).is("who")) return;
        p++;
        while (p < s.end() && (t.token(p).is("has") || t.token(p).is("had") || t.token(p).is("also") || t.token(p).is("now")
                || t.token(p).is("still"))) p++;
        if (p >= s.end() || !LEADING.contains(t.token(p).lower())) return;
        int from = ++p;
        if (from < s.end() && Lexicon.isDeterminer(t.token(from).lower())) from++;
        int end = from;
        while (end < s.end() && end - from < 8 && (t.token(end).kind() == TokenKind.WORD || t.token(end).kind() == TokenKind.POSSESSIVE)
                && !masked[end] && !AFTER_BODY.contains(t.token(end).lower())
                && !(Lexicon.PREPOSITIONS.contains(t.token(end).lower()) && !t.token(end).is("of"))) end++;
        if (end <= from) return;
        String last = t.token(end - 1).lower();
        boolean body = WordClasses.isOrganisationNoun(last) || Lexicon.ORG_WORDS.contains(last) || Lexicon.ORG_ROLES.contains(last)
                || t.token(from).isCapitalized() && t.token(end - 1).isCapitalized();
        if (!body) return;
        m.learnTitle(null, t.span(from, end));
    }

    /** Whether {@code acronym}, three capitals or more, is the initials of the words of {@code m}'s name. */
    private boolean spellsInitials(String acronym, Mention m) {
        return acronym.length() >= 3 && isAcronym(acronym) && m.text().contains(" ") && acronym.equals(EntityRegistry.initials(m.text()));
    }

    /** "DFO", "Fomca", "Sebi": one capitalised word of 2 to 8 letters in brackets, no ordinary word. */
    private boolean shortFormLike(String w) {
        if (w.length() < 2 || w.length() > 8 || !Character.isUpperCase(w.charAt(0))) return false;
        return isAcronym(w) || w.chars().allMatch(Character::isLetter) && !WordClasses.isOrdinaryWord(w.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A name that reads as a body's, not a person's ("Chief Babatunde Ogunleye (SAN)", "Cllr Declan Ó Broin (SF)" are
     * people with letters after their names): marked so, or joining words with "and" or "of", or with an
     * organisation word.
     */
    private static boolean organisationLike(Mention m) {
        if (m.organization()) return true;
        String text = " " + m.text().toLowerCase(java.util.Locale.ROOT) + " ";
        if (text.contains(" and ") || text.contains(" of ") || text.contains(" & ")) return true;
        for (String w : text.strip().split("\\s+")) {
            if (Lexicon.ORG_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** "the group's", "the association's" ending at {@code k}: an organisation spoken of by its kind, owning what follows. */
    private boolean organisationPossessive(int k) {
        if (k < 2 || t.token(k).kind() != TokenKind.POSSESSIVE) return false;
        String noun = t.token(k - 1).lower();
        return t.token(k - 2).is("the") && t.token(k - 1).isLowerWord()
                && (WordClasses.isOrganisationNoun(noun) || Lexicon.ORG_ROLES.contains(noun) || Lexicon.ORG_WORDS.contains(noun));
    }

    /** Titles abbreviated before a name, as the post they stand for: "Coun. Ravi Sandhu" is a councillor. */
    private static final java.util.Map<String, String> ABBREVIATED_POSTS = java.util.Map.ofEntries(
            java.util.Map.entry("coun", "councillor"), java.util.Map.entry("cllr", "councillor"),
            java.util.Map.entry("insp", "inspector"), java.util.Map.entry("det", "detective"),
            java.util.Map.entry("supt", "superintendent"), java.util.Map.entry("sgt", "sergeant"),
            java.util.Map.entry("capt", "captain"), java.util.Map.entry("gov", "governor"),
            java.util.Map.entry("sen", "senator"), java.util.Map.entry("prof", "professor"),
            java.util.Map.entry("atty", "attorney"), java.util.Map.entry("pres", "president"));

    private static String written(String role) {
        String key = role.toLowerCase(java.util.Locale.ROOT).replace(".", "").strip();
        return ABBREVIATED_POSTS.getOrDefault(key, role);
    }

    /** A noun for a person's post, also inside a hyphenated compound: "director-general", "secretary-general". */
    private static boolean personRole(String lower) {
        if (Lexicon.PERSON_ROLES.contains(lower)) return true;
        if (lower.indexOf('-') <= 0) return false;
        for (String part : lower.split("-")) {
            if (Lexicon.PERSON_ROLES.contains(part)) return true;
        }
        return false;
    }

}

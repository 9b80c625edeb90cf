package org.verbatim.extraction.attribution;

import org.verbatim.extraction.lexicon.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.verbatim.extraction.SpeakerKind;
import org.verbatim.extraction.lexicon.GivenNames;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.lexicon.WordClasses;
import org.verbatim.extraction.mention.Affiliations;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.EntityRegistry;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * Second attribution pass, mention to speaker, reading the document in order and keeping track of who is being
 * talked about. Names resolve through the entity registry; pronouns to the salient person (the last speaker or the
 * subject of the last sentence outside any quote, so that a name inside the quoted content is not taken for the
 * speaker); descriptions to the person whose role and affiliation fit, looking back, then ahead.
 */
public final class SpeakerResolver {

    /** Role words that narrow a description: "the foreign minister" is not just any minister. */
    private static final Set<String> DOMAIN_MODIFIERS = Words.setOf("foreign", "defense", "defence", "interior", "finance",
            "economy", "health", "trade", "energy", "education", "justice", "prime", "deputy", "vice", "nuclear",
            "security", "military", "state");
    private static final Set<String> DIPLOMATIC = Words.setOf("foreign", "diplomat", "ambassador", "envoy", "negotiator",
            "spokesman", "spokesperson", "spokeswoman", "secretary of state");
    private static final Set<String> DOCUMENTS = Lexicon.DOCUMENTS;

    private final AnnotatedText t;
    private final EntityRegistry registry;
    private final MentionIndex mentions;
    private final List<Mention> speakingSubjects;
    private Set<Entity> namedSpeakers;
    private final boolean[] inContent;
    private Entity salientPerson;
    /** Quotes resolved so far, in reading order. */
    private final List<QuoteSpan> resolved = new ArrayList<>();
    /** Persons who were salient, most recent last, each once. */
    private final List<Entity> earlierSalient = new ArrayList<>();
    private Entity salientOrganization;
    /** A person known only by a description of one sex ("a spokeswoman", "her son") who spoke after anyone named. */
    private Entity describedSpeaker;
    private int describedGender;
    /** The organisation last named as the subject of a sentence that quoted nobody: what "the operator" may mean next. */
    private Entity subjectOrganization;

    public SpeakerResolver(AnnotatedText t, EntityRegistry registry, MentionIndex mentions, List<Mention> speakingSubjects,
                           List<QuoteSpan> quotes) {
        this.t = t;
        this.registry = registry;
        this.mentions = mentions;
        this.speakingSubjects = speakingSubjects;
        this.inContent = new boolean[t.size()];
        for (QuoteSpan q : quotes) {
            // what a court heard is the article's account of the case, whose people the article goes on talking about
            if (q.absorbed() || heardByTheCourt(q)) continue;
            for (int i = q.outerStart(); i < q.outerEnd(); i++) inContent[i] = true;
        }
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Words.setOf("his", "her");
    private static final Set<String> MALE = Words.setOf("he", "his", "him", "himself", "mr", "mr.");
    private static final Set<String> FEMALE = Words.setOf("she", "her", "hers", "herself", "mrs", "mrs.", "ms", "ms.", "miss", "madam", "mdm", "mdm.");

    /** Per person, evidence of grammatical gender: positive for "he", negative for "she", 0 unknown. */
    private final Map<Entity, Integer> gender = new IdentityHashMap<>();

    /**
     * A person's gender as the article shows it: the title before the name ("Mrs."), a gendered role
     * ("spokeswoman"), or the first personal pronoun after the name before any other name.
     */
    private void learnGenders() {
        List<Mention> names = mentions.names();
        for (int n = 0; n < names.size(); n++) {
            Mention m = names.get(n);
            Entity e = registry.entityOf(m);
            if (e == null || e.kind() != SpeakerKind.PERSON) continue;
            int g = 0;
            // "His daughter, Frances Quayle": a possessive before the role is someone else's sex, the role noun is hers
            for (int k = m.start(); k < m.coreStart(); k++) {
                if (!POSSESSIVE_PRONOUNS.contains(t.token(k).lower())) g += genderOf(t.token(k).lower());
            }
            String role = m.role() == null ? "" : m.role().toLowerCase(Locale.ROOT);
            g += WordClasses.gender(lastWord(role.isEmpty() ? "-" : role));
            if (g == 0) {
                int limit = Math.min(t.size(), m.extendedEnd() + 25);
                for (int next = n + 1; next < names.size(); next++) {
                    // "Joe Barbaro, who grows citrus near Leeton. He ...": a place or an organisation is no "he"
                    Entity other = registry.entityOf(names.get(next));
                    if (other == null || other == e || other.kind() == SpeakerKind.PERSON) {
                        limit = Math.min(limit, names.get(next).start());
                        break;
                    }
                }
                int sentenceEnd = t.sentence(t.sentenceOf(m.start())).end();
                for (int k = m.extendedEnd(); k < limit; k++) {
                    if (t.token(k).kind() != TokenKind.WORD) continue;
                    // "Lumora on Tuesday unveiled its first pair of glasses": a one-word name that is an "its"
                    if (t.token(k).is("its") && k < sentenceEnd && e.role() == null && e.nameTokens().size() == 1
                            && m.start() == m.coreStart() && gender.getOrDefault(e, 0) == 0) {
                        e.setKind(SpeakerKind.ORGANIZATION);
                        break;
                    }
                    // "Judge Ray Okafor ordered her to repay": an object pronoun is someone else, no evidence
                    if (objectPronoun(k)) continue;
                    g = genderOf(t.token(k).lower());
                    if (g != 0) {
                        // "Desmond Kerr argues ... Blakely asked her whether she": a pronoun inside a sentence may be
                        // another's, so a given name of one sex outweighs it; one opening a sentence ("She said") does not
                        int given = givenNameSex(e);
                        // nor one opening a later paragraph when someone of its sex was named before ("Dr Koroi said ...
                        // Her co-author, Professor Ian Marsh, agreed." / "She said ..."): she is more likely that one
                        if (given != 0 && g != given && (t.sentence(t.sentenceOf(k)).start() != k
                                || t.paragraphOf(k) > t.paragraphOf(m.start()) && namedBeforeWithSex(g, n, names, e))) {
                            g = given;
                        }
                        break;
                    }
                }
                if (g == 0 && hasGivenName(e)) g = subjectPronounBeforeNextPerson(m.extendedEnd(), limit, n, names);
                if (g == 0) {
                    g = givenNameSex(e);
                    if (g != 0 && !gender.containsKey(e)) sexOnlyFromGivenName.add(e);
                    else if (g == 0) continue;
                } else {
                    sexOnlyFromGivenName.remove(e);
                }
            } else {
                sexOnlyFromGivenName.remove(e);
            }
            if (g != 0 && e.kind() == SpeakerKind.PERSON) gender.merge(e, Integer.signum(g), Integer::sum);
        }
    }

    /**
     * "Chair Ana Feld said the deal protected customers from ... .¶"Not one dollar ...," she said.": when the person
     * named at names[n] is a speaking subject and the next paragraph opens with a quotation whose attribution is a bare
     * "he" or "she" and no other person is named before it, that pronoun gives the person's sex; 0 otherwise.
     */
    private int subjectPronounBeforeNextPerson(int from, int searched, int n, List<Mention> names) {
        Mention m = names.get(n);
        if (from >= t.size() || speakingSubjects.stream().noneMatch(s -> s.start() == m.start())) return 0;
        int paragraph = t.paragraphOf(from);
        if (paragraph + 1 >= t.paragraphs().size()) return 0;
        Range next = t.paragraph(paragraph + 1);
        if (t.token(next.start()).kind() != TokenKind.QUOTE) return 0;
        int end = next.end();
        for (int k = n + 1; k < names.size(); k++) {
            if (registry.entityOf(names.get(k)) == registry.entityOf(m)) continue;
            end = Math.min(end, names.get(k).start());
            break;
        }
        for (int k = Math.max(next.start() + 1, searched); k < end; k++) {
            Token y = t.token(k);
            if (inContent[k] || y.kind() == TokenKind.QUOTE || y.isPunct(',')) continue;
            if (y.is("he")) return 1;
            if (y.is("she")) return -1;
            return 0;
        }
        return 0;
    }

    /**
     * "Dora Kovac, Morvania's minister of planning, ... Her deputy, Ivo Haller, said": a deputy, spokesman or aide
     * introduced by "his" or "her" works where that person does, the last person of that sex named before; "its
     * president", "the group's president" is of the last organisation named.
     */
    private void learnOwnersAffiliations() {
        List<Mention> names = mentions.names();
        for (int n = 0; n < names.size(); n++) {
            Mention m = names.get(n);
            Entity e = registry.entityOf(m);
            // an owner in lower case ("the charity's") is a stand-in for the organisation named before, if any
            boolean kindOnly = e != null && e.affiliation() != null && e.affiliation().equals(e.affiliation().toLowerCase(Locale.ROOT));
            if (m.owner() == null || e == null || e.kind() != SpeakerKind.PERSON || e.affiliation() != null && !kindOnly) continue;
            boolean organisation = m.owner().equals("its");
            int want = genderOf(m.owner());
            for (int k = n - 1; k >= 0; k--) {
                Entity owner = registry.entityOf(names.get(k));
                if (owner == null || owner == e) continue;
                if (organisation) {
                    // "The Quarnian Judges' Association said ... said its president, Judge Sara Conte": the
                    // organisation of this paragraph or the one before
                    if (t.paragraphOf(names.get(k).start()) < t.paragraphOf(m.start()) - 1) break;
                    if (owner.kind() != SpeakerKind.ORGANIZATION) continue;
                    e.replaceAffiliation(owner.name());
                    break;
                }
                if (owner.kind() != SpeakerKind.PERSON || !compatible(owner, want)) continue;
                if (owner.affiliation() != null && e.affiliation() == null) e.learnAffiliation(owner.affiliation());
                break;
            }
        }
    }

    /** The sex of the person's given name when the name has a surname too: one word may be a surname alone. */
    private static int givenNameSex(Entity e) {
        return GivenNames.sex(givenName(e));
    }

    /** The first word of a name of two words or more ("Jason" of "Jason Ellery"), else {@code null}. */
    private static String givenName(Entity e) {
        String name = e.name();
        int end = 0;
        while (end < name.length() && !Character.isWhitespace(name.charAt(end)) && name.charAt(end) != '\u00A0') end++;
        return end > 0 && end < name.length() ? name.substring(0, end) : null;
    }

    private static boolean hasGivenName(Entity e) {
        return GivenNames.isGivenName(givenName(e));
    }

    /** Persons whose sex only their given name tells: no sign yet that the name is a person's rather than a business's. */
    private final Set<Entity> sexOnlyFromGivenName = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private static final Set<String> OBJECT_FOLLOWERS = Words.setOf("and", "but", "or", "to", "that", "as", "when", "if");

    /** "him", or "her" not followed by the noun it would own ("ordered her to", "forgiven her but"): an object. */
    private boolean objectPronoun(int k) {
        if (t.token(k).is("him")) return true;
        if (!t.token(k).is("her")) return false;
        if (k + 1 >= t.size() || !t.token(k + 1).isLowerWord()) return true;
        String next = t.token(k + 1).lower();
        return Lexicon.PREPOSITIONS.contains(next) || OBJECT_FOLLOWERS.contains(next);
    }

    /**
     * The person a document's words are quoted from: "the statement said, quoting chief operating officer Marisol
     * Reid" (a name within six words after "quoting", itself right after the verb), or {@code null}.
     */
    private Entity quotedInDocument(Mention m) {
        int end = t.sentence(t.sentenceOf(m.start())).end();
        for (int k = m.end(); k < end && k <= m.end() + 3; k++) {
            if (!t.token(k).is("quoting")) continue;
            for (Mention n : mentions.names()) {
                if (n.coreStart() > k && n.coreStart() <= k + 6 && n.end() <= end
                        && registry.entityOf(n) instanceof Entity e && e.kind() == SpeakerKind.PERSON) return e;
            }
            return null;
        }
        return null;
    }

    /** Officers named for what a body of theirs does: "inspectors" of an inspectorate, "auditors" of an audit office. */
    private static final Set<String> OFFICERS = Words.setOf("inspectors", "auditors", "regulators", "investigators",
            "examiners", "assessors", "prosecutors");

    /**
     * The organisation named before {@code m} whose name has a word made from the officers' work ("the inspectors":
     * "HM Inspectorate of Prisons", "the auditors": "Audit Scotland"), the latest one; {@code null} when none is.
     */
    private Entity bodyOfOfficers(Mention m) {
        String head = m.head();
        if (head == null || !OFFICERS.contains(head) || !t.token(m.start()).is("the")) return null;
        String stem = head.substring(0, head.length() - 3);
        Entity found = null;
        for (Mention n : mentions.names()) {
            if (n.start() >= m.start()) break;
            if (!(registry.entityOf(n) instanceof Entity e) || e.kind() != SpeakerKind.ORGANIZATION) continue;
            for (String w : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.startsWith(stem)) found = e;
            }
        }
        return found;
    }

    /** Whether a person other than {@code e} named among the first {@code n} names is known to be of sex {@code sex}. */
    private boolean namedBeforeWithSex(int sex, int n, List<Mention> names, Entity e) {
        for (int p = 0; p < n; p++) {
            Entity other = registry.entityOf(names.get(p));
            if (other == null || other == e || other.kind() != SpeakerKind.PERSON) continue;
            int known = gender.getOrDefault(other, 0);
            if (Integer.signum(known != 0 ? known : givenNameSex(other)) == sex) return true;
        }
        return false;
    }

    private static int genderOf(String lower) {
        return MALE.contains(lower) ? 1 : FEMALE.contains(lower) ? -1 : 0;
    }

    private boolean compatible(Entity e, int want) {
        int g = gender.getOrDefault(e, 0);
        return g == 0 || Integer.signum(g) == want;
    }

    private SpeakerRanker ranker;

    /** Lets the learned ranker reconsider the quotes the sieves attributed weakly or not at all. */
    public SpeakerResolver withRanker(SpeakerRanker ranker) {
        this.ranker = ranker;
        return this;
    }

    /** Who a pronoun would resolve to now, without resolving it: for the ranker's features. */
    Entity pronounReferent(Mention m) {
        return pronoun(m);
    }

    /** Evidence of a person's grammatical gender: positive for "he", negative for "she", 0 unknown. */
    int gender(Entity e) {
        return gender.getOrDefault(e, 0);
    }

    public void resolve(List<QuoteSpan> quotes) {
        learnGenders();
        learnOwnersAffiliations();
        SpeakerRanker.Session ranked = ranker == null ? null : ranker.session(t, mentions, registry, this, quotes);
        List<QuoteSpan> ordered = new ArrayList<>(quotes);
        ordered.sort(Comparator.comparingInt(this::anchor));
        int qi = 0;
        for (int si = 0; si < t.sentences().size(); si++) {
            boolean spoke = false;
            while (qi < ordered.size() && t.sentenceOf(anchor(ordered.get(qi))) == si) {
                QuoteSpan q = ordered.get(qi++);
                if (ranked != null) ranked.reconsider(q);
                Entity e = resolveOne(q);
                q.setSpeaker(e);
                resolved.add(q);
                if (ranked != null) ranked.spoke(q, e);
                if (e != null && q.mention() != null) {
                    spoke = true;
                    if (e.kind() == SpeakerKind.PERSON) {
                        if (!registry.isDescribed(e)) makeSalient(e);
                        else if (q.mention().kind() == Mention.Kind.DESCRIPTION) {
                            int sex = describedSex(q.mention());
                            if (sex == 0) sex = reportedSubjectSex(q);
                            if (sex != 0 && (someoneNew(q.mention()) || !personNamedJustBefore(q.mention().start(), sex))) {
                                describedSpeaker = e;
                                describedGender = sex;
                            } else if (sex == 0 && someoneNew(q.mention()) && q.mention().head() != null
                                    && WordClasses.isPersonNoun(q.mention().head())) {
                                // "a senior player, requesting anonymity, told Dawn ... / he said": a person of
                                // either sex, the one a pronoun of the next paragraph means before anyone named
                                describedSpeaker = e;
                                describedGender = 0;
                            }
                        }
                    } else {
                        salientOrganization = e;
                        // "A spokeswoman for the university said ... / She added": the body she spoke for
                        int sex = spokespersonSex(q.mention());
                        if (sex != 0) {
                            describedSpeaker = e;
                            describedGender = sex;
                        }
                    }
                }
            }
            if (!spoke) updateFromSubject(t.sentence(si));
        }
    }

    private static final Set<String> HONORIFIC_TITLES = Words.setOf("dr", "prof", "mr", "mrs", "ms", "miss");

    /** The person named right after a description, set off by a comma or not ("a spokesperson, Jane Doe,"), else null. */
    private Entity apposedPerson(Mention m) {
        int next = m.end() < t.size() && t.token(m.end()).isPunct(',') ? m.end() + 1 : m.end();
        // "Dr Jane Doe": a form of address before the name
        if (next + 1 < t.size() && HONORIFIC_TITLES.contains(t.token(next).lower().replace(".", ""))) {
            next += t.token(next + 1).isPunct('.') ? 2 : 1;
        }
        Mention name = next < t.size() ? mentions.nameAt(next) : null;
        Entity named = name == null ? null : registry.entityOf(name);
        return named != null && named.kind() == SpeakerKind.PERSON ? named : null;
    }

    /**
     * "Aldermoor Chamber of Trade said ... / The chamber said": "the" and a noun no person is called by, which a name of
     * an organisation the article gave before holds, is that organisation; {@code null} otherwise.
     */
    private Entity organisationCalledBy(Mention m) {
        String head = m.head();
        if (head == null || m.end() - m.start() != 2 || !t.token(m.start()).is("the") || m.organization()
                || WordClasses.mayNamePerson(head) || WordClasses.isPersonPlural(head) || DOCUMENTS.contains(head)) return null;
        Entity found = null;
        for (Entity e : registry.namedOrganisations()) {
            if (e.firstToken() < m.start() && hasWord(e.name().toLowerCase(Locale.ROOT), head) && !headCoordinated(e, head)
                    && (found == null || e.lastToken() > found.lastToken())) found = e;
        }
        return found;
    }

    private static final Set<String> POLICE_WORDS = Words.setOf("police", "constabulary");

    /**
     * "West Midlands Police said ... / according to police", "the force said": plain "police" or "the force" is the
     * police force the article named last, by a name holding "Police" or "Constabulary"; {@code null} otherwise.
     */
    private Entity policeForce(Mention m) {
        String head = m.head();
        boolean plain = m.end() - m.start() == 1 || m.end() - m.start() == 2 && t.token(m.start()).is("the");
        if (head == null || !plain || !(POLICE_WORDS.contains(head) || head.equals("force") && t.token(m.start()).is("the"))) return null;
        Entity found = null;
        for (Mention n : mentions.names()) {
            if (n.start() >= m.start()) break;
            Entity e = registry.entityOf(n);
            if (e == null || n.end() - n.start() < 2 && !e.name().contains(" ")) continue;
            for (String w : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (POLICE_WORDS.contains(w)) found = e;
            }
        }
        if (found != null && found.kind() == SpeakerKind.PERSON) found.setKind(SpeakerKind.ORGANIZATION);
        return found;
    }

    /**
     * "Gold miner Redstone Resources", "Penny Lane Stores, the discounter," and later "the miner", "the discounter": a
     * plain definite description whose noun the article wrote earlier as the lower-case title of a name, or set beside a
     * name after a comma, means the entity of that name when it reads as a business's (an organisation, or a name ending
     * in an ordinary word) and holds no given name unless the noun cannot name a person (a person is the person rules'
     * business). The use nearest before the description wins; {@code null} when there is none.
     */
    private Entity introducedAs(Mention m) {
        String head = m.head();
        if (head == null || m.organization() || !t.token(m.end() - 1).lower().equals(head) || t.token(m.end() - 1).isCapitalized()) return null;
        List<Integer> uses = writtenAt(lowerWords(), head);
        for (int u = countBefore(uses, m.start()) - 1; u >= 0; u--) {
            int k = uses.get(u);
            if (k < m.start() - LOOK_BACK_TOKENS) break;
            if (inContent[k] || t.token(k).isCapitalized() || k >= m.start()) continue;
            Entity named = null;
            Mention after = k + 1 < t.size() ? mentions.nameAt(k + 1) : null;
            if (after != null) named = registry.entityOf(after);
            if (named == null) named = namedBefore(k);
            if (named == null && k + 2 < t.size() && t.token(k + 1).is("the") && mentions.nameAt(k + 2) != null) {
                named = registry.entityOf(mentions.nameAt(k + 2));
            }
            boolean business = named != null && (named.kind() == SpeakerKind.ORGANIZATION || named.nameTokens().size() > 1
                    && WordClasses.isOrdinaryWord(lastWord(named.name()).toLowerCase(Locale.ROOT)));
            // "Penny Lane Stores, the discounter": a noun that never names a person says a given name is none
            if (business && !place(named) && (!hasGivenName(named) || !WordClasses.mayNamePerson(head))) {
                if (named.kind() == SpeakerKind.PERSON) named.setKind(SpeakerKind.ORGANIZATION);
                return named;
            }
        }
        return null;
    }

    /** "Penny Lane Stores, the (discount) grocer": the entity of the name ending at the comma before the phrase holding {@code noun}. */
    private Entity namedBefore(int noun) {
        // set beside the name, the phrase closes before the sentence goes on ("Tehran, the spokesman said" is no apposition)
        if (noun + 1 >= t.size() || !(t.token(noun + 1).isPunct(',') || t.token(noun + 1).isPunct(')') || t.token(noun + 1).isTerminal())) return null;
        int k = noun - 1;
        int floor = Math.max(0, noun - 4);
        while (k > floor && t.token(k).isLowerWord() && !Lexicon.isDeterminer(t.token(k).lower())) k--;
        if (k <= 1 || !Lexicon.isDeterminer(t.token(k).lower()) || !t.token(k - 1).isPunct(',')) return null;
        for (Mention n : mentions.names()) {
            if (n.start() >= k) break;
            if (n.coreEnd() == k - 1 || n.end() == k - 1) return registry.entityOf(n);
        }
        return null;
    }

    private static final Set<String> HONORIFICS = Words.setOf("honour", "honor", "worship", "lordship", "ladyship");
    private static final Set<String> ADDRESSING = Words.setOf("his", "her", "your");
    private static final Set<String> PRESIDING = Words.setOf("judge", "justice", "magistrate", "coroner", "sheriff", "recorder");

    /** "her Honour", "His Lordship": a form of address for whoever presides, not a name. */
    private boolean honorific(Mention m) {
        return m.coreEnd() - m.coreStart() == 1 && HONORIFICS.contains(t.token(m.coreStart()).lower()) && m.coreStart() > 0
                && ADDRESSING.contains(t.token(m.coreStart() - 1).lower());
    }

    /** The person named last before the mention whose stated role presides over a court ("Judge Helen Marsh"), or {@code null}. */
    private Entity presidingPerson(Mention m) {
        Entity best = null;
        for (Entity e : registry.entities()) {
            if (e.kind() != SpeakerKind.PERSON || e.statedRole() == null || e.firstToken() >= m.start()) continue;
            boolean presides = false;
            for (String w : plainRole(e.statedRole()).split("[\\s,]+")) presides |= PRESIDING.contains(w);
            if (presides && (best == null || e.lastToken() > best.lastToken())) best = e;
        }
        return best;
    }

    /** How far back a description may repeat the words it was set beside: a long article's length, in tokens. */
    private static final int LOOK_BACK_TOKENS = 5_000;

    /** The person named right after an earlier use of the same words of a person noun ("His wife, Bec Fairweather,"). */
    private Entity apposedEarlier(Mention m) {
        if (m.head() == null || m.organization() || !WordClasses.isPersonNoun(m.head())) return null;
        int n = m.end() - m.start();
        // found through the uses of its last word (the noun, rarer than "the" or "his"), within an article's length
        List<Integer> uses = writtenAt(lowerWords(), t.token(m.end() - 1).lower());
        for (int u = countBefore(uses, m.start()) - 1; u >= 0; u--) {
            int k = uses.get(u) - (n - 1);
            if (k < m.start() - LOOK_BACK_TOKENS) break;
            if (k < 0 || inContent[k]) continue;
            boolean same = true;
            for (int j = 1; j < n && same; j++) same = t.token(k + j).lower().equals(t.token(m.start() + j).lower());
            if (!same || k + n + 1 >= t.size() || !t.token(k + n).isPunct(',')) continue;
            Mention name = mentions.nameAt(k + n + 1);
            Entity named = name == null ? null : registry.entityOf(name);
            if (named != null && named.kind() == SpeakerKind.PERSON) return named;
        }
        return null;
    }

    /**
     * The sex a description gives its person: its head ("a spokeswoman"), else a noun or pronoun inside the phrase
     * ("Another caller, an elderly woman who did not give her name"); 0 when it gives none.
     */
    private int describedSex(Mention m) {
        int g = m.head() == null ? 0 : WordClasses.gender(m.head());
        for (int k = m.start(); g == 0 && k < m.end(); k++) {
            String l = t.token(k).lower();
            g = WordClasses.isPersonNoun(l) ? WordClasses.gender(l) : genderOf(l);
        }
        // "Another rider, who asked not to be named because she works for the state, said": the clause about them says
        int k = m.end();
        if (g == 0 && k + 1 < t.size() && t.token(k).isPunct(',') && t.token(k + 1).is("who")) {
            int sentenceEnd = t.sentence(t.sentenceOf(m.start())).end();
            for (int j = k + 2; j < sentenceEnd && j - k <= 20 && g == 0; j++) {
                if (t.token(j).isPunct(',')) break;
                String l = t.token(j).lower();
                if (l.equals("he") || l.equals("she") || l.equals("his") || l.equals("her")) g = genderOf(l);
            }
        }
        return g;
    }

    /**
     * The unnamed person an indefinite description with the same noun made speak in this paragraph or the one before
     * ("A PCB spokesman said" for "the spokesman"), when nobody has spoken since; {@code null} otherwise.
     */
    private Entity introducedUnnamed(Mention m) {
        for (int i = resolved.size() - 1; i >= 0; i--) {
            QuoteSpan r = resolved.get(i);
            Mention d = r.mention();
            if (d == null || r.speaker() == null || d.start() >= m.start()) continue;
            boolean same = d.kind() == Mention.Kind.DESCRIPTION && someoneNew(d) && m.head().equals(d.head())
                    && registry.isDescribed(r.speaker()) && r.speaker().kind() == SpeakerKind.PERSON
                    && t.paragraphOf(d.start()) >= t.paragraphOf(m.start()) - 1;
            return same ? r.speaker() : null;
        }
        return null;
    }

    /**
     * The unnamed person who spoke last, in this paragraph or the one before, introduced by a phrase that opens with
     * "a", "one" or "another" and set beside an indefinite apposition holding the description's noun ("One resident of
     * the village, a bus driver who asked not to be named," for "the driver"); {@code null} otherwise.
     */
    private Entity describedInApposition(Mention m) {
        if (m.head() == null || resolved.isEmpty()) return null;
        QuoteSpan r = resolved.getLast();
        Mention d = r.mention();
        if (d == null || r.speaker() == null || d.start() >= m.start() || d.kind() != Mention.Kind.DESCRIPTION || !someoneNew(d)
                || !registry.isDescribed(r.speaker()) || t.paragraphOf(d.start()) < t.paragraphOf(m.start()) - 1) return null;
        int k = d.end();
        if (k + 2 >= t.size() || !t.token(k).isPunct(',') || !(t.token(k + 1).is("a") || t.token(k + 1).is("an"))) return null;
        for (int j = k + 2; j < t.size() && j - k <= 6; j++) {
            Token y = t.token(j);
            if (!y.isLowerWord() || y.is("who")) return null;
            if (y.lower().equals(m.head())) return r.speaker();
        }
        return null;
    }

    /** "a company spokesperson", "a council official": the lower-case organisation noun before the head, else null. */
    private String bodyModifier(Mention m) {
        for (String mod : m.modifiers()) {
            String l = mod.toLowerCase(Locale.ROOT);
            if (mod.equals(l) && WordClasses.isOrganisationNoun(l)) return l;
        }
        return null;
    }

    /**
     * "One driver at the depot, who did not want to be named, said he had been with the company for 19 years": a
     * reported clause opening with "he" or "she" is about its speaker, whose sex it gives; 0 when it opens otherwise.
     */
    private int reportedSubjectSex(QuoteSpan q) {
        if (q.isDirect()) return 0;
        int k = q.contentStart();
        if (k < q.contentEnd() && t.token(k).is("that")) k++;
        if (k >= q.contentEnd()) return 0;
        String l = t.token(k).lower();
        return l.equals("he") || l.equals("she") ? genderOf(l) : 0;
    }

    /** "A university spokesman", "one caller": an indefinite description introduces someone, not a person named before. */
    private boolean someoneNew(Mention m) {
        String first = t.token(m.start()).lower();
        return first.equals("a") || first.equals("an") || first.equals("another") || first.equals("one");
    }

    /** Where the quote is read: at its cue, else at its mention when that is in the quote's paragraph, else at the quote. */
    private int anchor(QuoteSpan q) {
        if (q.cueToken() >= 0) return q.cueToken();
        if (q.mention() != null && t.paragraphOf(q.mention().start()) == t.paragraphOf(q.outerStart())) return q.mention().start();
        return q.outerStart();
    }

    private Entity resolveOne(QuoteSpan q) {
        if (q.continues() != null) return q.continues().speaker();
        Mention m = q.mention();
        if (m == null) return null;
        // "The court heard that ...": the body heard it from someone the sentence does not name
        if (heardByTheCourt(q)) return null;
        Entity e = switch (m.kind()) {
            case NAME -> honorific(m) && presidingPerson(m) != null ? presidingPerson(m) : registry.entityOf(m);
            case PRONOUN -> askedBefore(q, m) instanceof Entity asked ? asked : pronoun(m);
            case DESCRIPTION -> notItsOwnPossessor(m, description(m));
        };
        if (e != null) {
            e.seenAt(m.start());
            // a document ("the ministry's statement") or an office is how the speaker spoke, not another name for it
            boolean channel = m.kind() == Mention.Kind.DESCRIPTION && (authorOf(m) != null || officeHolder(m) != null
                    || DOCUMENTS.contains(m.head()) || m.phrase() && possessorOrganisation(m) == e);
            if (m.kind() != Mention.Kind.PRONOUN && !channel) e.addAlias(m.text());
        }
        return e;
    }

    private boolean heardByTheCourt(QuoteSpan q) {
        return q.cueToken() >= 0 && t.token(q.cueToken()).is("heard");
    }

    private static final Set<String> REPLYING = Words.setOf("reply", "respond", "answer", "retort");

    /**
     * "Board member Frank Delgado asked the superintendent how much ... She replied that ...": the pronoun of a reply
     * means the one the quote before it asked, when the sex fits; {@code null} when the quote before was no question
     * put to someone.
     */
    private Entity askedBefore(QuoteSpan q, Mention m) {
        if (q.cueToken() < 0 || !REPLYING.contains(String.valueOf(SpeechVerbs.lemma(t.token(q.cueToken()).lower())))) return null;
        int want = genderOf(m.text().toLowerCase(Locale.ROOT));
        for (int i = resolved.size() - 1; i >= 0; i--) {
            QuoteSpan r = resolved.get(i);
            if (r.cueToken() < 0 || r.cueToken() >= m.start()) continue;
            if (t.paragraphOf(r.cueToken()) < t.paragraphOf(m.start()) - 1 || !"ask".equals(SpeechVerbs.lemma(t.token(r.cueToken()).lower()))) {
                return null;
            }
            Entity asked = addressee(r.cueToken() + 1, r.contentStart());
            return asked != null && asked != r.speaker() && (want == 0 || compatible(asked, want)) ? asked : null;
        }
        return null;
    }

    /**
     * Who is addressed between a verb and what it reports ("asked Halloran whether", "asked the superintendent how"):
     * the person named there, or for "the" and a person noun the person named before whose stated role holds it.
     */
    private Entity addressee(int from, int to) {
        if (to <= from || to - from > 6) return null;
        for (int k = from; k < to; k++) {
            Mention n = mentions.nameAt(k);
            if (n == null) continue;
            Entity e = registry.entityOf(n);
            return e != null && e.kind() == SpeakerKind.PERSON ? e : null;
        }
        String head = t.token(to - 1).lower();
        if (to - from < 2 || !t.token(from).is("the") || !WordClasses.mayNamePerson(head)) return null;
        Entity best = null;
        for (Entity e : registry.entities()) {
            if (e.kind() != SpeakerKind.PERSON || e.statedRole() == null || e.firstToken() >= from) continue;
            if (hasWord(plainRole(e.statedRole()), head) && (best == null || e.lastToken() > best.lastToken())) best = e;
        }
        return best;
    }

    private Entity pronoun(Mention m) {
        String l = m.text().toLowerCase(Locale.ROOT);
        // "According to him": the object form means whom "he" would
        if (Lexicon.PERSON_PRONOUNS.contains(l) || l.equals("him") || l.equals("her")) {
            int want = genderOf(l);
            // "A spokeswoman for the trust said ... / She added": the person a gendered description made speak last
            if (describedSpeaker != null && want != 0 && (want == describedGender || describedGender == 0 && spokeJustBefore(describedSpeaker, m))) {
                return describedSpeaker;
            }
            if (salientPerson != null && compatible(salientPerson, want)) return salientPerson;
            Entity previous = previousPersonName(m.start(), want);
            // "At 80 he played King Lear. The critic Jane Doe said ... / he said": someone only named in passing is
            // less likely meant than the person of that sex the article was about before
            if (previous != null && want != 0 && !earlierSalient.contains(previous) && onlyObject(previous, m.start())) {
                for (int i = earlierSalient.size() - 1; i >= 0; i--) {
                    Entity e = earlierSalient.get(i);
                    if (Integer.signum(gender.getOrDefault(e, 0)) == want) return e;
                }
            }
            return previous != null ? previous : salientPerson;
        }
        return salientOrganization != null ? salientOrganization : introducedOrganisation(m);
    }

    /**
     * "A northern river authority is suing the state over water it says was promised ... / The Tarrow River Authority
     * filed ...": before any organisation spoke, "it" in a sentence opened by an indefinite description of one means
     * the organisation named next, in that paragraph or the one after, whose name ends in the description's noun.
     */
    private Entity introducedOrganisation(Mention it) {
        if (!it.text().equalsIgnoreCase("it")) return null;
        Range s = t.sentence(t.sentenceOf(it.start()));
        int from = Dateline.contentStart(t, s);
        int to = from;
        while (to < it.start() && to - from < 8 && (t.token(to).kind() == TokenKind.WORD || t.token(to).kind() == TokenKind.NUMBER)
                && !(t.token(to).isLowerWord() && Lexicon.AUXILIARIES.contains(t.token(to).lower()))
                && !Lexicon.PREPOSITIONS.contains(t.token(to).lower())) to++;
        Mention subject = to > from + 1 && to < it.start() ? mentions.phrase(from, to) : null;
        if (subject == null || subject.kind() != Mention.Kind.DESCRIPTION || !someoneNew(subject) || subject.head() == null
                || !WordClasses.isOrganisationNoun(subject.head())) return null;
        int p = t.paragraphOf(it.start());
        for (Mention n : mentions.names()) {
            if (n.start() <= it.start() || inContent[n.start()]) continue;
            if (t.paragraphOf(n.start()) > p + 1) break;
            Entity e = registry.entityOf(n);
            if (e == null || !lastWord(e.name()).equalsIgnoreCase(subject.head()) || place(e)) continue;
            // a name that ends in a noun for an organisation is one, whatever the name finder took it for
            if (e.kind() == SpeakerKind.PERSON) e.setKind(SpeakerKind.ORGANIZATION);
            return e;
        }
        return null;
    }

    /** Whether the last quote before the mention, in its paragraph or the one before, is the entity's. */
    private boolean spokeJustBefore(Entity e, Mention m) {
        for (int i = resolved.size() - 1; i >= 0; i--) {
            QuoteSpan r = resolved.get(i);
            if (r.mention() == null || r.mention().start() >= m.start()) continue;
            return r.speaker() == e && t.paragraphOf(r.mention().start()) >= t.paragraphOf(m.start()) - 1;
        }
        return false;
    }

    /** Whether every naming of the person before {@code before} follows a verb ("he played King Lear"): an object. */
    private boolean onlyObject(Entity e, int before) {
        boolean any = false;
        for (Mention n : personNamesBefore(before)) {
            if (registry.entityOf(n) != e) continue;
            int k = n.start() - 1;
            boolean object = k >= 0 && t.token(k).isLowerWord() && !Lexicon.PREPOSITIONS.contains(t.token(k).lower())
                    && !Lexicon.isDeterminer(t.token(k).lower()) && !OBJECT_FOLLOWERS.contains(t.token(k).lower())
                    && SpeechVerbs.lemma(t.token(k).lower()) == null;
            if (!object) return false;
            any = true;
        }
        return any;
    }

    /**
     * Whether a person of a fitting sex was named outside quotes just before {@code token}, in its paragraph or the one
     * before: "their son, Tom, … / Her son said" may be that person, so the description is not taken alone.
     */
    private boolean personNamedJustBefore(int token, int want) {
        int p = t.paragraphOf(token);
        for (Mention n : personNamesBefore(token)) {
            if (t.paragraphOf(n.start()) >= p - 1 && compatible(registry.entityOf(n), want)) return true;
        }
        return false;
    }

    /** The last person named before {@code before} outside quotes. */
    private Entity lastPersonNamed(int before) {
        List<Mention> names = personNamesBefore(before);
        return names.isEmpty() ? null : registry.entityOf(names.getLast());
    }

    /** The mentions that name a person outside quotes before {@code before}, in text order. */
    private List<Mention> personNamesBefore(int before) {
        List<Mention> out = new ArrayList<>();
        for (Mention n : mentions.names()) {
            if (n.start() >= before) break;
            Entity e = registry.entityOf(n);
            if (e != null && e.kind() == SpeakerKind.PERSON && !inContent[n.start()]) out.add(n);
        }
        return out;
    }

    /** The last person named before {@code before} outside quotes whose gender fits, a known fit first. */
    private Entity previousPersonName(int before, int want) {
        Entity known = null;
        Entity unknown = null;
        Entity givenNamed = null;
        for (Mention n : personNamesBefore(before)) {
            Entity e = registry.entityOf(n);
            int g = Integer.signum(gender.getOrDefault(e, 0));
            if (g == want) known = e;
            else if (g == 0) {
                unknown = e;
                // "Jason Ellery" rather than a later "Coate Water" or "Church Lane" the name finder took for a person
                if (hasGivenName(e)) givenNamed = e;
            }
        }
        return known != null ? known : givenNamed != null ? givenNamed : unknown;
    }

    /**
     * "Dovria's finance minister" is not Dovria, nor is "Brasca's new chief executive" Brasca: a person described by
     * their post in a named body or place is never that body. Such a description stays the description.
     */
    private Entity notItsOwnPossessor(Mention m, Entity e) {
        if (e == null || m.organization() || m.head() == null || !WordClasses.isPersonNoun(m.head())) return e;
        for (int k = m.start(); k + 1 < m.end(); k++) {
            if (!(mentions.nameAt(k) instanceof Mention n) || n.coreEnd() >= m.end()
                    || t.token(n.coreEnd()).kind() != TokenKind.POSSESSIVE) continue;
            if (registry.entityOf(n) == e) return registry.described(stripDeterminer(m), SpeakerKind.PERSON, m.start());
        }
        return e;
    }

    private Entity description(Mention m) {
        // "HM Inspectorate of Prisons ... The inspectors found that ...": the officers of a body named for what they do
        if (bodyOfOfficers(m) instanceof Entity body) return body;
        // "the statement said, quoting chief operating officer Marisol Reid": the words are hers
        if (DOCUMENTS.contains(m.head()) && quotedInDocument(m) instanceof Entity quoted) return quoted;
        // "But Walsh was livid ..., insisting": a subject phrase that is exactly a name means the one it names
        if (m.phrase() && mentions.nameAt(m.start()) instanceof Mention n && n.coreEnd() == m.end()
                && registry.entityOf(n) instanceof Entity named) {
            return named;
        }
        if (t.token(m.start()).is("the") && m.head() != null && WordClasses.isPersonNoun(m.head()) && !m.organization()) {
            // "according to the zoo's curator, Dr Jane Doe": the name set beside the description
            Entity apposed = apposedPerson(m);
            if (apposed != null) return learn(apposed, m, List.of());
        }
        Entity force = policeForce(m);
        if (force != null) return force;
        Entity calledBy = organisationCalledBy(m);
        if (calledBy != null) return calledBy;
        // "His daughter, Frances Quayle, said ... / His daughter said": the person the same words were set beside before
        Entity apposedBefore = apposedEarlier(m);
        if (apposedBefore != null) return apposedBefore;
        Entity author = authorOf(m);
        if (author != null) return author;
        // "a study published in Nature", "the paper", then "the authors", "the team": unnamed researchers speak
        if (research(m)) return registry.described(RESEARCHERS, SpeakerKind.ORGANIZATION, m.start());
        String determiner = t.token(m.start()).lower();
        // "..., counsel said": a lone singular noun for a person, as court reports write it, is as definite as "the"
        if (m.end() - m.start() == 1 && t.token(m.start()).isLowerWord() && m.head() != null && WordClasses.isPersonNoun(m.head())
                && !MentionIndex.isPronoun(determiner)) {
            determiner = "the";
        }
        boolean indefinite = determiner.equals("a") || determiner.equals("an");
        if (determiner.equals("the")) {
            // "Dan Mercer, 41, ... / The 41-year-old said": the person the article gave that age
            Entity aged = personOfAge(m);
            if (aged != null) return learn(aged, m, List.of());
            // "Gold miner Redstone Resources ... / the miner said": the name the article gave that noun as its title
            Entity introduced = introducedAs(m);
            if (introduced != null) return introduced;
            // "the carrier", "the ferry operator" after the company's name: a noun that may also name a person means
            // the business when the article named one it fits
            if (!m.organization() && t.token(m.end() - 1).lower().equals(m.head()) && businessNoun(m.head())) {
                Entity named = namedOrganisation(m, stripDeterminer(m));
                if (named != null) return named;
            }
            if (!m.organization() && t.token(m.end() - 1).lower().equals(m.head())) {
                Entity business = businessOfTheSentence(m);
                if (business != null) return business;
            }
        }
        // "One resident of the village, a bus driver who ..., told ... / the driver said": the unnamed person just
        // described with that noun in apposition
        Entity apposedUnnamed = determiner.equals("the") && !m.organization() ? describedInApposition(m) : null;
        if (apposedUnnamed != null) return apposedUnnamed;
        if (!indefinite && determiner.equals("the") && !m.organization() && (WordClasses.mayNamePerson(m.head())
                || MentionIndex.demonymPerson(m.head()) || MentionIndex.isCapitalisedHead(t.token(m.end() - 1)))
                && (m.phrase() || !Lexicon.PERSON_ROLES.contains(m.head()))) {
            // "the 41-year-old owner of the bakery", "the striker": the person the article is talking about
            Entity e = definitePerson(m);
            if (e != null) return learn(e, m, List.of());
        }
        // "Detective Garda Siobhán Kearney ... the garda said": a noun no lexicon knows, from the title of someone just named
        if (determiner.equals("the") && !m.organization() && m.head() != null && !WordClasses.isOrdinaryWord(m.head())
                && !Lexicon.PERSON_ROLES.contains(m.head()) && withStatedRole(m) instanceof Entity titled) {
            return learn(titled, m, List.of());
        }
        // "the Basin Authority's own evaluation": a thing an organisation made speaks for it
        if (m.phrase() && !WordClasses.mayNamePerson(m.head()) && !WordClasses.isPersonPlural(m.head())) {
            Entity owner = possessorOrganisation(m);
            if (owner != null) return owner;
        }
        // "a coroner", "an 82-year-old farmer": a person noun WordNet knows heads the phrase, which may mean someone named
        boolean personPhrase = indefinite && m.phrase() && !m.organization() && WordClasses.mayNamePerson(m.head());
        if (m.phrase() && !personPhrase) {
            // "according to a survey released on Wednesday. / The X Institute found that ...": the document of a lede
            // is by the organisation that reports it next
            boolean document = DOCUMENTS.contains(m.head()) || m.start() + 1 < m.end() && DOCUMENTS.contains(t.token(m.start() + 1).lower());
            Entity issuer = indefinite && document ? organisationSpeakingNext(m) : null;
            if (issuer != null) return issuer;
            // "The president of Kalvia's football federation said ... / said Milan Koss, president of the Kalvian
            // Football Federation": a lede's post, named with its holder further on
            Entity holder = determiner.equals("the") && !m.organization() ? laterHolder(m) : null;
            if (holder != null) return learn(holder, m, List.of());
            int i = m.start();
            String first = t.token(i).lower();
            if (first.equals("the") || first.equals("a") || first.equals("an")) i++;
            return registry.described(t.span(i, withoutReader(m)), m.organization() ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON, m.start());
        }
        String head = m.head();
        if (DOCUMENTS.contains(head)) return issuerOf(m) instanceof Entity issuer ? issuer : filerOf(m);
        Entity holder = officeHolder(m);
        if (holder != null) return holder;
        if (m.organization() || Lexicon.GROUP_ROLES.contains(head)) {
            String name = stripDeterminer(m);
            boolean definite = t.token(m.start()).is("the");
            if (name.equalsIgnoreCase(head) && !Lexicon.GROUP_ROLES.contains(head)) {
                // "the agency": the organisation of that kind the article spoke of last
                if (salientOrganization != null && mentionsWord(salientOrganization, head) && !headCoordinated(salientOrganization, head)) {
                    return salientOrganization;
                }
                String earlier = earlierPhraseEndingIn(head, m.start());
                if (earlier != null) name = earlier;
            }
            if (definite && !Lexicon.GROUP_ROLES.contains(head)) {
                Entity named = namedOrganisation(m, name);
                if (named != null) return named;
            }
            // "..., police said. / Northamptonshire Police said the boy ...": the body the next paragraph names in full
            if (name.equalsIgnoreCase(head)) {
                Entity next = organisationSpeakingNext(m);
                if (next != null && lastWord(next.name()).equalsIgnoreCase(head)) return next;
            }
            String placed = placeOwned(name, head);
            return registry.organization(placed != null ? placed : ministryName(name, head), m.start());
        }
        List<String> affiliation = new ArrayList<>(Affiliations.keys(m.affiliation()));
        for (String mod : m.modifiers()) {
            if (Affiliations.looksLikeNationality(mod)) affiliation.add(mod);
        }
        if (indefinite) {
            // "a police spokesman" is someone new: the name set beside it ("a spokesperson, Jane Doe,"), a person named
            // later with that role ("A spokesperson says ... Jane Doe, a spokesperson"), or known by the description alone
            Entity named = apposedPerson(m);
            if (named != null) return learn(named, m, List.of());
            // "A company spokesperson said ... Opposition spokesperson Rebecca Azzopardi": a body named by its kind is
            // whose spokesperson this is; someone named later in that role for another body is not
            String body = bodyModifier(m);
            Entity later = laterWithRole(m, affiliation);
            if (later != null && body != null && !hasWord(later.name().toLowerCase(Locale.ROOT) + " " + String.valueOf(later.statedRole()).toLowerCase(Locale.ROOT)
                    + " " + String.valueOf(later.affiliation()).toLowerCase(Locale.ROOT), body)) later = null;
            // "A DfI spokesperson" speaks for the body it names, not for the next person the article names
            if (later == null && affiliation.isEmpty() && body == null) later = namedAfterLede(m);
            return later != null ? learn(later, m, affiliation) : registry.described(unnamedSpeakerName(m), SpeakerKind.PERSON, m.start());
        }
        // "the defence lawyer": the salient person if that is their stated role, else whoever's stated role it is, else
        // the salient person whose role is not known
        if (salientPerson != null && salientPerson.statedRole() != null && fits(m, affiliation, salientPerson, false)) {
            return learn(salientPerson, m, affiliation);
        }
        Entity best = null;
        for (Entity e : registry.entities()) {
            if (e.kind() != SpeakerKind.PERSON || e.statedRole() == null || e.firstToken() >= m.start()) continue;
            if (fits(m, affiliation, e, false) && (best == null || e.lastToken() > best.lastToken())) best = e;
        }
        if (best != null) return learn(best, m, affiliation);
        // "A PCB spokesman said ... / “…,” the spokesman said": the unnamed person just introduced with that noun
        Entity introduced = introducedUnnamed(m);
        if (introduced != null) return introduced;
        // "Harrowby MP Jane Doe said ... / the Labour MP said": a party or place nobody with that role was given does
        // not rule out the person just speaking in that role
        if (!affiliation.isEmpty() && salientPerson != null && salientPerson.statedRole() != null
                && fits(m, List.of(), salientPerson, false)) {
            return learn(salientPerson, m, List.of());
        }
        if (salientPerson != null && fits(m, affiliation, salientPerson, true)) return learn(salientPerson, m, affiliation);
        // "the witness" after the lawyer spoke: the person salient before whose role does not exclude it
        for (int i = earlierSalient.size() - 1; i >= 0; i--) {
            Entity e = earlierSalient.get(i);
            int want = WordClasses.gender(m.head());
            if (e != salientPerson && fits(m, affiliation, e, true) && (want == 0 || compatible(e, want))) {
                return learn(e, m, affiliation);
            }
        }
        Entity later = laterWithRole(m, affiliation);
        if (later != null) return learn(later, m, affiliation);
        // a description used before the name: the next person the article has speak
        // of the sex the description's noun gives ("A spokeswoman for ..." is no "spokesman Tom Reiner" named next)
        int sex = m.head() == null ? 0 : WordClasses.gender(m.head());
        for (Mention s : speakingSubjects) {
            if (s.start() <= m.start() || s.kind() != Mention.Kind.NAME) continue;
            Entity e = registry.entityOf(s);
            if (e != null && e.kind() == SpeakerKind.PERSON && fits(m, affiliation, e, true) && (sex == 0 || compatible(e, sex))) return learn(e, m, affiliation);
        }
        // or the next person the article is about, outside any quote
        for (Mention n : mentions.names()) {
            if (n.start() <= m.start() || inContent[n.start()]) continue;
            boolean afterPreposition = n.start() > 0 && Lexicon.PREPOSITIONS.contains(t.token(n.start() - 1).lower());
            Entity e = registry.entityOf(n);
            if (!afterPreposition && e != null && e.kind() == SpeakerKind.PERSON && fits(m, affiliation, e, true) && (sex == 0 || compatible(e, sex))) {
                return learn(e, m, affiliation);
            }
        }
        // nobody named fits: the description is all the article says of its speaker
        return registry.described(stripDeterminer(m), SpeakerKind.PERSON, m.start());
    }

    /** Kinds of place whose government owns bodies: "the city's finance department". */
    private static final Set<String> PLACE_KINDS = Words.setOf("city", "county", "town", "state", "borough", "district");

    /**
     * "the city's finance department" in an article that names the "Carverton City Council": the body of the place the
     * article named with that kind, by its proper name ("Carverton Finance Department"); {@code null} otherwise.
     */
    private String placeOwned(String name, String head) {
        String plain = name.replace('\u2019', '\'');
        int s = plain.indexOf("'s ");
        if (s < 0 || !PLACE_KINDS.contains(plain.substring(0, s).toLowerCase(Locale.ROOT))) return null;
        String body = ministryName(plain.substring(s + 3), head);
        if (body.equals(plain.substring(s + 3))) return null;
        for (Entity e : registry.namedOrganisations()) {
            String[] words = e.name().split("\\s+");
            if (words.length >= 3 && words[1].equalsIgnoreCase(plain.substring(0, s)) && Character.isUpperCase(words[0].charAt(0))
                    && !Lexicon.isDeterminer(words[0].toLowerCase(Locale.ROOT))) return words[0] + " " + body;
        }
        return null;
    }

    /**
     * "the emergency situations ministry", "the foreign ministry": a government body's proper name written in lower
     * case, as wire copy does, is kept as the name it is ("Emergency Situations Ministry"); other descriptions as written.
     */
    private static String ministryName(String name, String head) {
        if (!(head.equals("ministry") || head.equals("department")) || !name.matches("[a-z]+( [a-z]+)+")) return name;
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    /**
     * "Shares of Kuberan Securities fell after the discount broker disclosed ...": a trade's agent noun ("broker",
     * "lender", "insurer") for the organisation named earlier in the same sentence, when no person is named there.
     */
    private Entity businessOfTheSentence(Mention m) {
        String head = m.head();
        if (head == null || !t.token(m.start()).is("the") || !(head.endsWith("er") || head.endsWith("or"))
                || Lexicon.PERSON_ROLES.contains(head) || Lexicon.TITLE_WORDS.contains(head) || WordClasses.gender(head) != 0) {
            return null;
        }
        int sentence = t.sentenceOf(m.start());
        // "Rivermead Bank cut 300 jobs. / “…,” the mid-sized lender said": else the sentence before, in this
        // paragraph or the one before, when no person is named since
        for (int si = sentence; si >= Math.max(0, sentence - 1); si--) {
            if (t.paragraphOf(t.sentence(si).start()) < t.paragraphOf(m.start()) - 1) break;
            Entity found = null;
            int at = -1;
            for (Mention n : mentions.names()) {
                if (n.start() >= m.start() || t.sentenceOf(n.start()) != si) continue;
                Entity e = registry.entityOf(n);
                if (e == null) continue;
                if (e.kind() == SpeakerKind.PERSON) return null;
                // "Shares of ...": a sentence's first word alone is no business's name
                boolean word = e.nameTokens().size() == 1 && WordClasses.isOrdinaryWord(e.name().toLowerCase(Locale.ROOT));
                if (e.kind() == SpeakerKind.ORGANIZATION && !place(e) && !word && n.start() > at) {
                    found = e;
                    at = n.start();
                }
            }
            if (found != null) return found;
        }
        return null;
    }

    /** The organisation that is the named subject of a speech verb after the mention, in the next paragraph at most. */
    private Entity organisationSpeakingNext(Mention m) {
        int p = t.paragraphOf(m.start());
        Mention first = null;
        for (Mention s : speakingSubjects) {
            if (s.start() > m.start() && t.paragraphOf(s.start()) <= p + 1 && (first == null || s.start() < first.start())) first = s;
        }
        Entity e = first != null && first.kind() == Mention.Kind.NAME ? registry.entityOf(first) : null;
        return e != null && e.kind() == SpeakerKind.ORGANIZATION ? e : null;
    }

    /** The organisation named with a possessive at the start of the phrase ("The X Authority's"), else {@code null}. */
    private Entity possessorOrganisation(Mention m) {
        int from = m.start() + (Lexicon.isDeterminer(t.token(m.start()).lower()) ? 1 : 0);
        Mention n = mentions.nameAt(from);
        if (n == null || n.coreEnd() >= m.end() || t.token(n.coreEnd()).kind() != TokenKind.POSSESSIVE) return null;
        Entity e = registry.entityOf(n);
        return e != null && e.kind() == SpeakerKind.ORGANIZATION ? e : null;
    }

    /**
     * The person named before the description with the age it states: "Dan Mercer, 41," or "41-year-old Dan Mercer"
     * for "the 41-year-old (surfer)"; the one named last when several share it, {@code null} when none does.
     */
    private Entity personOfAge(Mention m) {
        String age = null;
        for (int k = m.start(); k < m.end() && age == null; k++) {
            String l = t.token(k).lower();
            if (l.endsWith("-year-old") && Character.isDigit(l.charAt(0))) age = l.substring(0, l.indexOf('-'));
        }
        if (age == null) return null;
        Entity found = null;
        for (Mention n : mentions.names()) {
            if (n.start() >= m.start()) break;
            Entity e = registry.entityOf(n);
            if (e == null || e.kind() != SpeakerKind.PERSON || inContent[n.start()]) continue;
            int c = n.coreEnd();
            boolean after = c + 2 < t.size() && t.token(c).isPunct(',') && t.token(c + 1).text().equals(age)
                    && (t.token(c + 2).isPunct(',') || t.token(c + 2).isTerminal());
            boolean before = false;
            for (int k = Math.max(0, n.start() - 1); k < n.coreStart(); k++) before |= t.token(k).lower().equals(age + "-year-old");
            if (after || before) found = e;
        }
        return found;
    }

    /**
     * "The railroad said in a statement ... / “…,” the statement said": a document named without its author was issued
     * by whoever was quoted last, within a few paragraphs, in a sentence that spoke of such a document.
     */
    private Entity issuerOf(Mention m) {
        if (!t.token(m.start()).is("the")) return null;
        int p = t.paragraphOf(m.start());
        for (int i = resolved.size() - 1; i >= 0; i--) {
            QuoteSpan q = resolved.get(i);
            int at = q.cueToken() >= 0 ? q.cueToken() : q.mention() != null ? q.mention().start() : -1;
            if (at < 0 || at >= m.start()) continue;
            if (p - t.paragraphOf(at) > 3) return null;
            if (q.speaker() == null) continue;
            Range s = t.sentence(t.sentenceOf(at));
            for (int k = s.start(); k < s.end(); k++) {
                if (!inContent[k] && t.token(k).lower().equals(m.head())) return q.speaker();
            }
        }
        return null;
    }

    /**
     * "Arden Valley Council filed an application ... / According to the court filing, ...": a document named by the
     * -ing form of a verb is by whoever was named as the subject of that verb last before it; {@code null} otherwise.
     */
    private Entity filerOf(Mention m) {
        String head = m.head();
        if (head == null || head.length() < 6 || !head.endsWith("ing") || !t.token(m.start()).is("the")) return null;
        String stem = head.substring(0, head.length() - 3);
        int best = -1;
        for (String form : List.of(stem + "ed", stem + "d")) {
            List<Integer> uses = writtenAt(lowerWords(), form);
            int n = countBefore(uses, m.start());
            for (int u = n - 1; u >= 0; u--) {
                if (!inContent[uses.get(u)]) {
                    best = Math.max(best, uses.get(u));
                    break;
                }
            }
        }
        if (best < 0) return null;
        Mention subject = mentions.endingAt(best, t.sentence(t.sentenceOf(best)));
        Entity e = subject != null && subject.kind() == Mention.Kind.NAME ? registry.entityOf(subject) : null;
        return e != null && !place(e) ? e : null;
    }

    /** "Hartmann's office said": a person's office speaks for that person. {@code null} for any other description. */
    private Entity officeHolder(Mention m) {
        if (!"office".equals(m.head())) return null;
        for (int k = m.start() + 1; k < m.end(); k++) {
            if (t.token(k).kind() != TokenKind.POSSESSIVE) continue;
            Entity e = registry.entityOf(mentions.endingAt(k, t.sentence(t.sentenceOf(k))));
            return e != null && e.kind() == SpeakerKind.PERSON ? e : null;
        }
        return null;
    }

    /**
     * A document speaks for its author: "a statement released by the Health Ministry", "a report from the agency",
     * "the ministry's statement". {@code null} when the description is no document or names no author.
     */
    private Entity authorOf(Mention m) {
        int head = -1;
        for (int k = m.start(); k < m.end(); k++) {
            if (DOCUMENTS.contains(t.token(k).lower())) {
                head = k;
                break;
            }
        }
        if (head < 0) return null;
        if (head > m.start() + 1 && t.token(head - 1).kind() == TokenKind.POSSESSIVE) return authorAt(m.start(), head - 1, m);
        for (int k = head + 1; k + 1 < m.end(); k++) {
            String l = t.token(k).lower();
            if (readBy(k)) return null;
            if (l.equals("by") || l.equals("from") || l.equals("of")) return authorAt(k + 1, m.end(), m);
        }
        return null;
    }

    /** Participles whose agent has the document, not wrote it: "seen by the Courier", "obtained by Reuters". */
    private static final Set<String> READING = Words.setOf("seen", "obtained", "viewed", "reviewed", "read", "received");

    /** Where the phrase ends without a ", seen by the Courier" that says who has the document. */
    private int withoutReader(Mention m) {
        for (int k = m.start() + 2; k + 1 < m.end(); k++) {
            if (readBy(k + 1) && t.token(k - 1).isPunct(',')) return k - 1;
        }
        return m.end();
    }

    /** "by" after a participle of reading or getting ("seen by the Courier"): the reader follows, not the author. */
    private boolean readBy(int k) {
        return t.token(k).is("by") && k > 0 && READING.contains(t.token(k - 1).lower());
    }

    private Entity authorAt(int from, int to, Mention m) {
        Range s = t.sentence(t.sentenceOf(from));
        Mention named = mentions.nameAt(from);
        if (named == null && from + 1 < to && Lexicon.isDeterminer(t.token(from).lower())) named = mentions.nameAt(from + 1);
        if (named != null && registry.entityOf(named) != null) return registry.entityOf(named);
        Mention described = mentions.startingAt(from, s);
        if (described != null && described != m && described.end() <= to) {
            Entity e = registry.entityOf(described);
            if (e != null) return e;
            if (described.kind() == Mention.Kind.DESCRIPTION) return description(described);
        }
        int start = from < to && Lexicon.isDeterminer(t.token(from).lower()) ? from + 1 : from;
        if (start >= to) return null;
        String placed = placeOwned(t.span(start, to), t.token(to - 1).lower());
        return registry.organization(placed != null ? placed : t.span(start, to), from);
    }

    /**
     * The organisation the article named that a definite description means: one whose name holds every word of it
     * ("the hydrological agency" is the "Nigeria Hydrological Services Agency", "the sheriff's office" the "Shelby County
     * Sheriff's Office"); for a plain "the company" or "the Lagos-based payments company", the organisation named last
     * whose name ends in no other kind of organisation ("Lumora", "Keewatin Nickel Corp.", not "Mine Workers Union").
     */
    private Entity namedOrganisation(Mention m, String description) {
        List<String> words = new ArrayList<>();
        for (String w : description.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s]+")) {
            if (!w.isEmpty()) words.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        List<String> modifiers = new ArrayList<>();
        for (String mod : m.modifiers()) modifiers.add(mod.toLowerCase(Locale.ROOT));
        Entity containing = null;
        Entity sharing = null;
        Entity kindOf = null;
        int kindOfMentions = 0;
        List<Entity> organisations = new ArrayList<>(registry.namedOrganisations());
        for (Entity e : registry.entities()) {
            if (mayBeOrganisation(e)) organisations.add(e);
        }
        for (Entity e : organisations) {
            if (e.firstToken() >= m.start()) continue;
            Set<String> nameWords = new java.util.HashSet<>();
            for (String w : e.nameTokens()) {
                String word = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
                nameWords.add(word);
                // "the food group" is "Castell Foods": a name's plural noun holds its singular
                if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) nameWords.add(word.substring(0, word.length() - 1));
            }
            if (nameWords.containsAll(words) && !headCoordinated(e, m.head()) && (containing == null || e.lastToken() > containing.lastToken())) {
                containing = e;
            }
            String last = lastWord(e.name()).toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            // "the railroad" may be "... Railway": two nouns for a business name the same kind of thing
            boolean otherKind = !last.equals(m.head()) && (Lexicon.ORG_WORDS.contains(last) || WordClasses.isOrganisationNoun(last))
                    && !COMPANY_FORMS.contains(last) && !(businessNoun(last) && businessNoun(m.head()))
                    && !(PUBLIC_BODIES.contains(last) && PUBLIC_BODIES.contains(m.head()))
                    && !(TEAM_FORMS.contains(last) && TEAMS.contains(m.head()));
            // "Prairies": a capitalised ordinary word alone is no business's name
            boolean ordinary = e.nameTokens().size() == 1 && WordClasses.isOrdinaryWord(last) && !e.name().equals(e.name().toUpperCase(Locale.ROOT));
            if (otherKind || ordinary || nameWordCount(e) > 4 || place(e) || onlyWhere(e)) continue;
            // "the water corporation" is "Murray Plains Water": the name holds what the description says it is for
            if (!modifiers.isEmpty() && nameWords.containsAll(modifiers) && (sharing == null || e.lastToken() > sharing.lastToken())) {
                sharing = e;
            }
            // the business the article is about: the one that spoke or was the subject last, else one named as an
            // organisation before one only taken for it, else named most often so far, else last
            int named = e == salientOrganization || e == subjectOrganization ? 1 << 20 : timesNamed(e, m.start());
            if (e.kind() == SpeakerKind.ORGANIZATION) named += 1 << 10;
            if (kindOf == null || named > kindOfMentions || named == kindOfMentions && e.lastToken() > kindOf.lastToken()) {
                kindOf = e;
                kindOfMentions = named;
            }
        }
        Entity found = containing != null ? containing : sharing != null ? sharing
                : businessNoun(m.head()) || PUBLIC_BODIES.contains(m.head()) || TEAMS.contains(m.head()) ? kindOf : null;
        // "..., the National Water Board has said. / In a release, the utility said": a noun for a business that no
        // name the article gave fits means the organisation that spoke just before
        if (found == null && businessNoun(m.head()) && spokeLast(salientOrganization, m)) found = salientOrganization;
        // "The insurer said on Tuesday ... Halden Mutual, which covers ..., said": a lede that describes a business
        // before any is named means the one named next, in the sentence after
        if (found == null && businessNoun(m.head()) && organisations.stream().noneMatch(e -> e.firstToken() < m.start())) {
            found = organisations.stream().filter(e -> e.firstToken() > m.end() && e.firstToken() - m.end() <= NAMED_NEXT
                            && e.kind() == SpeakerKind.ORGANIZATION && !place(e) && !onlyWhere(e))
                    .min(java.util.Comparator.comparingInt(Entity::firstToken)).orElse(null);
        }
        if (found != null && found.kind() == SpeakerKind.PERSON) found.setKind(SpeakerKind.ORGANIZATION);
        return found;
    }

    /** How many tokens after a business described before any is named the one it means may be named. */
    private static final int NAMED_NEXT = 40;

    /** Whether the last quote before the mention, in its paragraph or the one before, is the organisation's. */
    private boolean spokeLast(Entity e, Mention m) {
        if (e == null || e.kind() != SpeakerKind.ORGANIZATION || place(e) || resolved.isEmpty()) return false;
        QuoteSpan last = resolved.getLast();
        return last.speaker() == e && anchor(last) < m.start() && t.paragraphOf(anchor(last)) >= t.paragraphOf(m.start()) - 1;
    }

    /**
     * "Shannonside Air", "Murray Plains Water": taken for a person for want of an organisation word, but with no sign of
     * one (no "he" or "she", no person's role) and ending in an ordinary noun, as names of businesses do.
     */
    private boolean mayBeOrganisation(Entity e) {
        if (e.kind() != SpeakerKind.PERSON || gender.getOrDefault(e, 0) != 0 && !sexOnlyFromGivenName.contains(e) || e.nameTokens().size() < 2 || registry.isDescribed(e)) {
            return false;
        }
        if (!WordClasses.isOrdinaryWord(lastWord(e.name()).toLowerCase(Locale.ROOT))) return false;
        String role = e.statedRole();
        if (role == null) return true;
        // "the former Harrowgate midfielder" gives the name no post: a role that ends in no noun for a person says nothing
        String last = lastWord(role).toLowerCase(Locale.ROOT);
        return WordClasses.isOrganisationNoun(last) || !WordClasses.mayNamePerson(last) && !WordClasses.isPersonNoun(last);
    }

    /**
     * A noun for a business: one a company is called by, or one WordNet files under organisations that is no public
     * body ("airline", "utility", "carrier", not "court" or "council", which the article names when it means one).
     */
    private static boolean businessNoun(String head) {
        return COMPANY_NOUNS.contains(head) || WordClasses.isOrganisationNoun(head) && !Lexicon.ORG_WORDS.contains(head)
                && !Lexicon.ORG_ROLES.contains(head) && !Lexicon.GROUP_ROLES.contains(head) && !Lexicon.DOCUMENTS.contains(head);
    }

    /** "Ontario", "U.S.", "Lagos-based": a place, not a body that speaks. */
    private static boolean place(Entity e) {
        for (String w : e.nameTokens()) {
            String plain = w.replace(".", "");
            if (!(WordClasses.isPlaceName(w) || w.endsWith("-based") || plain.length() <= 3 && w.contains("."))) return false;
        }
        return true;
    }

    /** Names only ever written after "in" or "near" ("a firm based in Tolworth"): places, found once per article. */
    private Set<Entity> onlyWhere;

    private boolean onlyWhere(Entity e) {
        if (onlyWhere == null) {
            onlyWhere = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Entity> elsewhere = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Mention n : mentions.names()) {
                Entity named = registry.entityOf(n);
                if (named == null) continue;
                boolean where = n.start() > 0 && (t.token(n.start() - 1).is("in") || t.token(n.start() - 1).is("near"));
                if (!where && alsoWhere(n)) continue;
                if (where && !elsewhere.contains(named)) onlyWhere.add(named);
                else if (!where) {
                    elsewhere.add(named);
                    onlyWhere.remove(named);
                }
            }
        }
        return onlyWhere.contains(e);
    }

    /**
     * "on the picket line at Porth" after "depots in Porth and Aberdare": after "at" or "from" a name may be a place or
     * a body, so it neither makes nor unmakes one the article writes "in".
     */
    private boolean alsoWhere(Mention n) {
        return n.start() > 0 && (t.token(n.start() - 1).is("at") || t.token(n.start() - 1).is("from"));
    }

    /**
     * How often the article named the organisation before {@code before}: its mentions, or, when more, the times its
     * name's last word was written ("Rovers head coach Mark Delaney" names "Harlow Rovers" inside another's name).
     */
    private int timesNamed(Entity e, int before) {
        int n = 0;
        for (Mention name : mentions.names()) {
            if (name.start() >= before) break;
            if (registry.entityOf(name) == e) n++;
        }
        if (!e.name().contains(" ")) return n;
        String last = e.name().substring(e.name().lastIndexOf(' ') + 1);
        return Math.max(n, countBefore(writtenAt(exactWords(), last), before));
    }

    /*
     * Where each word is written, in text order, built once per article on first use: counting or finding a word's
     * earlier uses is then a lookup, not a scan of the article from its start at every mention (which made a 1 MB
     * article quadratic).
     */
    private Map<String, List<Integer>> exactWords;
    private Map<String, List<Integer>> lowerWords;

    private Map<String, List<Integer>> exactWords() {
        if (exactWords == null) exactWords = wordPositions(false);
        return exactWords;
    }

    private Map<String, List<Integer>> lowerWords() {
        if (lowerWords == null) lowerWords = wordPositions(true);
        return lowerWords;
    }

    private Map<String, List<Integer>> wordPositions(boolean lower) {
        Map<String, List<Integer>> at = new java.util.HashMap<>();
        for (int k = 0; k < t.size(); k++) {
            at.computeIfAbsent(lower ? t.token(k).lower() : t.token(k).text(), w -> new ArrayList<>()).add(k);
        }
        return at;
    }

    private static List<Integer> writtenAt(Map<String, List<Integer>> words, String word) {
        return words.getOrDefault(word, List.of());
    }

    /** How many of the ascending {@code positions} lie before {@code before}. */
    private static int countBefore(List<Integer> positions, int before) {
        int low = 0;
        int high = positions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (positions.get(mid) < before) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /** The words of a name that say which body it is: "Leeward Power & Light Ltd" has three ("&" and "Ltd" say none). */
    private static int nameWordCount(Entity e) {
        int n = 0;
        for (String w : e.nameTokens()) {
            String l = w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            if (!l.equals("&") && !l.equals("and") && !l.equals("of") && !l.equals("the") && !COMPANY_FORMS.contains(l)) n++;
        }
        return n;
    }

    /** Nouns a business is called by, and the legal forms that end its name ("Corp.", "Inc"). */
    private static final Set<String> COMPANY_NOUNS = Words.setOf("company", "firm", "startup", "group", "corporation",
            "business", "maker", "manufacturer", "retailer", "lender", "insurer", "carrier", "operator", "developer");
    /**
     * WordNet's "agency, government agency, bureau, office, authority" and the administrative units it files beside
     * them: "the agency" may be the "National Crime Service" as "the railroad" may be a "... Railway".
     */
    private static final Set<String> PUBLIC_BODIES = Words.setOf("agency", "bureau", "office", "authority", "service",
            "department", "administration", "commission", "directorate", "inspectorate");
    /** "the club", "the team": a side is named by its place and nickname ("Harlow Rovers"), seldom with the noun itself. */
    private static final Set<String> TEAMS = Words.setOf("club", "team");
    /** The abbreviations a club's name ends in: "Harbour View FC" is a football club. */
    private static final Set<String> TEAM_FORMS = Words.setOf("fc", "afc", "rfc");
    private static final Set<String> COMPANY_FORMS = Words.setOf("corp", "inc", "ltd", "plc", "llc", "co", "group",
            "holdings", "company", "corporation", "limited", "ag", "sa", "nv", "gmbh");

    private static String lastWord(String s) {
        String[] p = s.split("\\s+");
        return p[p.length - 1];
    }

    /** "the university" is not the "University and College Union": the noun is in the name's first half, not its head. */
    private static boolean headCoordinated(Entity e, String lowerHead) {
        String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
        // next to "and": "Chamber of Commerce and Industry" is a chamber, "Fire and Rescue" no fire
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals(lowerHead)) continue;
            if (i + 1 < words.length && (words[i + 1].equals("and") || words[i + 1].equals("&"))) return true;
            if (i > 0 && (words[i - 1].equals("and") || words[i - 1].equals("&"))) return true;
        }
        return false;
    }

    private static boolean mentionsWord(Entity e, String lowerWord) {
        if (e.name().toLowerCase(Locale.ROOT).contains(lowerWord)) return true;
        for (String a : e.aliases()) {
            if (a.toLowerCase(Locale.ROOT).contains(lowerWord)) return true;
        }
        return false;
    }

    /**
     * "A report by the statistics agency ... The agency said": the fuller noun phrase that ended in the same noun
     * before, without its determiner, or {@code null}.
     */
    private String earlierPhraseEndingIn(String head, int before) {
        for (int h = before - 1; h >= 0 && before - h < 400; h--) {
            if (inContent[h] || !t.token(h).lower().equals(head)) continue;
            int from = h;
            while (from > 0 && h - from < 5) {
                Token x = t.token(from - 1);
                if (x.kind() != TokenKind.WORD || Lexicon.isDeterminer(x.lower()) || Lexicon.PREPOSITIONS.contains(x.lower())
                        || MentionIndex.isPronoun(x.lower())) break;
                from--;
            }
            return from < h ? t.span(from, h + 1) : null;
        }
        return null;
    }

    /**
     * A news lede that speaks through a description and names the person in the next paragraph: "A 78-year-old retiree
     * told the court ... / Madam Lee Soo Hwa was testifying ...". Only when nobody was named before the description
     * (a headline aside): the first person the next two paragraphs name as a subject, outside quotes, of a fitting sex.
     */
    private Entity namedAfterLede(Mention m) {
        int p = t.paragraphOf(m.start());
        for (Mention n : mentions.names()) {
            if (n.start() >= m.start()) break;
            Entity e = registry.entityOf(n);
            boolean headline = t.paragraphOf(n.start()) == 0 && p > 0;
            if (e != null && e.kind() == SpeakerKind.PERSON && !inContent[n.start()] && !headline) return null;
        }
        int want = WordClasses.gender(m.head());
        for (Mention n : mentions.names()) {
            if (n.start() <= m.start() || inContent[n.start()]) continue;
            if (t.paragraphOf(n.start()) > p + 2) break;
            if (t.paragraphOf(n.start()) == p) continue;
            boolean afterPreposition = n.start() > 0 && Lexicon.PREPOSITIONS.contains(t.token(n.start() - 1).lower());
            Entity e = registry.entityOf(n);
            if (afterPreposition || e == null || e.kind() != SpeakerKind.PERSON) continue;
            if (!opensClause(n)) continue;
            return want == 0 || compatible(e, want) ? e : null;
        }
        return null;
    }

    /** The name (or its title) opens its sentence or the main clause after an introduction: the subject. */
    private boolean opensClause(Mention n) {
        Range s = t.sentence(t.sentenceOf(n.start()));
        int cs = Clauses.start(t, s, s.end());
        return n.start() == s.start() || n.coreStart() == s.start() || cs >= 0 && (n.start() == cs || n.coreStart() == cs);
    }

    /**
     * The person named after a definite description of a post ("the president of Kalvia's football federation"), in
     * the next three paragraphs, whose stated role is that post and whose affiliation shares the body it names.
     */
    private Entity laterHolder(Mention m) {
        if (m.head() == null || !WordClasses.mayNamePerson(m.head())) return null;
        String body = stripDeterminer(m).replaceFirst("(?i)\\b" + java.util.regex.Pattern.quote(m.head()) + "\\b", " ");
        List<String> affiliation = Affiliations.keys(body);
        Entity later = laterWithRole(m, affiliation);
        if (later == null || t.paragraphOf(later.firstToken()) > t.paragraphOf(m.start()) + 3) return null;
        return affiliation.isEmpty() && !sharesBodyWord(body, later.affiliation()) ? null : later;
    }

    /** "the coast authority" and "the Eldara Coast Authority": a lower-case noun of the body in both. */
    private static boolean sharesBodyWord(String described, String stated) {
        if (stated == null) return false;
        String other = " " + stated.toLowerCase(Locale.ROOT) + " ";
        for (String w : described.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 3 && !Lexicon.isDeterminer(w) && other.contains(" " + w + " ")) return true;
        }
        return false;
    }

    /** The first person named after the description whose stated role and affiliation fit it. */
    private Entity laterWithRole(Mention m, List<String> affiliation) {
        // "A spokeswoman for NordNetz" is not "Government spokesman Tobias Reiner" named after her
        int sex = m.head() == null ? 0 : WordClasses.gender(m.head());
        for (Entity e : registry.entities()) {
            if (e.kind() == SpeakerKind.PERSON && e.statedRole() != null && e.firstToken() > m.start() && fits(m, affiliation, e, false)
                    && ofTheSameBody(m, e) && (sex == 0 || compatible(e, sex))) {
                return e;
            }
        }
        return null;
    }

    /**
     * "A ministry official" is not "an energy analyst at Meridian Risk Advisory": a lower-case noun for an organisation
     * before the description's noun must be in the later person's role or affiliation.
     */
    private static boolean ofTheSameBody(Mention m, Entity e) {
        String stated = ((e.statedRole() == null ? "" : e.statedRole()) + " " + (e.affiliation() == null ? "" : e.affiliation())).toLowerCase(Locale.ROOT);
        for (String mod : m.modifiers()) {
            String l = mod.toLowerCase(Locale.ROOT);
            if (Character.isLowerCase(mod.charAt(0)) && WordClasses.isOrganisationNoun(l) && !WordClasses.isPersonNoun(l) && !stated.contains(l)) return false;
        }
        return true;
    }

    /**
     * A definite description of one person: the salient person when sex and stated role allow, else the last person
     * named before it who fits.
     */
    private Entity definitePerson(Mention m) {
        int want = WordClasses.gender(m.head());
        // "two goals from striker Tom Lee. Coach Dean Hart said ... the striker said": whose stated role the noun is
        // comes before who spoke last, unless the one who spoke last has that role too
        Entity titled = withStatedRole(m);
        if (titled != null && titled != salientPerson && (want == 0 || compatible(titled, want))
                && !(salientPerson != null && salientPerson.statedRole() != null && hasWord(plainRole(salientPerson.statedRole()), m.head()))) {
            return titled;
        }
        if (salientPerson != null && (want == 0 || compatible(salientPerson, want)) && roleAllows(salientPerson, m.head())) {
            return salientPerson;
        }
        // a noun of no sex ("the advocate") may mean a man or a woman: the last person named, whoever
        Entity previous = want == 0 ? lastPersonNamed(m.start()) : previousPersonName(m.start(), want);
        return previous != null && (want == 0 || compatible(previous, want)) && roleAllows(previous, m.head()) ? previous : null;
    }

    /**
     * The person named last, within the last two paragraphs, whose stated role holds the description's noun ("striker
     * Tom Lee" for "the striker"); {@code null} when nobody is.
     */
    private Entity withStatedRole(Mention m) {
        if (m.end() - m.start() != 2) return null;
        Entity best = null;
        for (Entity e : registry.entities()) {
            if (e.kind() != SpeakerKind.PERSON || e.statedRole() == null || e.firstToken() >= m.start()) continue;
            // named with it in the last few paragraphs: further back, who the article is talking about matters more
            boolean recent = t.paragraphOf(e.lastToken()) >= t.paragraphOf(m.start()) - 2;
            if (recent && hasWord(plainRole(e.statedRole()), m.head()) && (best == null || e.lastToken() > best.lastToken())) best = e;
        }
        return best;
    }

    /**
     * "the minister" is not the governor: when both the stated role and the description are functions, the role must
     * contain the description's noun. A descriptive noun ("the midfielder", "the veteran") fits a captain or a coach.
     */
    private boolean roleAllows(Entity e, String head) {
        String role = e.statedRole();
        // "Brisk Air will stop flying ... / the minister of digital affairs said": a title never describes a name with
        // no post, no given name and no words of its own yet (which may well be a business's)
        if (role == null) return !(bareWord(e) && isFunction(head))
                && !(Lexicon.TITLE_WORDS.contains(head) && !hasGivenName(e) && !namedSpeakers().contains(e));
        if (head.equals("official") || formOfAddress(role)) return true;
        String lower = plainRole(role);
        // "his partner Laura Finch" may be "the owner of the pub": a relation is no function that excludes another
        if (!isFunction(lower)) return true;
        // "the advocate" is a lawyer, so a function too: not the judge
        return lower.contains(head) || hasWord(lower, plainTitle(head))
                || !Lexicon.PERSON_ROLES.contains(head) && !Lexicon.PERSON_ROLES.contains(plainTitle(head));
    }

    /** "Dr", "Prof.": a title that says how a person is addressed, not which post excludes being "the scientist". */
    private static boolean formOfAddress(String role) {
        for (String w : role.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!w.isEmpty() && !HONORIFIC_TITLES.contains(w.replace(".", ""))) return false;
        }
        return true;
    }

    /**
     * "Brennick hospitals", "Civil liberties groups", "Residents of Lerna": one capitalised word the article never gives
     * a given name, a title or a post is no one to call "the health minister" or "the mayor". A surname the article
     * has speak ("Khatibzadeh said") is someone.
     */
    private boolean bareWord(Entity e) {
        return e.kind() == SpeakerKind.PERSON && e.nameTokens().size() == 1 && e.role() == null && e.affiliation() == null
                && !GivenNames.isGivenName(e.name()) && !namedSpeakers().contains(e);
    }

    /** The entities a name mention speaks for as the subject of a speech verb, found once per article. */
    private Set<Entity> namedSpeakers() {
        if (namedSpeakers == null) {
            namedSpeakers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Mention s : speakingSubjects) {
                if (s.kind() == Mention.Kind.NAME && registry.entityOf(s) instanceof Entity e) namedSpeakers.add(e);
            }
        }
        return namedSpeakers;
    }

    /** Whether a stated role names a function ("chief executive", "gov. governor"), not a relation ("partner"). */
    private static boolean isFunction(String plainLowerRole) {
        for (String w : plainLowerRole.split("[\\s,]+")) {
            if (Lexicon.PERSON_ROLES.contains(w) || Lexicon.TITLE_WORDS.contains(w)) return true;
        }
        return false;
    }

    /**
     * What a title is called in full and by its usual other name: "Gov." is a governor, "Justice" a judge, "counsel"
     * a lawyer. General English titles, so that "the Republican governor" finds "Gov. Ruth Almquist".
     */
    private static final Map<String, String> TITLE_FORMS = Map.ofEntries(Map.entry("gov", "governor"),
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("congressman", "representative"),
            Map.entry("congresswoman", "representative"), Map.entry("justice", "judge"), Map.entry("magistrate", "judge"),
            Map.entry("attorney", "lawyer"), Map.entry("atty", "lawyer"), Map.entry("counsel", "lawyer"),
            Map.entry("barrister", "lawyer"), Map.entry("solicitor", "lawyer"), Map.entry("advocate", "lawyer"),
            Map.entry("dr", "doctor"), Map.entry("physician", "doctor"), Map.entry("prof", "professor"),
            Map.entry("lt", "lieutenant"), Map.entry("gen", "general"), Map.entry("col", "colonel"),
            Map.entry("sgt", "sergeant"), Map.entry("det", "detective"), Map.entry("insp", "inspector"),
            Map.entry("supt", "superintendent"), Map.entry("capt", "captain"), Map.entry("cmdr", "commander"),
            Map.entry("adm", "admiral"), Map.entry("pres", "president"), Map.entry("skipper", "captain"));

    private static String plainTitle(String lowerWord) {
        String w = lowerWord.endsWith(".") ? lowerWord.substring(0, lowerWord.length() - 1) : lowerWord;
        return TITLE_FORMS.getOrDefault(w, w);
    }

    /** A stated role in lower case with every title word also in its plain form: "gov." → "gov. governor". */
    private static String plainRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && !Character.isWhitespace(lower.charAt(i)) && lower.charAt(i) != ',') continue;
            if (i > from) {
                String w = lower.substring(from, i);
                String plain = plainTitle(w);
                if (!plain.equals(w)) (out == null ? out = new StringBuilder(lower) : out).append(' ').append(plain);
            }
            from = i + 1;
        }
        return out == null ? lower : out.toString();
    }

    private Entity learn(Entity e, Mention m, List<String> affiliation) {
        if (e.role() == null) {
            StringBuilder role = new StringBuilder();
            for (String mod : m.modifiers()) {
                if (Character.isLowerCase(mod.charAt(0))) role.append(mod).append(' ');
            }
            e.learnDescribedRole(role.append(m.head()).toString());
        }
        if (e.affiliation() == null && !affiliation.isEmpty()) e.learnAffiliation(affiliation.getFirst());
        return e;
    }

    /**
     * What an unnamed speaker introduced by an indefinite description is called: "An EFL spokesperson" with the full
     * name of the body the article named for its initials ("English Football League spokesperson"), and "A spokesman"
     * right after a body spoke with that body ("spokesman for Orbit Fibre").
     */
    private String unnamedSpeakerName(Mention m) {
        String name = stripDeterminer(m);
        for (int k = m.start(); k < m.end(); k++) {
            String w = t.token(k).text();
            if (w.length() < 2 || w.length() > 8 || !w.chars().allMatch(Character::isUpperCase)) continue;
            for (Entity e : registry.namedOrganisations()) {
                if (e.firstToken() < m.start() && !e.name().equals(w) && (w.equals(EntityRegistry.initials(e.name())) || e.aliases().contains(w))) {
                    return name.replace(w, e.name());
                }
            }
        }
        boolean bare = m.end() - m.start() == 2 && m.head() != null && m.head().startsWith("spokes")
                && !(m.end() < t.size() && Lexicon.PREPOSITIONS.contains(t.token(m.end()).lower()));
        QuoteSpan last = resolved.isEmpty() ? null : resolved.getLast();
        if (bare && last != null && last.speaker() != null && (last.speaker().kind() == SpeakerKind.ORGANIZATION || mayBeOrganisation(last.speaker()))
                && !registry.isDescribed(last.speaker()) && t.paragraphOf(anchor(last)) >= t.paragraphOf(m.start()) - 1) {
            return name + " for " + last.speaker().name();
        }
        return name;
    }

    private String stripDeterminer(Mention m) {
        int i = m.start();
        if (i < m.end() && t.token(i).kind() == TokenKind.WORD && Lexicon.isDeterminer(t.token(i).lower())) i++;
        return t.span(i, m.end());
    }

    private boolean fits(Mention m, List<String> affiliation, Entity e, boolean unknownRoleFits) {
        if (!Affiliations.compatible(affiliation, Affiliations.keys(e.affiliation()))) return false;
        if (e.statedRole() == null) return unknownRoleFits && !(bareWord(e) && isFunction(m.head()));
        // "the retiree's daughter" is no retiree
        String role = plainRole(e.statedRole()).replaceAll("\\S+['\u2019]s\\b", " ");
        String head = m.head();
        boolean headFits = hasWord(role, head) || hasWord(role, plainTitle(head)) || head.equals(initials(role))
                || head.equals(initials(role + " " + bodyOfTitle(e.affiliation())))
                || (head.startsWith("spokes") && role.contains("spokes"))
                || (head.equals("diplomat") && DIPLOMATIC.stream().anyMatch(role::contains))
                || head.equals("official")
                || ((head.equals("leader") || head.equals("chief") || head.equals("head"))
                && (role.contains("leader") || role.contains("chief") || role.contains("head")));
        // "Dr Jane Doe ... the scientist": a form of address that is not the noun says no more than no role at all
        if (!headFits && formOfAddress(e.statedRole())) return unknownRoleFits;
        // "the former chief minister" is not the chief minister: a past post is held by someone else now, and does not
        // rule out a person whose post now is another ("the opposition leader"), any more than an unknown role would
        if (pastPost(m) && !hasWord(role, "former")) return !headFits && unknownRoleFits;
        if (!headFits) return false;
        // "the mayor" is not the deputy mayor: a post held under another is named with the word that says so (a
        // deputy spokesman is still "the spokesman")
        for (String under : head.startsWith("spokes") ? List.<String>of() : UNDER_ANOTHER) {
            if (!head.equals(under) && hasWord(role.replace('-', ' '), under)
                    && m.modifiers().stream().noneMatch(mod -> mod.toLowerCase(Locale.ROOT).startsWith(under))) {
                return false;
            }
        }
        // "the environment minister" is not the fisheries minister: a title's field, named on both sides, differs
        if (Lexicon.TITLE_WORDS.contains(head) && !m.modifiers().isEmpty()) {
            String field = m.modifiers().getLast().toLowerCase(Locale.ROOT);
            String[] words = role.toLowerCase(Locale.ROOT).split("\\s+");
            int at = java.util.Arrays.asList(words).indexOf(head);
            String roleField = at > 0 ? words[at - 1] : null;
            if (roleField != null && !roleField.equals(field) && field(field) && field(roleField)) return false;
        }
        // "the foreign minister" is not the finance minister; "the defence lawyer" may be any lawyer
        boolean roleHasDomain = false;
        for (String w : role.split("\\s+")) roleHasDomain |= DOMAIN_MODIFIERS.contains(w);
        for (String mod : m.modifiers()) {
            String l = mod.toLowerCase(Locale.ROOT);
            if (DOMAIN_MODIFIERS.contains(l) && !role.contains(l) && (roleHasDomain || Lexicon.TITLE_WORDS.contains(head))) return false;
            // "the Chief Justice" is not every justice: a capitalised title word belongs to the role ("the Republican
            // governor"'s party is an affiliation, compared above)
            boolean party = Affiliations.looksLikeNationality(mod) || l.equals("democratic");
            if (Character.isUpperCase(mod.charAt(0)) && Lexicon.TITLE_WORDS.contains(l) && !role.contains(l) && !party) return false;
        }
        return true;
    }

    /** Words before a title that say how or when it is held, not what it is of. */
    private static final Set<String> NOT_A_FIELD = Words.setOf("new", "former", "current", "outgoing", "incoming",
            "acting", "junior", "senior", "interim", "then", "late", "longtime", "veteran", "embattled", "chief", "prime",
            "deputy", "vice", "assistant", "associate", "shadow", "cabinet", "state", "federal", "provincial", "regional");

    /** A lower-case ordinary word before a title that names its field: "fisheries" in "the fisheries minister". */
    private static boolean field(String word) {
        return word.length() > 3 && word.chars().allMatch(Character::isLetter) && !NOT_A_FIELD.contains(word)
                && WordClasses.isOrdinaryWord(word);
    }

    /** Words that say a post is held under another of the same name: "Deputy Mayor", "vice-president". */
    private static final List<String> UNDER_ANOTHER = List.of("deputy", "vice", "assistant", "associate");

    /** "the former chief minister", "an ex-minister": a description of a post its person no longer holds. */
    private static boolean pastPost(Mention m) {
        for (String mod : m.modifiers()) {
            if (mod.equalsIgnoreCase("former")) return true;
        }
        return m.head() != null && m.head().startsWith("ex-");
    }

    /** "A spokeswoman for the university": the sex of the unnamed person speaking for the body, else 0. */
    private int spokespersonSex(Mention m) {
        int k = m.start() - 1;
        if (k - 2 < 0 || !(t.token(k).is("for") || t.token(k).is("of"))) return 0;
        int sex = WordClasses.gender(t.token(k - 1).lower());
        int d = k - 2;
        while (d > 0 && k - d <= 3 && t.token(d).isLowerWord() && !t.token(d).is("a") && !t.token(d).is("an")) d--;
        return sex != 0 && (t.token(d).is("a") || t.token(d).is("an")) ? sex : 0;
    }

    private void makeSalient(Entity e) {
        describedSpeaker = null;
        salientPerson = e;
        earlierSalient.remove(e);
        earlierSalient.add(e);
    }

    private static final String RESEARCHERS = "The researchers";
    private static final Set<String> RESEARCH_DOCUMENTS = Words.setOf("study", "paper", "studies");
    private static final Set<String> RESEARCH_GROUPS = Words.setOf("team", "authors", "researchers", "scientists");

    /**
     * A study or paper that no organisation or person is named as making ("a study from the University of X" is the
     * university's), or, once the article has spoken of one, "the team", "the authors", "the researchers".
     */
    private boolean research(Mention m) {
        boolean document = false;
        for (int k = m.start(); k < m.end() && k < m.start() + 6; k++) {
            String l = t.token(k).lower();
            if (RESEARCH_DOCUMENTS.contains(l) || l.equals("trial") && k > m.start() && t.token(k - 1).is("clinical")) document = true;
            if ((l.equals("by") || l.equals("from") || t.token(k).kind() == TokenKind.POSSESSIVE) && document) return false;
        }
        for (int k = m.start(); k < m.end(); k++) {
            if ((t.token(k).is("by") || t.token(k).is("from")) && k + 1 < m.end()
                    && (t.token(k + 1).isCapitalized() || t.token(k + 1).is("the") && k + 2 < m.end() && t.token(k + 2).isCapitalized())) return false;
        }
        if (document) return true;
        if (!t.token(m.start()).is("the") || m.head() == null || !RESEARCH_GROUPS.contains(m.head()) || m.end() - m.start() != 2) return false;
        for (int k = m.start() - 1; k >= 0; k--) {
            if (RESEARCH_DOCUMENTS.contains(t.token(k).lower()) || t.token(k).is("journal")) return true;
        }
        return false;
    }

    /** "mp" in "campaign manager" is no word of it; "minister" in "prime minister" and "co-minister" is. */
    private static boolean hasWord(String text, String word) {
        int from = 0;
        for (int i; (i = text.indexOf(word, from)) >= 0; from = i + 1) {
            boolean starts = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int end = i + word.length();
            boolean ends = end == text.length() || !Character.isLetter(text.charAt(end)) || text.startsWith("s", end);
            if (starts && ends) return true;
        }
        return false;
    }

    /**
     * "Parliament" of "Member" + "Parliament for Upper Vale": the words of an affiliation before its first preposition,
     * which with the role make a title written by its initials ("the MP"); empty when there is none.
     */
    private static String bodyOfTitle(String affiliation) {
        if (affiliation == null) return "";
        StringBuilder out = new StringBuilder();
        for (String w : affiliation.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Lexicon.PREPOSITIONS.contains(w)) break;
            out.append(w).append(' ');
        }
        return out.toString().trim();
    }

    /** "md" for "managing director": the first letters of a role's words. */
    private static String initials(String role) {
        StringBuilder out = new StringBuilder();
        for (String w : role.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) out.append(w.charAt(0));
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /**
     * Outside quotes, the subject of a sentence becomes who "he" or "she" will refer to next; failing a named subject,
     * a person the sentence introduces with a relative clause ("I sat in the kitchen of Joe Barbaro, who ...").
     */
    private void updateFromSubject(Range s) {
        if (!namedSubject(s) && !describedSubject(s)) {
            for (Mention m : mentions.namesStartingIn(s)) {
                if (inContent[m.start()]) continue;
                int after = m.extendedEnd();
                boolean relative = after + 1 < s.end() && t.token(after - 1).isPunct(',') && t.token(after).is("who")
                        || after + 1 < s.end() && t.token(after).isPunct(',') && t.token(after + 1).is("who");
                Entity e = registry.entityOf(m);
                if (relative && e != null && e.kind() == SpeakerKind.PERSON) makeSalient(e);
            }
        }
    }

    /**
     * "A mother of two, who asked not to be named, said ... / She said": a sentence opened by an indefinite description
     * of a person of one sex makes that person the one a following pronoun of that sex means.
     */
    private boolean describedSubject(Range s) {
        if (inContent[s.start()]) return false;
        Mention m = mentions.startingAt(s.start(), s);
        if (m == null) {
            // "A mother of two, who ...": the phrase up to its first comma
            int to = s.start();
            while (to < s.end() && to - s.start() < 8 && !t.token(to).isPunct(',') && !t.token(to).is("who")) to++;
            m = to < s.end() && t.token(to).isPunct(',') || to < s.end() && t.token(to).is("who") ? mentions.phrase(s.start(), to) : null;
        }
        if (m == null || m.kind() != Mention.Kind.DESCRIPTION || m.organization() || !someoneNew(m)
                || m.head() == null || !WordClasses.isPersonNoun(m.head())) return false;
        int sex = describedSex(m);
        if (sex == 0) return false;
        describedSpeaker = registry.described(stripDeterminer(m), SpeakerKind.PERSON, m.start());
        describedGender = sex;
        return true;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Words.setOf("he", "she");

    /** The subject of the sentence, when it is a name: the person becomes salient; {@code false} when none is. */
    private boolean namedSubject(Range s) {
        // "Asked whether she would run at the World Championships, Chebet laughed."
        int from = Math.max(s.start(), Clauses.start(t, s, s.end()));
        // "When Dolores Aguirre heard, she ...": a pronoun subject refers to the person the introduction named
        if (from > s.start() && Lexicon.PERSON_PRONOUNS.contains(t.token(from).lower())) from = s.start();
        for (int i = from; i < s.end(); i++) {
            if (inContent[i] || t.token(i).kind() == TokenKind.QUOTE) continue;
            // "At 80 he played King Lear": a subject pronoun before any name keeps the person it means, the name is an
            // object; no named subject, so a described one ("A mother of two, who ..., said she") may still be found
            if (SUBJECT_PRONOUNS.contains(t.token(i).lower())) return false;
            Mention m = mentions.nameAt(i);
            if (m == null) continue;
            boolean afterPreposition = m.start() > s.start() && Lexicon.PREPOSITIONS.contains(t.token(m.start() - 1).lower());
            // "..., with Alvarado voting no.": the name opening an absolute clause is the subject of its participle
            boolean absolute = afterPreposition && t.token(m.start() - 1).is("with") && m.coreEnd() < s.end()
                    && t.token(m.coreEnd()).isLowerWord() && t.token(m.coreEnd()).lower().endsWith("ing");
            boolean possessor = m.coreEnd() < t.size() && t.token(m.coreEnd()).kind() == TokenKind.POSSESSIVE;
            if (afterPreposition && !absolute || possessor) continue;
            Entity e = registry.entityOf(m);
            // "Member of Parliament for Upper Vale, Jane Doe, appealed ...": a title run set off by a comma before a
            // name is the role of that name, whatever capitalised words end it
            if (e != null && m.start() < m.coreStart() && m.coreEnd() + 1 < s.end() && t.token(m.coreEnd()).isPunct(',')
                    && mentions.nameAt(m.coreEnd() + 1) instanceof Mention apposed && !apposed.organization()
                    && registry.entityOf(apposed) instanceof Entity named && named.kind() == SpeakerKind.PERSON) {
                e = named;
            }
            // "Sunset Villa hunk Rory Quill was fined": a name that only qualifies the lower-case role of the person
            // named after it is no one, whatever the name finder took it for
            Entity qualified = e != null && e.kind() == SpeakerKind.PERSON && m.start() == m.coreStart() ? personAfterRole(m.coreEnd(), s) : null;
            if (qualified != null && qualified != e) {
                makeSalient(qualified);
                return true;
            }
            if (e != null && e.kind() == SpeakerKind.PERSON) {
                makeSalient(e);
                return true;
            }
            if (e != null && e.kind() == SpeakerKind.ORGANIZATION) {
                // "Falcons captain Owen Teller scored": the organisation only qualifies the role of the person named
                Entity member = personAfterRole(m.coreEnd(), s);
                if (member != null) {
                    makeSalient(member);
                    return true;
                }
                subjectOrganization = e;
            }
            if (e != null) return true;
        }
        return false;
    }

    /** The person named after a short run of lower-case role words from {@code k} ("captain", "chief executive"), else null. */
    private Entity personAfterRole(int k, Range s) {
        int i = k;
        while (i < s.end() && i - k < 3 && t.token(i).isLowerWord()) i++;
        if (i == k || i >= s.end() || !WordClasses.mayNamePerson(t.token(i - 1).lower())) return null;
        Mention n = mentions.nameAt(i);
        Entity e = n == null || n.organization() ? null : registry.entityOf(n);
        return e != null && e.kind() == SpeakerKind.PERSON ? e : null;
    }
}

package org.verbatim.extraction.lexicon;

import java.util.Set;

/** Closed word classes and role nouns of general news English. Nothing here is about a particular story. */
public final class Lexicon {

    private Lexicon() {
    }

    public static final Set<String> PERSON_PRONOUNS = Words.setOf("he", "she");
    public static final Set<String> GROUP_PRONOUNS = Words.setOf("they", "it", "we");

    public static final Set<String> DETERMINERS = Words.setOf("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "another", "one", "two", "three", "several", "some", "many", "both");

    public static final Set<String> PREPOSITIONS = Words.setOf("of", "in", "on", "at", "to", "for", "with", "by", "from", "about",
            "upon", "into", "onto", "over", "under", "against", "between", "among", "during", "after", "before", "since",
            "until", "through", "via", "without", "within", "toward", "towards", "across", "behind", "beyond", "like", "than",
            "as", "amid", "regarding", "including", "concerning", "despite", "per", "outside", "inside", "near", "around",
            "beside", "along", "alongside", "above", "below", "beneath", "throughout", "unlike");

    /** Words that may stand between a subject and its speech verb: "has also repeatedly said". */
    public static final Set<String> AUXILIARIES = Words.setOf("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "could", "can", "may", "might", "should", "shall", "also", "again", "once", "then", "further", "later", "earlier",
            "previously", "reportedly", "already", "often", "never", "always", "too", "just", "even", "still", "recently",
            "quickly", "separately", "not", "now", "did", "does", "do", "first", "last", "been", "however", "too");

    /** Words that may follow a speech verb before "that": "said in a statement on Monday that". */
    public static final Set<String> AFTER_VERB_LEADS = Words.setOf("in", "on", "at", "during", "late", "earlier", "later", "last",
            "this", "after", "before", "while", "via", "through", "to", "on", "from", "yesterday", "today", "tonight",
            "again", "also", "recently", "repeatedly", "publicly", "privately", "separately", "then", "afterwards",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "firmly", "strongly",
            "clearly", "explicitly", "once", "many", "several", "times", "with", "for", "in", "a", "an", "the");

    /** Capitalised words that open sentences without being names. */
    public static final Set<String> SENTENCE_STARTERS = Words.setOf("the", "a", "an", "in", "on", "at", "for", "but", "and", "or",
            "as", "after", "before", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "when", "while", "if", "although", "though", "since", "during",
            "despite", "according", "elsewhere", "meanwhile", "however", "also", "earlier", "later", "last", "next",
            "first", "second", "third", "then", "there", "here", "what", "who", "why", "how", "where", "which", "with",
            "without", "from", "to", "by", "of", "about", "among", "all", "some", "many", "most", "more", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "no", "not", "yet", "so", "because", "still",
            "even", "only", "both", "each", "every", "such", "other", "another", "instead", "now", "today", "yesterday",
            "asked", "speaking", "addressing", "referring", "touching", "commenting", "pointing", "regarding", "following",
            "under", "over", "amid", "until", "unlike", "like", "whether", "do", "does", "did", "is", "are", "was", "were",
            "will", "would", "can", "could", "should", "may", "might", "must", "let", "please", "thanks", "yes", "well",
            "unless", "upon", "toward", "towards", "against", "between", "through", "throughout", "nor", "ever", "never",
            "mr", "mrs", "ms", "dr", "date", "by", "published", "updated", "source", "photo", "image", "read", "share",
            "follow", "click", "watch", "listen", "subscribe", "related", "advertisement", "editor", "note", "update",
            "breaking", "exclusive", "opinion", "analysis", "video", "live", "categories", "tags", "posted", "reporting");

    public static final Set<String> MONTHS = Words.setOf("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    public static final Set<String> WEEKDAYS = Words.setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /** Nouns that head a description of a person who speaks: "the spokesman", "a senior official". */
    public static final Set<String> PERSON_ROLES = Words.setOf("spokesman", "spokesperson", "spokeswoman", "minister",
            "diplomat", "official", "negotiator", "president", "secretary", "ambassador", "envoy", "leader", "officer",
            "adviser", "advisor", "analyst", "expert", "lawmaker", "senator", "governor", "mayor", "commander", "director",
            "chairman", "chairwoman", "chair", "head", "representative", "lawyer", "attorney", "prosecutor", "judge",
            "counterpart", "chief", "premier", "chancellor", "candidate", "nominee", "congressman", "congresswoman",
            "coordinator", "journalist", "reporter", "correspondent", "editor", "professor", "researcher", "economist",
            "scientist", "general", "colonel", "captain", "admiral", "king", "queen", "prince", "ceo", "founder",
            "executive", "manager", "deputy", "aide", "strategist", "source", "witness", "resident", "activist",
            "member", "mp", "speaker", "justice", "cleric", "commissioner", "inspector", "delegate", "campaigner",
            "organizer", "organiser", "pollster", "consultant", "owner", "president-elect", "vice-president",
            "sheriff", "chief-of-staff", "co-founder", "whip", "physician", "doctor", "teacher", "student", "worker",
            "player", "coach", "operative", "surrogate", "staffer", "donor", "voter", "supporter", "critic", "author",
            "md", "coroner", "magistrate", "councillor", "councilor", "mla", "msp", "alderman", "alderwoman");

    /** Plural person nouns that can speak as a group: "officials said". */
    public static final Set<String> GROUP_ROLES = Words.setOf("officials", "sources", "experts", "analysts", "diplomats",
            "lawmakers", "aides", "advisers", "advisors", "critics", "residents", "witnesses", "activists", "leaders",
            "investigators", "prosecutors", "lawyers", "authorities", "researchers", "economists", "scientists",
            "supporters", "voters", "members", "observers", "organizers", "protesters", "protestors", "doctors", "police");

    /**
     * Roles held in someone else's service, so that "her deputy", "his spokesman" work where that person works:
     * deputies, spokespeople, secretaries, aides and advisers (not family, not counsel: a lawyer acts for a client
     * without belonging to the client's side).
     */
    public static final Set<String> STAFF_ROLES = Words.setOf("deputy", "spokesman", "spokeswoman", "spokesperson",
            "secretary", "undersecretary", "aide", "adviser", "advisor", "assistant", "staff", "deputies", "aides",
            "advisers", "advisors", "assistants");

    /** Nouns that head a description of an organisation that speaks: "the ministry", "the government". */
    public static final Set<String> ORG_ROLES = Words.setOf("government", "ministry", "agency", "campaign", "party",
            "administration", "regime", "council", "committee", "office", "department", "army", "military", "company",
            "court", "tribunal", "delegation", "organization", "organisation", "union", "commission", "parliament", "cabinet",
            "embassy", "group", "movement", "coalition", "board", "institute", "bank", "police", "newspaper",
            "network", "website", "report", "statement", "study", "survey", "poll", "white house", "kremlin", "firm",
            "alliance", "federation", "authority", "bureau", "foundation", "association", "senate", "house", "congress",
            "assembly", "court", "service", "ministries", "unit", "team", "club", "league", "faction", "opposition",
            "spokesman's office", "presidency", "judiciary", "media", "scheme");

    /** Documents that speak for their author: "the statement said", "a report by the agency". */
    public static final Set<String> DOCUMENTS = Words.setOf("report", "statement", "study", "survey", "poll", "document",
            "filing", "letter", "memo", "release", "post", "tweet", "analysis", "audit", "review", "ruling", "complaint",
            "lawsuit", "affidavit", "indictment", "transcript", "notice", "communique", "communiqué", "circular", "email",
            "e-mail", "bulletin", "submission", "summary", "advisory", "figures", "data", "statistics");

    /** Capitalised title words that may precede a name: "Foreign Minister", "Brigadier General". */
    public static final Set<String> TITLE_WORDS = Words.setOf("minister", "foreign", "prime", "president", "vice", "secretary",
            "spokesman", "spokesperson", "spokeswoman", "deputy", "general", "brigadier", "lieutenant", "colonel", "major",
            "captain", "admiral", "chief", "senator", "sen.", "sen", "rep", "rep.", "gov", "gov.", "governor", "ambassador",
            "special", "representative", "envoy", "director", "chairman", "chairwoman", "chair", "leader", "speaker",
            "mayor", "judge", "justice", "attorney", "dr", "mr", "mrs", "ms", "prof", "professor", "king", "queen",
            "prince", "princess", "sheikh", "pope", "commander", "chancellor", "premier", "defense", "defence", "interior",
            "finance", "economy", "health", "trade", "energy", "education", "national", "adviser", "advisor", "ceo",
            "executive", "officer", "head", "supreme", "ayatollah", "lt", "gen", "col", "sgt", "coach", "former",
            "acting", "interim", "assistant", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "lt.", "gen.", "col.", "sgt.",
            "capt.", "prof.", "rev.", "maj.", "adm.", "pres.", "atty.", "sens.", "reps.", "coun", "coun.", "madam", "mdm", "mdm.", "undersecretary", "under-secretary", "commissioner", "inspector",
            "congressman", "congresswoman", "lawmaker", "mp", "senior", "top", "political", "military", "security",
            "state", "first", "lady", "crown", "emir", "sultan", "cardinal", "bishop", "rabbi", "imam", "reverend",
            "rev", "sir", "lord", "dame", "detective", "sergeant", "officer", "chief-of-staff", "coordinator",
            "councillor", "councilor", "cllr", "cllr.", "cr", "cr.", "alderman", "alderwoman", "mla", "msp",
            "negotiator", "diplomat", "official", "counterpart", "nuclear", "affairs", "ministry", "president-elect",
            "house", "senate", "majority", "minority", "whip", "candidate", "nominee", "presidential", "democratic",
            "republican", "front-runner", "frontrunner", "businessman", "businesswoman", "billionaire", "u.s", "u.s.",
            // forms of address in Nigerian, Ghanaian and Malaysian usage, as "Mr" elsewhere
            "alhaji", "alhaja", "hajia", "mallam", "datuk", "datin", "pastor");

    /** Words that make a capitalised name an organisation or place rather than a person. */
    public static final Set<String> ORG_WORDS = Words.setOf("ministry", "council", "agency", "organization", "organisation",
            "government", "parliament", "party", "union", "committee", "department", "office", "association", "chamber",
            "commission", "inspectorate", "court", "tribunal", "bank", "company", "corporation", "corp", "inc", "ltd", "bhd", "corp.", "inc.", "ltd.", "bhd.", "pty.", "co.", "berhad", "plc", "llc", "gmbh", "pty",
            "university", "institute",
            "times", "news", "post", "journal", "press", "foundation", "fund", "army", "forces", "force", "police",
            "senate", "house", "congress", "assembly", "administration", "campaign", "republic", "kingdom", "states",
            "nations", "affairs", "center", "centre", "group", "network", "agency", "tv", "radio", "channel", "times",
            "herald", "tribune", "guardian", "reuters", "service", "services", "bureau", "authority", "federation",
            "league", "club", "fc", "afc", "rfc", "church", "school", "college", "hospital", "airport", "street", "avenue", "square",
            "city", "county", "province", "region", "state", "island", "islands", "river", "sea", "ocean", "gulf",
            "mountains", "valley", "district", "embassy", "consulate", "movement", "front", "brigade", "brigades",
            "resistance", "coalition", "alliance", "treaty", "accord", "agreement", "plan", "act", "bill", "law",
            "program", "programme", "strategy", "prison", "palace", "mosque", "cathedral", "summit", "conference",
            "convention", "olympics", "cup", "war", "revolution", "media", "magazine", "daily", "weekly", "online",
            "website", "facebook", "twitter", "youtube", "instagram", "telegram", "google", "microsoft", "apple",
            "cabinet", "secretariat", "directorate", "command", "navy", "guard", "guards", "corps", "fbi", "cia",
            "republicans", "democrats", "democratic", "republican", "committee's", "board", "trust", "society",
            "commons", "lords", "cabinet", "capitol", "hill", "white", "pentagon", "kremlin", "vatican", "downing");

    /** Lower-case particles inside personal names: "Bashar al-Assad", "Ursula von der Leyen". */
    public static final Set<String> NAME_PARTICLES = Words.setOf("al", "bin", "ibn", "van", "von", "der", "de", "da", "di",
            "du", "la", "le", "del", "dos", "das", "ben", "abu", "el");

    public static boolean isDeterminer(String lower) {
        return DETERMINERS.contains(lower);
    }
}

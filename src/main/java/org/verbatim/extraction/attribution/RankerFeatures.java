package org.verbatim.extraction.attribution;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.extraction.SpeakerKind;
import org.verbatim.extraction.lexicon.Lexicon;
import org.verbatim.extraction.lexicon.SpeechVerbs;
import org.verbatim.extraction.attribution.SpeakerRanker.Candidate;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.EntityRegistry;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.text.AnnotatedText;
import org.verbatim.extraction.text.Range;
import org.verbatim.extraction.text.Token;
import org.verbatim.extraction.text.TokenKind;

/**
 * The candidate speakers of one quote, and what a reader weighs when choosing among them: the names, pronouns and
 * descriptions of the quote's paragraph and the {@link #WINDOW} paragraphs before it, plus the speakers the article
 * has already quoted. One instance reads one document in order; {@link #spoke} tells it who each quote turned out to
 * be by, which later quotes' features use (who spoke last, how often).
 */
final class RankerFeatures {

    /** Paragraphs before the quote's own that are searched for mentions. */
    static final int WINDOW = 3;
    /** Earlier speakers offered as candidates, most recent first. */
    private static final int EARLIER_SPEAKERS = 4;

    /** The features, in the order of the model's weights. Names are what the shipped weights file lists. */
    enum Feature {
        // what the candidate is
        NAME_PERSON, NAME_ORGANISATION, PRONOUN_PERSON, PRONOUN_GROUP, DESCRIPTION_PERSON, DESCRIPTION_GROUP,
        DESCRIPTION_ORGANISATION, DOCUMENT, EARLIER_SPEAKER,
        // where it is
        BEFORE, AFTER, LOG_TOKENS_BEFORE, LOG_TOKENS_AFTER, SAME_SENTENCE, PARAGRAPHS_0, PARAGRAPHS_1, PARAGRAPHS_2,
        PARAGRAPHS_3, NEAREST_BEFORE, NEAREST_AFTER, NEAREST_NAME_BEFORE, CLOSE_BEFORE, DIRECTLY_BEFORE, INSIDE_QUOTE,
        // its syntax
        SPEECH_SUBJECT, SPEECH_SUBJECT_AT_QUOTE, SPEECH_SUBJECT_NEAR_QUOTE, CUE_IN_SENTENCE, COLON_INTRO,
        SENTENCE_SUBJECT, VERB_SUBJECT, AFTER_PREPOSITION, POSSESSIVE, ADDRESSEE, HAS_ROLE,
        // the entity it refers to
        LOG_MENTIONS, LOG_SPOKE, LAST_SPEAKER, SPOKE_NEARBY, SPOKE_IN_PARAGRAPH, LOG_PARAGRAPHS_SINCE_SPOKE, SPEAKER_RANK,
        GENDER_AGREES_WITH_LAST, GENDER_DISAGREES_WITH_LAST,
        // crossed with the kind of quote
        WHOLE_PARAGRAPH_LAST_SPEAKER, WHOLE_PARAGRAPH_PREVIOUS_PARAGRAPH, WHOLE_PARAGRAPH_SAME_PARAGRAPH,
        REPORTED_SPEECH_SUBJECT,
        // what the sieves chose
        SIEVE_EMBEDDED, SIEVE_CONTINUES, SIEVE_COLON, SIEVE_CUE, SIEVE_CONFIDENCE
    }

    static final int SIZE = Feature.values().length;

    private final AnnotatedText t;
    private final MentionIndex mentions;
    private final EntityRegistry registry;
    private final SpeakerResolver resolver;
    private final boolean[] inQuote;
    /** Per entity, token positions of its name mentions, in order. */
    private final Map<Entity, List<Integer>> namedAt = new IdentityHashMap<>();
    /** Per speaker, the last quote it spoke, most recent last. */
    private final LinkedHashMap<Entity, QuoteSpan> lastQuoteOf = new LinkedHashMap<>();
    private final Map<Entity, Integer> quotesOf = new IdentityHashMap<>();
    private Entity lastSpeaker;

    RankerFeatures(AnnotatedText t, MentionIndex mentions, EntityRegistry registry, SpeakerResolver resolver, List<QuoteSpan> quotes) {
        this.t = t;
        this.mentions = mentions;
        this.registry = registry;
        this.resolver = resolver;
        this.inQuote = new boolean[t.size()];
        for (QuoteSpan q : quotes) {
            if (q.absorbed()) continue;
            for (int i = q.outerStart(); i < q.outerEnd(); i++) inQuote[i] = true;
        }
        for (Mention m : mentions.names()) {
            Entity e = registry.entityOf(m);
            if (e != null) namedAt.computeIfAbsent(e, k -> new ArrayList<>()).add(m.start());
        }
    }

    /** The quote {@code q} was resolved to {@code speaker} (or none). */
    void spoke(QuoteSpan q, Entity speaker) {
        if (speaker == null) return;
        lastQuoteOf.remove(speaker);
        lastQuoteOf.put(speaker, q);
        quotesOf.merge(speaker, 1, Integer::sum);
        lastSpeaker = speaker;
    }

    List<Candidate> candidates(QuoteSpan q) {
        int qs = q.outerStart();
        int qe = q.outerEnd();
        int p = t.paragraphOf(qs);
        int from = t.paragraph(Math.max(0, p - WINDOW)).start();
        int to = t.paragraph(t.paragraphOf(qe - 1)).end();
        List<Mention> found = new ArrayList<>();
        Map<Mention, Boolean> seen = new IdentityHashMap<>();
        for (Mention m : mentions.names()) {
            if (m.start() >= from && m.end() <= to && !overlapsQuote(m, q)) add(found, seen, m);
        }
        for (int i = from; i < to; i++) {
            if (q.contains(i)) continue;
            Token x = t.token(i);
            if (x.kind() != TokenKind.WORD || mentions.nameAt(i) != null) continue;
            Range s = t.sentence(t.sentenceOf(i));
            String l = x.lower();
            Mention m = null;
            if (MentionIndex.isPronoun(l)) m = mentions.startingAt(i, s);
            else if (MentionIndex.isHead(l)) m = mentions.endingAt(i + 1, s);
            if (m != null && m.kind() != Mention.Kind.NAME && !overlapsQuote(m, q)) add(found, seen, m);
        }
        if (q.mention() != null && !seen.containsKey(q.mention())) add(found, seen, q.mention());
        List<Candidate> out = new ArrayList<>(found.size() + EARLIER_SPEAKERS);
        int nearestBefore = -1;
        int nearestAfter = -1;
        int nearestNameBefore = -1;
        for (Mention m : found) {
            Entity e = referent(m);
            Candidate c = new Candidate(m, null, e, mentionFeatures(q, m, e));
            out.add(c);
            int k = out.size() - 1;
            if (m.end() <= qs && t.paragraphOf(m.start()) == p) {
                if (nearestBefore < 0 || m.end() > out.get(nearestBefore).mention().end()) nearestBefore = k;
                if (m.kind() == Mention.Kind.NAME && (nearestNameBefore < 0 || m.end() > out.get(nearestNameBefore).mention().end())) nearestNameBefore = k;
            }
            if (m.start() >= qe && (nearestAfter < 0 || m.start() < out.get(nearestAfter).mention().start())) nearestAfter = k;
        }
        if (nearestBefore >= 0) {
            double[] x = out.get(nearestBefore).features();
            x[Feature.NEAREST_BEFORE.ordinal()] = 1;
            int gap = qs - out.get(nearestBefore).mention().end();
            if (gap <= 5) x[Feature.CLOSE_BEFORE.ordinal()] = 1;
            if (gap == 0) x[Feature.DIRECTLY_BEFORE.ordinal()] = 1;
        }
        markSentenceSubjects(out);
        if (nearestAfter >= 0) out.get(nearestAfter).features()[Feature.NEAREST_AFTER.ordinal()] = 1;
        if (nearestNameBefore >= 0) out.get(nearestNameBefore).features()[Feature.NEAREST_NAME_BEFORE.ordinal()] = 1;
        List<Entity> recent = new ArrayList<>(lastQuoteOf.keySet());
        for (int r = 0; r < EARLIER_SPEAKERS && r < recent.size(); r++) {
            Entity e = recent.get(recent.size() - 1 - r);
            QuoteSpan earlier = lastQuoteOf.get(e);
            out.add(new Candidate(null, earlier, e, earlierFeatures(q, earlier, e, r)));
        }
        return out;
    }

    /** Per sentence, the first candidate outside quotes that no preposition governs: who the sentence is about. */
    private void markSentenceSubjects(List<Candidate> candidates) {
        Map<Integer, Candidate> first = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            Mention m = c.mention();
            double[] x = c.features();
            if (m == null || x[Feature.INSIDE_QUOTE.ordinal()] != 0 || x[Feature.AFTER_PREPOSITION.ordinal()] != 0
                    || x[Feature.POSSESSIVE.ordinal()] != 0) continue;
            first.merge(t.sentenceOf(m.start()), c, (a, b) -> a.mention().start() <= b.mention().start() ? a : b);
        }
        for (Candidate c : first.values()) c.features()[Feature.SENTENCE_SUBJECT.ordinal()] = 1;
    }

    private static void add(List<Mention> found, Map<Mention, Boolean> seen, Mention m) {
        if (seen.put(m, Boolean.TRUE) == null) found.add(m);
    }

    private static boolean overlapsQuote(Mention m, QuoteSpan q) {
        return m.start() < q.outerEnd() && m.end() > q.outerStart();
    }

    /** The entity a candidate mention would resolve to without side effects: names and pronouns; else null. */
    private Entity referent(Mention m) {
        return switch (m.kind()) {
            case NAME -> registry.entityOf(m);
            case PRONOUN -> resolver.pronounReferent(m);
            case DESCRIPTION -> null;
        };
    }

    private double[] mentionFeatures(QuoteSpan q, Mention m, Entity e) {
        double[] x = new double[SIZE];
        int qs = q.outerStart();
        int qe = q.outerEnd();
        x[kind(m, e).ordinal()] = 1;
        boolean before = m.end() <= qs;
        boolean after = m.start() >= qe;
        if (before) {
            set(x, Feature.BEFORE, 1);
            set(x, Feature.LOG_TOKENS_BEFORE, Math.log1p(qs - m.end()));
        } else if (after) {
            set(x, Feature.AFTER, 1);
            set(x, Feature.LOG_TOKENS_AFTER, Math.log1p(m.start() - qe));
        }
        int sentence = t.sentenceOf(m.start());
        if (sentence == t.sentenceOf(qs) || sentence == t.sentenceOf(qe - 1)) set(x, Feature.SAME_SENTENCE, 1);
        int pq = t.paragraphOf(qs);
        int pm = t.paragraphOf(m.start());
        int paragraphs = Math.max(0, Math.min(3, pq - pm));
        set(x, Feature.values()[Feature.PARAGRAPHS_0.ordinal() + paragraphs], 1);
        if (inQuote[m.start()]) set(x, Feature.INSIDE_QUOTE, 1);

        int verb = verbAfter(m);
        if (verb < 0) verb = verbBefore(m);
        if (verb >= 0) {
            set(x, Feature.SPEECH_SUBJECT, 1);
            int lo = Math.min(m.start(), verb);
            int hi = Math.max(m.end(), verb + 1);
            int gap = hi <= qs ? qs - hi : lo >= qe ? lo - qe : 0;
            boolean sameParagraph = t.paragraphOf(verb) == pq || t.paragraphOf(verb) == t.paragraphOf(qe - 1);
            if (sameParagraph && gap <= 2) set(x, Feature.SPEECH_SUBJECT_AT_QUOTE, 1);
            else if (sameParagraph && gap <= 10) set(x, Feature.SPEECH_SUBJECT_NEAR_QUOTE, 1);
            if (!q.isDirect()) set(x, Feature.REPORTED_SPEECH_SUBJECT, 1);
        }
        if (cueInSentence(sentence)) set(x, Feature.CUE_IN_SENTENCE, 1);
        if (before && introducesWithColon(m, q)) set(x, Feature.COLON_INTRO, 1);
        if (verbFollows(m)) set(x, Feature.VERB_SUBJECT, 1);
        if (m.start() > 0 && t.token(m.start() - 1).isWord() && Lexicon.PREPOSITIONS.contains(t.token(m.start() - 1).lower())) {
            set(x, Feature.AFTER_PREPOSITION, 1);
        }
        if (m.coreEnd() < t.size() && t.token(m.coreEnd()).kind() == TokenKind.POSSESSIVE) set(x, Feature.POSSESSIVE, 1);
        if (m.start() > 0) {
            String lemma = SpeechVerbs.lemma(t.token(m.start() - 1).lower());
            if (lemma != null && (SpeechVerbs.takesAddressee(lemma) || lemma.equals("ask"))) set(x, Feature.ADDRESSEE, 1);
        }
        if (m.role() != null) set(x, Feature.HAS_ROLE, 1);

        if (e != null) entityFeatures(x, q, e);
        if (m.kind() == Mention.Kind.PRONOUN && lastSpeaker != null) {
            int want = pronounGender(m);
            int known = Integer.signum(resolver.gender(lastSpeaker));
            if (want != 0 && known != 0) set(x, want == known ? Feature.GENDER_AGREES_WITH_LAST : Feature.GENDER_DISAGREES_WITH_LAST, 1);
        }
        if (wholeParagraph(q)) {
            if (paragraphs == 1) set(x, Feature.WHOLE_PARAGRAPH_PREVIOUS_PARAGRAPH, 1);
            if (paragraphs == 0) set(x, Feature.WHOLE_PARAGRAPH_SAME_PARAGRAPH, 1);
        }
        if (m == q.mention()) sieve(x, q);
        return x;
    }

    private double[] earlierFeatures(QuoteSpan q, QuoteSpan earlier, Entity e, int rank) {
        double[] x = new double[SIZE];
        set(x, Feature.EARLIER_SPEAKER, 1);
        set(x, Feature.SPEAKER_RANK, rank);
        entityFeatures(x, q, e);
        if (q.continues() != null && q.continues().speaker() == e) sieve(x, q);
        return x;
    }

    private void entityFeatures(double[] x, QuoteSpan q, Entity e) {
        int qs = q.outerStart();
        int named = 0;
        for (int at : namedAt.getOrDefault(e, List.of())) {
            if (at < qs) named++;
        }
        set(x, Feature.LOG_MENTIONS, Math.log1p(named));
        int spoke = quotesOf.getOrDefault(e, 0);
        set(x, Feature.LOG_SPOKE, Math.log1p(spoke));
        if (e == lastSpeaker) {
            set(x, Feature.LAST_SPEAKER, 1);
            if (wholeParagraph(q)) set(x, Feature.WHOLE_PARAGRAPH_LAST_SPEAKER, 1);
        }
        QuoteSpan last = lastQuoteOf.get(e);
        if (last != null) {
            int since = Math.max(0, t.paragraphOf(qs) - t.paragraphOf(last.outerStart()));
            set(x, Feature.LOG_PARAGRAPHS_SINCE_SPOKE, Math.log1p(since));
            if (since <= 1) set(x, Feature.SPOKE_NEARBY, 1);
            if (since == 0) set(x, Feature.SPOKE_IN_PARAGRAPH, 1);
        }
    }

    private static void sieve(double[] x, QuoteSpan q) {
        set(x, Feature.SIEVE_CONFIDENCE, q.confidence());
        if (q.continues() != null) set(x, Feature.SIEVE_CONTINUES, 1);
        else if (q.embedded()) set(x, Feature.SIEVE_EMBEDDED, 1);
        else if (q.cueToken() >= 0 && q.confidence() < 0.75 && q.isDirect()) set(x, Feature.SIEVE_COLON, 1);
        else set(x, Feature.SIEVE_CUE, 1);
    }

    private static void set(double[] x, Feature f, double v) {
        x[f.ordinal()] = v;
    }

    private static Feature kind(Mention m, Entity e) {
        return switch (m.kind()) {
            case NAME -> (e != null ? e.kind() == SpeakerKind.ORGANIZATION : m.organization()) ? Feature.NAME_ORGANISATION : Feature.NAME_PERSON;
            case PRONOUN -> Lexicon.PERSON_PRONOUNS.contains(m.text().toLowerCase(java.util.Locale.ROOT))
                    ? Feature.PRONOUN_PERSON : Feature.PRONOUN_GROUP;
            case DESCRIPTION -> DOCUMENTS.contains(m.head()) ? Feature.DOCUMENT : m.organization() ? Feature.DESCRIPTION_ORGANISATION
                    : Lexicon.GROUP_ROLES.contains(m.head()) || m.head() != null && m.head().endsWith("s") && !m.head().endsWith("ss")
                    ? Feature.DESCRIPTION_GROUP : Feature.DESCRIPTION_PERSON;
        };
    }

    private int pronounGender(Mention m) {
        String l = t.token(m.start()).lower();
        return l.equals("he") ? 1 : l.equals("she") ? -1 : 0;
    }

    /** "X said", "X, 57, has told", "X, a spokesman, said": a speech verb right after the mention, outside quotes. */
    private int verbAfter(Mention m) {
        int k = m.extendedEnd();
        int skipped = 0;
        while (k < t.size() && skipped < 4 && t.paragraphOf(k) == t.paragraphOf(m.start())) {
            Token y = t.token(k);
            if (y.isPunct(',') || y.kind() == TokenKind.NUMBER || y.kind() == TokenKind.WORD
                    && (Lexicon.AUXILIARIES.contains(y.lower()) || y.isLowerWord() && y.lower().endsWith("ly"))) {
                k++;
                skipped++;
                continue;
            }
            break;
        }
        return isSpeechVerb(k) && t.paragraphOf(k) == t.paragraphOf(m.start()) ? k : -1;
    }

    /** "…,” said X": a speech verb right before the mention. */
    private int verbBefore(Mention m) {
        int k = m.start() - 1;
        return k >= 0 && isSpeechVerb(k) && t.sentenceOf(k) == t.sentenceOf(m.start()) ? k : -1;
    }

    private boolean isSpeechVerb(int k) {
        if (k < 0 || k >= t.size() || inQuote[k]) return false;
        Token y = t.token(k);
        return y.isLowerWord() && SpeechVerbs.lemma(y.lower()) != null && !SpeechVerbs.mayBeNoun(y.lower());
    }

    private boolean cueInSentence(int sentence) {
        Range s = t.sentence(sentence);
        for (int i = s.start(); i < s.end(); i++) {
            if (isSpeechVerb(i)) return true;
        }
        return false;
    }

    /** "Cruz called them on it: “…”": the mention is in the sentence that ends in a colon right before the quote. */
    private boolean introducesWithColon(Mention m, QuoteSpan q) {
        int k = q.outerStart() - 1;
        if (k < 0 || !t.token(k).isPunct(':')) return false;
        return t.sentenceOf(k) == t.sentenceOf(m.start()) || t.sentenceOf(k) == t.sentenceOf(m.end() - 1);
    }

    /** "Hillary shot back", "Trump groused": a lower-case word that is no function word right after the mention. */
    private boolean verbFollows(Mention m) {
        int k = m.extendedEnd();
        while (k < t.size() && t.token(k).kind() == TokenKind.WORD && Lexicon.AUXILIARIES.contains(t.token(k).lower())) k++;
        if (k >= t.size() || inQuote[k] || t.paragraphOf(k) != t.paragraphOf(m.start())) return false;
        Token y = t.token(k);
        String l = y.lower();
        return y.isLowerWord() && !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.isDeterminer(l) && !FUNCTION_WORDS.contains(l);
    }

    private static final java.util.Set<String> FUNCTION_WORDS = org.verbatim.extraction.lexicon.Words.setOf("and", "or", "but",
            "who", "whom", "whose", "which", "that", "nor", "than", "when", "where", "while", "if");
    private static final java.util.Set<String> DOCUMENTS = org.verbatim.extraction.lexicon.Words.setOf("report", "statement",
            "study", "survey", "poll", "letter", "memo", "email", "document", "release", "filing");

    private boolean wholeParagraph(QuoteSpan q) {
        Range para = t.paragraph(t.paragraphOf(q.outerStart()));
        return q.isDirect() && q.outerStart() == para.start() && q.outerEnd() >= para.end() - 1;
    }

    static String describe(double[] x) {
        StringBuilder out = new StringBuilder();
        for (Feature f : Feature.values()) {
            double v = x[f.ordinal()];
            if (v != 0) out.append(f.name().toLowerCase(java.util.Locale.ROOT)).append(v == 1 ? "" : "=" + String.format(java.util.Locale.ROOT, "%.2f", v)).append(' ');
        }
        return out.toString().trim();
    }
}

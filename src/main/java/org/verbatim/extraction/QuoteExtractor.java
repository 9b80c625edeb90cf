package org.verbatim.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.verbatim.extraction.attribution.AttributionFinder;
import org.verbatim.extraction.attribution.Interviews;
import org.verbatim.extraction.attribution.SpeakerRanker;
import org.verbatim.extraction.attribution.SpeakerResolver;
import org.verbatim.extraction.attribution.UnattributedQuotes;
import org.verbatim.extraction.mention.Entity;
import org.verbatim.extraction.mention.EntityRegistry;
import org.verbatim.extraction.mention.Mention;
import org.verbatim.extraction.mention.MentionIndex;
import org.verbatim.extraction.mention.NameFinder;
import org.verbatim.extraction.metadata.MetadataFinder;
import org.verbatim.extraction.quote.BoilerplateFilter;
import org.verbatim.extraction.quote.CompletedSentences;
import org.verbatim.extraction.quote.Dateline;
import org.verbatim.extraction.quote.Headlines;
import org.verbatim.extraction.quote.DirectQuoteFinder;
import org.verbatim.extraction.quote.InterruptedQuotes;
import org.verbatim.extraction.quote.QuoteSpan;
import org.verbatim.extraction.quote.QuotedFragments;
import org.verbatim.extraction.text.AnnotatedText;

/**
 * Rule-based quote extraction and speaker attribution for news articles. Stateless, so one instance can be shared
 * by any number of threads. Steps: tokens, paragraphs and sentences; boilerplate; quote-mark pairing; names with
 * titles; quote to mention (speech-verb sieves); mention to speaker (names, pronouns, descriptions); the parts of an
 * interrupted quotation joined.
 */
public final class QuoteExtractor {

    public static final String NAME = "verbatim-rules";
    public static final String VERSION = "1.18";

    /** Annotations of one document, for the command and the evaluation; the public result is {@link ExtractionResult}. */
    public record Annotated(AnnotatedText text, List<QuoteSpan> quotes, ExtractionResult result) {
    }

    private final SpeakerRanker ranker;

    /** With the shipped speaker ranker. */
    public QuoteExtractor() {
        this(SpeakerRanker.shipped());
    }

    public QuoteExtractor(SpeakerRanker ranker) {
        this.ranker = Objects.requireNonNull(ranker, "ranker");
    }

    public ExtractionResult extract(String text) {
        return annotate(text, null).result();
    }

    /** Like {@link #extract(String)}, taking the HTML title when there is one. */
    public ExtractionResult extract(ArticleText article) {
        Objects.requireNonNull(article, "article");
        return annotate(article.text(), article.title()).result();
    }

    public Annotated annotate(String text, String knownTitle) {
        Objects.requireNonNull(text, "text");
        AnnotatedText t = AnnotatedText.of(text);
        boolean[] boilerplate = BoilerplateFilter.mark(t);
        List<QuoteSpan> direct = DirectQuoteFinder.find(t, boilerplate);
        boolean[] masked = new boolean[t.size()];
        for (QuoteSpan q : direct) {
            for (int i = q.outerStart(); i < q.outerEnd(); i++) masked[i] = true;
        }
        for (int p = 0; p < boilerplate.length; p++) {
            if (!boilerplate[p]) continue;
            for (int i = t.paragraph(p).start(); i < t.paragraph(p).end(); i++) masked[i] = true;
        }
        Dateline.mask(t, masked);
        Interviews.maskLabels(t, masked);
        boolean[] headlines = Headlines.mark(t);
        List<Mention> names = Headlines.withoutTheirOwnNames(t, headlines, NameFinder.find(t, masked));
        MentionIndex mentions = new MentionIndex(t, masked, names);
        EntityRegistry registry = EntityRegistry.build(names);
        AttributionFinder finder = new AttributionFinder(t, mentions, direct, boilerplate);
        List<QuoteSpan> reported = finder.run();
        reported.addAll(Interviews.answers(t, boilerplate, direct, reported, mentions));
        UnattributedQuotes.link(t, direct, mentions);
        List<QuoteSpan> all = new ArrayList<>(direct.size() + reported.size());
        for (QuoteSpan q : direct) {
            if (!q.absorbed() && !QuotedFragments.notSpeech(t, q) && !Headlines.echoes(t, headlines, q)) all.add(q);
        }
        for (QuoteSpan q : reported) {
            if (!Headlines.echoes(t, headlines, q)) all.add(q);
        }
        all.sort(Comparator.comparingInt(QuoteSpan::contentStart));
        new SpeakerResolver(t, registry, mentions, finder.speakingSubjects(), all).withRanker(ranker).resolve(all);
        all = InterruptedQuotes.join(t, all);
        all = CompletedSentences.widen(t, all);
        MetadataFinder.Metadata meta = MetadataFinder.find(text);
        String title = knownTitle != null ? knownTitle : meta.title();
        return new Annotated(t, all, toResult(t, all, title, meta));
    }

    private static ExtractionResult toResult(AnnotatedText t, List<QuoteSpan> quotes, String title, MetadataFinder.Metadata meta) {
        List<ExtractedQuote> out = new ArrayList<>(quotes.size());
        Map<Entity, Boolean> speakers = new IdentityHashMap<>();
        Map<Entity, Integer> order = new LinkedHashMap<>();
        for (QuoteSpan q : quotes) {
            int start = t.token(q.contentStart()).start();
            int end = t.token(q.contentEnd() - 1).end();
            Entity e = q.speaker();
            if (e != null && !speakers.containsKey(e)) {
                speakers.put(e, true);
                order.put(e, start);
            }
            Mention m = q.mention() != null ? q.mention() : q.continues() != null ? q.continues().mention() : null;
            double confidence = q.confidence();
            if (e == null && m != null) confidence = Math.min(confidence, 0.4);
            out.add(new ExtractedQuote(t.text().substring(start, end), start, end, q.type(), e == null ? null : e.name(),
                    m == null ? null : m.text(), q.cue(), Math.max(0.0, Math.min(1.0, confidence))));
        }
        List<ExtractedSpeaker> speakerList = new ArrayList<>();
        for (Entity e : order.keySet()) {
            List<String> aliases = new ArrayList<>();
            for (String a : e.aliases()) {
                if (!a.equals(e.name())) aliases.add(a);
            }
            speakerList.add(new ExtractedSpeaker(e.name(), aliases, e.role(), e.affiliation(), e.kind()));
        }
        return new ExtractionResult(title, meta.published(), meta.publisher(), speakerList, out);
    }
}

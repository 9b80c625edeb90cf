package org.verbatim.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.extraction.ArticleText;
import org.verbatim.extraction.ExtractedQuote;
import org.verbatim.extraction.ExtractedSpeaker;
import org.verbatim.extraction.ExtractionResult;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.extraction.UnreadableArticleException;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.QuoteType;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;
import org.verbatim.speaker.SpeakerRegistry;

/**
 * Brings an article in: reads it, extracts its quotes and speakers, and stores article, speakers and quotes in one
 * transaction (so their index entries land together too). The same text again is a no-op that says so.
 */
@Service
public class ArticleImporter {

    /** What a person or a feed may say about the article beyond its text. */
    public record Details(String title, String publisher, LocalDate publishedOn, String url, String sourceName) {
        public static Details none(String sourceName) {
            return new Details(null, null, null, null, sourceName);
        }
    }

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerRegistry speakers;
    private final QuoteExtractor extractor;
    private final TransactionTemplate tx;
    private final CurrentUser currentUser;
    private final Clock clock;

    ArticleImporter(ArticleRepository articles, QuoteRepository quotes, SpeakerRegistry speakers,
                    QuoteExtractor extractor, PlatformTransactionManager transactions, CurrentUser currentUser,
                    Clock clock) {
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.extractor = extractor;
        this.tx = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Imports an uploaded file: text or HTML, checked for emptiness, binary content and encoding. */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ImportOutcome importFile(String fileName, byte[] content) {
        try {
            ArticleText read = ArticleText.read(content, fileName);
            return importText(read.text(), new Details(read.title(), null, null, null, fileName));
        } catch (UnreadableArticleException e) {
            return ImportOutcome.failed(e.getMessage());
        }
    }

    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ImportOutcome importText(String text, Details details) {
        return store(text, details);
    }

    /** For the application's own work (demo data, command line), which checks its caller itself. */
    ImportOutcome store(String text, Details details) {
        Objects.requireNonNull(details);
        if (text == null || text.isBlank()) {
            return ImportOutcome.failed("The text is empty: paste or upload an article with some text in it.");
        }
        var existing = articles.findByContentHash(Article.hashOf(text));
        if (existing.isPresent()) {
            return duplicate(existing.get());
        }
        ExtractionResult extraction = extractor.extract(text);
        try {
            return ChangeReason.during("Imported" + (details.sourceName() == null ? "" : " from " + details.sourceName()),
                    () -> tx.execute(status -> persist(text, details, extraction)));
        } catch (DataIntegrityViolationException e) {
            // another import of the same text won the race
            return articles.findByContentHash(Article.hashOf(text)).map(this::duplicate).orElseThrow(() -> e);
        }
    }

    private ImportOutcome duplicate(Article article) {
        return new ImportOutcome(ImportOutcome.Status.DUPLICATE, article.getId(), article.getTitle(),
                (int) quotes.countByArticleId(article.getId()),
                "Already in Verbatim as “" + article.getTitle() + "”: nothing was imported again.");
    }

    private ImportOutcome persist(String text, Details details, ExtractionResult extraction) {
        Article article = articles.save(new Article(text,
                details.title() != null ? details.title() : extraction.title(),
                details.publisher() != null ? details.publisher() : extraction.publisher(),
                details.publishedOn() != null ? details.publishedOn() : extraction.published(),
                details.url(), details.sourceName(), clock.instant(), currentUser.username()));
        Map<String, Speaker> byName = new HashMap<>();
        for (ExtractedSpeaker s : extraction.speakers()) {
            byName.put(s.name(), speakers.findOrCreate(s.name(), s.aliases(), s.role(), s.affiliation(),
                    SpeakerKind.valueOf(s.kind().name())));
        }
        int count = 0;
        for (ExtractedQuote q : extraction.quotes()) {
            Speaker speaker = q.speaker() == null ? null : byName.get(q.speaker());
            quotes.save(new Quote(article, q.start(), q.end(), QuoteType.valueOf(q.type().name()), speaker,
                    q.mention(), q.cue(), QuoteExtractor.NAME, QuoteExtractor.VERSION, q.confidence()));
            count++;
        }
        return new ImportOutcome(ImportOutcome.Status.IMPORTED, article.getId(), article.getTitle(), count,
                "Imported with " + count + (count == 1 ? " quote" : " quotes") + " to review.");
    }
}

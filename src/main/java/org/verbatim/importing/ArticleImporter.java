package org.verbatim.importing;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;
import org.verbatim.article.KnownContents;
import org.verbatim.article.WebAddress;
import org.verbatim.base.audit.ChangeReason;
import org.verbatim.base.database.Races;
import org.verbatim.base.search.SearchIndex;
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
 * transaction (so their index entries land together too). The same text again is a no-op that says so. Bulk imports
 * {@link #prepare} on many threads and {@link #storeAll} in batches.
 */
@Service
public class ArticleImporter {

    private static final Logger log = LoggerFactory.getLogger(ArticleImporter.class);

    /** What a person or a feed may say about the article beyond its text. */
    public record Details(String title, String publisher, LocalDate publishedOn, String url, String sourceName) {
        public static Details none(String sourceName) {
            return new Details(null, null, null, null, sourceName);
        }
    }

    /**
     * An article read and analysed, ready for {@link #storeAll}; or, with an {@code outcome}, one that needs no storing
     * (already in Verbatim, or empty).
     */
    public record Prepared(String text, String contentHash, Details details, ExtractionResult extraction,
                           ImportOutcome outcome) {
        static Prepared settled(Details details, ImportOutcome outcome) {
            return new Prepared(null, null, details, null, outcome);
        }

        public String sourceName() {
            return details.sourceName();
        }
    }

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerRegistry speakers;
    private final QuoteExtractor extractor;
    private final TransactionTemplate tx;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SearchIndex searchIndex;
    private final EntityManager entityManager;
    private final ImportProperties limits;
    private final WebPageFetcher pages;

    ArticleImporter(ArticleRepository articles, QuoteRepository quotes, SpeakerRegistry speakers,
                    QuoteExtractor extractor, PlatformTransactionManager transactions, CurrentUser currentUser,
                    Clock clock, SearchIndex searchIndex, EntityManager entityManager, ImportProperties limits) {
        this.limits = limits;
        this.pages = WebPageFetcher.configured(limits);
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.extractor = extractor;
        this.tx = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
        this.searchIndex = searchIndex;
        this.entityManager = entityManager;
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

    /**
     * Fetches the page at {@code address} on the server ({@link WebPageFetcher}: time and size limits, HTML only, no
     * private addresses unless allowed) and imports its main text, the page's final address kept as the article's.
     * {@code publisher} and {@code publishedOn} may be null.
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ImportOutcome importPage(String address, String publisher, LocalDate publishedOn) {
        try {
            ImportDocument.Loaded page = ImportSources.page(address, pages).load();
            ArticleImporter.Details read = page.details();
            return importText(page.text(), new Details(read.title(), publisher, publishedOn, read.url(),
                    read.sourceName()));
        } catch (UnreadableArticleException | java.io.IOException e) {
            return ImportOutcome.failed(e.getMessage());
        }
    }

    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ImportOutcome importText(String text, Details details) {
        return store(text, details);
    }

    /**
     * The first, CPU-heavy half of an import, safe to run on many threads at once: checks the text and whether it
     * is already stored, and extracts quotes and speakers. Nothing is written; {@link #storeAll} does that. The
     * stored articles' hashes were read once, when the import began: the database is asked only about texts
     * {@code known} most likely holds. Texts stored since are caught by {@link #storeAll}.
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Prepared prepare(String text, Details details, KnownContents known) {
        return analyse(text, details, Objects.requireNonNull(known));
    }

    /** The stored articles' hashes, for {@link #prepare(String, Details, KnownContents)}. */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public KnownContents knownContents() {
        return articles.knownContents();
    }

    /**
     * Stores prepared articles in one transaction, so that each article lands with its speakers, quotes, audit
     * revision and index entries, or not at all. Should the batch fail, its articles are stored one by one so that
     * one bad article fails alone. Outcomes come back in the order of {@code batch}.
     */
    @RolesAllowed({Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public List<ImportOutcome> storeAll(List<Prepared> batch) {
        return persistAll(batch, true);
    }

    /** For the application's own work (demo data), which checks its caller itself. */
    ImportOutcome store(String text, Details details) {
        return persistAll(List.of(analyse(text, details, null)), false).getFirst();
    }

    /** @param known the stored articles' hashes, or null to ask the database */
    private Prepared analyse(String text, Details details, KnownContents known) {
        Objects.requireNonNull(details);
        String junk = junk(text);
        if (junk == null) {
            junk = refused(details);
        }
        if (junk != null) {
            return Prepared.settled(details, ImportOutcome.failed(junk));
        }
        String hash = Article.hashOf(text);
        var existing = known == null || known.mayContain(hash) ? articles.findByContentHash(hash)
                : Optional.<Article>empty();
        if (existing.isPresent()) {
            return Prepared.settled(details, duplicate(existing.get()));
        }
        ExtractionResult extraction = extractor.extract(text);
        if (extraction.quotes().size() > limits.maxQuotesPerArticle()) {
            return Prepared.settled(details, ImportOutcome.failed("The text yields " + extraction.quotes().size()
                    + " quotes; an article may have at most " + limits.maxQuotesPerArticle()
                    + " (verbatim.import.max-quotes-per-article): split it into its articles."));
        }
        return new Prepared(text, hash, details, extraction, null);
    }

    /** Why {@code text} is not an article to import, or null when it may be one. */
    private String junk(String text) {
        if (text == null || text.isBlank()) {
            return "The text is empty: paste or upload an article with some text in it.";
        }
        if (text.length() > limits.maxArticleChars()) {
            return "The text has " + text.length() + " characters; an article may have at most "
                    + limits.maxArticleChars() + " (verbatim.import.max-article-chars).";
        }
        if (text.indexOf('\0') >= 0) {
            return "The text contains NUL characters: it is binary data, not an article.";
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "The text has no words: not an article.";
        }
        return null;
    }

    /** Why what is said about the article cannot be kept, or null: checked before the database would refuse it. */
    private static String refused(Details details) {
        String url = WebAddress.whyNot(details.url());
        if (url != null) {
            return "Its URL: " + url + ".";
        }
        if (details.publisher() != null && details.publisher().strip().length() > Article.MAX_PUBLISHER) {
            return "Its publisher has " + details.publisher().strip().length() + " characters; at most "
                    + Article.MAX_PUBLISHER + " are kept: shorten it.";
        }
        return null;
    }

    /**
     * Why an article could not be stored, in words: never the database's own message (raw SQL, dozens of lines),
     * which goes to the log.
     */
    static String whyNotStored(String source, RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            // the entities' own checks, worded for people
            return "Could not be stored: " + e.getMessage();
        }
        Throwable cause = e instanceof NestedRuntimeException n ? n.getMostSpecificCause() : e;
        log.warn("Could not store {}: {}", source, String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
        log.debug("Could not store {}", source, e);
        if (e instanceof DataIntegrityViolationException d && d.getMostSpecificCause() instanceof SQLException sql
                && "22001".equals(sql.getSQLState())) {
            return "Could not be stored: a field of it is longer than the database takes; shorten it and import it"
                    + " again.";
        }
        if (e instanceof DataIntegrityViolationException) {
            return "Could not be stored: the database refused it (the server log says why); nothing of it was kept.";
        }
        return "Could not be stored: the database failed (" + e.getClass().getSimpleName() + "); nothing of it was"
                + " kept: import it again.";
    }

    /**
     * @param bulk whether the index entries may be written after the commit without waiting for them: a bulk import
     *             {@link SearchIndex#awaitWrites waits} once at the end, and a re-run after a crash repairs the index
     */
    private List<ImportOutcome> persistAll(List<Prepared> batch, boolean bulk) {
        List<Prepared> toStore = batch.stream().filter(p -> p.outcome() == null).toList();
        if (toStore.isEmpty()) {
            return batch.stream().map(Prepared::outcome).toList();
        }
        Map<Prepared, ImportOutcome> stored = new IdentityHashMap<>();
        try {
            stored.putAll(ChangeReason.during(reasonFor(toStore), () -> inTransaction(toStore, bulk)));
        } catch (RuntimeException batchFailed) {
            if (toStore.size() == 1) {
                stored.put(toStore.getFirst(), afterFailure(toStore.getFirst(), batchFailed));
            } else {
                for (Prepared one : toStore) {
                    try {
                        stored.putAll(ChangeReason.during(reasonFor(List.of(one)),
                                () -> inTransaction(List.of(one), bulk)));
                    } catch (RuntimeException e) {
                        // the others of the batch may be stored by now: this one fails alone, whatever went wrong
                        ImportOutcome outcome;
                        try {
                            outcome = afterFailure(one, e);
                        } catch (RuntimeException unexpected) {
                            outcome = ImportOutcome.failed(whyNotStored(one.sourceName(), unexpected));
                        }
                        stored.put(one, outcome);
                    }
                }
            }
        }
        return batch.stream().map(p -> p.outcome() != null ? p.outcome() : stored.get(p)).toList();
    }

    /**
     * One transaction storing {@code batch}, run again when it loses a race to another node or writer (a speaker or
     * an article both created at once): the next attempt reads what the winner stored and reuses it.
     */
    private Map<Prepared, ImportOutcome> inTransaction(List<Prepared> batch, boolean bulk) {
        return Races.retried("Storing " + batch.size() + " articles", () -> tx.execute(status -> persist(batch, bulk)));
    }

    /** Another import of the same text may have won the race; anything else fails this article alone. */
    private ImportOutcome afterFailure(Prepared prepared, RuntimeException e) {
        var existing = articles.findByContentHash(prepared.contentHash());
        if (existing.isPresent()) {
            return duplicate(existing.get());
        }
        if (e instanceof DataIntegrityViolationException || e instanceof IllegalArgumentException) {
            return ImportOutcome.failed(whyNotStored(prepared.sourceName(), e));
        }
        throw e;
    }

    private static String reasonFor(List<Prepared> batch) {
        if (batch.size() == 1) {
            String source = batch.getFirst().details().sourceName();
            return "Imported" + (source == null ? "" : " from " + source);
        }
        StringBuilder sb = new StringBuilder("Imported " + batch.size() + " articles from ");
        for (int i = 0; i < batch.size(); i++) {
            String source = batch.get(i).details().sourceName();
            sb.append(i == 0 ? "" : ", ").append(source == null ? "(no name)" : source);
        }
        return sb.toString();
    }

    private ImportOutcome duplicate(Article article) {
        return new ImportOutcome(ImportOutcome.Status.DUPLICATE, article.getId(), article.getTitle(),
                (int) quotes.countByArticleId(article.getId()),
                "Already in Verbatim as “" + article.getTitle() + "”: nothing was imported again.");
    }

    private Map<Prepared, ImportOutcome> persist(List<Prepared> batch, boolean bulk) {
        if (bulk) {
            searchIndex.writeAfterCommitWithoutWaiting(entityManager);
        }
        // one query for the whole batch: a per-article lookup would flush the pending quote inserts each time
        Set<String> known = new HashSet<>(articles.findContentHashesIn(batch.stream().map(Prepared::contentHash)
                .toList()));
        // and one lookup of the batch's speakers, before anything is stored: queries made after would flush
        SpeakerRegistry.Lookup speakersOfBatch = speakers.lookup(batch.stream()
                .flatMap(p -> p.extraction().speakers().stream())
                .flatMap(s -> SpeakerRegistry.namesToLookUp(s.name(), s.aliases()).stream()).toList());
        Map<Prepared, ImportOutcome> outcomes = new IdentityHashMap<>();
        Map<String, ImportOutcome> storedNow = new HashMap<>();
        for (Prepared p : batch) {
            ImportOutcome same = storedNow.get(p.contentHash());
            if (same != null) {
                outcomes.put(p, new ImportOutcome(ImportOutcome.Status.DUPLICATE, same.articleId(), same.title(),
                        same.quotes(), "Already in Verbatim as “" + same.title() + "”: nothing was imported again."));
            } else if (known.contains(p.contentHash())) {
                outcomes.put(p, duplicate(articles.findByContentHash(p.contentHash()).orElseThrow()));
            } else {
                ImportOutcome outcome = persist(p.text(), p.details(), p.extraction(), speakersOfBatch);
                storedNow.put(p.contentHash(), outcome);
                outcomes.put(p, outcome);
            }
        }
        return outcomes;
    }

    private ImportOutcome persist(String text, Details details, ExtractionResult extraction,
                                  SpeakerRegistry.Lookup speakersOfBatch) {
        Article read = new Article(text,
                details.title() != null ? details.title() : extraction.title(),
                details.publisher() != null ? details.publisher() : extraction.publisher(),
                details.publishedOn() != null ? details.publishedOn() : extraction.published(),
                details.url(), details.sourceName(), clock.instant(), currentUser.username());
        read.extractedBy(QuoteExtractor.NAME, QuoteExtractor.VERSION);
        Article article = articles.save(read);
        Map<String, Speaker> byName = new HashMap<>();
        for (ExtractedSpeaker s : extraction.speakers()) {
            byName.put(s.name(), speakersOfBatch.findOrCreate(s.name(), s.aliases(), s.role(), s.affiliation(),
                    SpeakerKind.valueOf(s.kind().name())));
        }
        int count = 0;
        for (ExtractedQuote q : extraction.quotes()) {
            Speaker speaker = q.speaker() == null ? null : byName.get(q.speaker());
            quotes.save(new Quote(article, q.start(), q.end(), QuoteType.valueOf(q.type().name()), speaker,
                    q.speaker(), q.mention(), q.cue(), QuoteExtractor.NAME, QuoteExtractor.VERSION, q.confidence()));
            count++;
        }
        return new ImportOutcome(ImportOutcome.Status.IMPORTED, article.getId(), article.getTitle(), count,
                "Imported with " + count + (count == 1 ? " quote" : " quotes") + " to review.");
    }
}

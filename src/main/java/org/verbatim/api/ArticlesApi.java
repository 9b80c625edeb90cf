package org.verbatim.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.api.ApiDtos.ArticleDto;
import org.verbatim.api.ApiDtos.ArticleSummaryDto;
import org.verbatim.api.ApiDtos.ImportResultDto;
import org.verbatim.api.ApiDtos.NewArticleDto;
import org.verbatim.api.ApiDtos.PageAddressDto;
import org.verbatim.api.ApiDtos.PageDto;
import org.verbatim.api.ApiDtos.QuoteDto;
import org.verbatim.article.Article;
import org.verbatim.article.ArticleRepository;
import org.verbatim.article.WebAddress;
import org.verbatim.extraction.ArticleText;
import org.verbatim.extraction.UnreadableArticleException;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ClaimRatings;

@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles", description = "Articles as received, and the quotes found in them")
class ArticlesApi {

    private final ArticleImporter importer;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final TransactionTemplate reads;
    private final ClaimRatings ratings;

    ArticlesApi(ArticleImporter importer, ArticleRepository articles, QuoteRepository quotes,
                PlatformTransactionManager transactions, ClaimRatings ratings) {
        this.ratings = ratings;
        this.importer = importer;
        this.articles = articles;
        this.quotes = quotes;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import an article from its text or HTML",
            description = "Extracts its quotes. 201 with the new article; 200 with the existing one when the same text"
                    + " is already in Verbatim; 422 when the input is not a readable article (not a JSON object of"
                    + " these fields, no words, binary, longer than the configured maximum or yielding more quotes"
                    + " than an article may have); 400 naming the field for a field past its limit or a url that is"
                    + " not an http or https address. Fact-checkers, editors and administrators only.")
    ResponseEntity<ImportResultDto> create(@Valid @RequestBody NewArticleDto body) throws UnreadableArticleException {
        WebAddress.check(body.url());
        boolean hasText = body.text() != null && !body.text().isBlank();
        boolean hasHtml = body.html() != null && !body.html().isBlank();
        if (hasText == hasHtml) {
            throw new IllegalArgumentException("Give the article as either \"text\" or \"html\" (one of them, not empty)");
        }
        String text = body.text();
        String title = body.title();
        if (hasHtml) {
            ArticleText page = ArticleText.read(body.html().getBytes(StandardCharsets.UTF_8), "article.html");
            text = page.text();
            title = title != null ? title : page.title();
        }
        return respond(importer.importText(text, new ArticleImporter.Details(title, body.publisher(), body.published(),
                body.url(), "api")));
    }

    @PostMapping(consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE})
    @Operation(summary = "Import an article sent as a plain-text or HTML body",
            description = "Same as the JSON form; details as query parameters.")
    ResponseEntity<ImportResultDto> createFromBody(@RequestBody byte[] body,
                                                   @RequestParam(required = false) String title,
                                                   @RequestParam(required = false) String publisher,
                                                   @RequestParam(required = false) String url,
                                                   @RequestParam(required = false) LocalDate published,
                                                   @org.springframework.web.bind.annotation.RequestHeader("Content-Type")
                                                   String contentType) throws UnreadableArticleException {
        WebAddress.check(url);
        boolean html = contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.TEXT_HTML_VALUE);
        ArticleText read = ArticleText.read(body, html ? "article.html" : "article.txt");
        return respond(importer.importText(read.text(), new ArticleImporter.Details(
                title != null ? title : read.title(), publisher, published, url, "api")));
    }

    @PostMapping(path = "/from-address", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fetch a page by its address and import it",
            description = "The server fetches the page (http or https, HTML only, within the configured time and the"
                    + " size an article may have, redirects followed a few times; addresses on private, loopback or"
                    + " link-local networks are refused unless verbatim.import.allow-private-addresses is set) and"
                    + " imports its main text with the final address as the article's url. 201, 200 or 422 as for"
                    + " an import; the 422's detail says what went wrong (not found, not HTML, too big, too slow,"
                    + " refused address) and what to do. Fact-checkers, editors and administrators only.")
    ResponseEntity<ImportResultDto> createFromAddress(@Valid @RequestBody PageAddressDto body)
            throws UnreadableArticleException {
        return respond(importer.importPage(body.url(), body.publisher(), body.published()));
    }

    /** A JSON body that is no article ({@code true}, {@code {"text": 5}}) is not a readable article: 422. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> notAnArticle(HttpMessageNotReadableException e) {
        return ResponseEntity.unprocessableContent().body(ApiProblems.unreadableBody(HttpStatus.UNPROCESSABLE_CONTENT,
                "unreadable-article", "Not a readable article", e));
    }

    private ResponseEntity<ImportResultDto> respond(ImportOutcome outcome) throws UnreadableArticleException {
        if (outcome.status() == ImportOutcome.Status.FAILED) {
            throw new UnreadableArticleException(outcome.message());
        }
        ArticleDto article = reads.execute(s -> article(outcome.articleId()));
        ImportResultDto result = new ImportResultDto(outcome.status().name(), outcome.message(), article);
        return outcome.status() == ImportOutcome.Status.IMPORTED
                ? ResponseEntity.created(URI.create("/api/articles/" + outcome.articleId())).body(result)
                : ResponseEntity.ok(result);
    }

    @GetMapping
    @Operation(summary = "List articles, newest first, with their review progress")
    PageDto<ArticleSummaryDto> list(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size) {
        PageRequest request = Paging.of(page, size, Sort.by(Sort.Order.desc("importedAt"), Sort.Order.desc("id")));
        return reads.execute(s -> {
            var found = articles.findListing(request);
            Map<Long, QuoteRepository.ArticleProgress> progress = found.isEmpty() ? Map.of()
                    : quotes.progressOf(found.map(ArticleRepository.Listing::getId).toList()).stream()
                    .collect(Collectors.toMap(QuoteRepository.ArticleProgress::getArticleId, Function.identity()));
            return new PageDto<>(found.map(a -> {
                var p = progress.get(a.getId());
                return ArticleSummaryDto.of(a, p == null ? 0 : p.getTotal(), p == null ? 0 : p.getPending());
            }).toList(), page, request.getPageSize(), found.getTotalElements());
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "An article with its text and its quotes in reading order")
    ArticleDto get(@PathVariable long id) {
        return reads.execute(s -> article(id));
    }

    private ArticleDto article(long id) {
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException("No article " + id));
        return new ArticleDto(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn(),
                WebAddress.orNull(a.getUrl()),
                a.getSourceName(), a.getImportedAt(), a.getImportedBy(), a.getContentHash(), a.getOriginalText(),
                quotes.findByArticleIdOrderByStartOffset(id).stream().map(q -> QuoteDto.of(q, ratings)).toList());
    }
}

package org.verbatim.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.api.ApiDtos.ClaimRatingRequestDto;
import org.verbatim.api.ApiDtos.ConfirmDto;
import org.verbatim.api.ApiDtos.CorrectionDto;
import org.verbatim.api.ApiDtos.PageDto;
import org.verbatim.api.ApiDtos.QuoteDto;
import org.verbatim.api.ApiDtos.ReasonDto;
import org.verbatim.api.ApiDtos.RevisionDto;
import org.verbatim.api.ApiDtos.SearchHitDto;
import org.verbatim.api.ApiDtos.VerdictDto;
import org.verbatim.audit.AuditHistory;
import org.verbatim.compare.Facet;
import org.verbatim.compare.QuoteSearch;
import org.verbatim.quote.ClaimRating;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ReviewWorkflow;

/**
 * Quotes and the review workflow. Every change names the {@code version} of the quote the client saw: when someone
 * changed it since, nothing is saved and the answer is 409 with who changed it and when. A change answers with the
 * quote as that change left it, never a later state: its version is the one to send with the client's next step.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Quotes", description = "Quotes, their review, verdicts, approval and audit history")
class QuotesApi {

    private final QuoteRepository quotes;
    private final ReviewWorkflow workflow;
    private final QuoteSearch search;
    private final AuditHistory audit;
    private final TransactionTemplate reads;
    private final ClaimRatings ratings;

    QuotesApi(QuoteRepository quotes, ReviewWorkflow workflow, QuoteSearch search, AuditHistory audit,
              PlatformTransactionManager transactions, ClaimRatings ratings) {
        this.ratings = ratings;
        this.quotes = quotes;
        this.workflow = workflow;
        this.search = search;
        this.audit = audit;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @GetMapping("/quotes")
    @Operation(summary = "Quotes filtered by status, verdict, speaker and article (all optional)")
    PageDto<QuoteDto> list(@RequestParam(required = false) ReviewStatus status,
                           @RequestParam(required = false) Verdict verdict,
                           @RequestParam(required = false) Long speakerId,
                           @RequestParam(required = false) Long articleId,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "50") int size) {
        var request = Paging.of(page, size, Sort.by("id"));
        return reads.execute(s -> {
            var found = quotes.filter(status, verdict, speakerId, articleId, request);
            return new PageDto<>(found.map(q -> QuoteDto.of(q, ratings)).toList(), page, size, found.getTotalElements());
        });
    }

    @GetMapping("/quotes/{id}")
    @Operation(summary = "One quote")
    QuoteDto get(@PathVariable long id) {
        return read(id);
    }

    @GetMapping("/quotes/{id}/history")
    @Operation(summary = "The quote's audit history, oldest first: each revision with user, time, reason and the fields"
            + " it changed (auditors and administrators, as in the UI)")
    List<RevisionDto> history(@PathVariable long id) {
        requireQuote(id);
        return audit.quoteTimeline(id).stream().map(RevisionDto::of).toList();
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search over quotes, as the Search screen searches: what was said, who said it "
            + "(names and aliases), the article's title",
            description = "Ranked: of three or more words one may be missing, statements with all of them first. "
                    + "Name variants (U.S. = United States, Kanaani = Kan'ani), possessives (Okafor's), demonyms "
                    + "(French = France) and acronyms (GDP = gross domestic product) are found. Simple query syntax: "
                    + "\"phrases\", -exclusions (a speaker's name too), prefix*, a | b. status narrows by review "
                    + "status, speaker by words of the speaker's name or aliases.")
    SearchHitDto search(@RequestParam String q, @RequestParam(required = false) ReviewStatus status,
                        @RequestParam(required = false) String speaker,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var request = Paging.of(page, size, Sort.unsorted(), Paging.MAX_SEARCH_RESULTS);
        if (q.isBlank()) {
            throw new IllegalArgumentException("q: say what to search for");
        }
        Map<Facet, Set<String>> chosen = status == null ? Map.of() : Map.of(Facet.STATUS, Set.of(status.name()));
        var result = search.search(new QuoteSearch.Query(q, chosen, (int) request.getOffset(), request.getPageSize(),
                speaker));
        if (result.problem() != null) {
            throw new IllegalArgumentException("q: " + result.problem());
        }
        List<Long> ids = result.hits().stream().map(h -> h.card().quoteId()).toList();
        return reads.execute(s -> {
            var byId = quotes.findByIdIn(ids).stream()
                    .collect(java.util.stream.Collectors.toMap(Quote::getId, found -> QuoteDto.of(found, ratings)));
            return new SearchHitDto(result.total(), ids.stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList());
        });
    }

    @PostMapping("/quotes/{id}/confirm")
    @Operation(summary = "Confirm the extractor's suggestion (fact-checkers)")
    QuoteDto confirm(@PathVariable long id, @Valid @RequestBody ConfirmDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.confirm(id, body.version()), ratings);
    }

    @PostMapping("/quotes/{id}/correct")
    @Operation(summary = "Correct span, speaker or type, with a reason (fact-checkers)")
    QuoteDto correct(@PathVariable long id, @Valid @RequestBody CorrectionDto body) {
        requireQuote(id);
        if ((body.start() == null) != (body.end() == null)) {
            throw new IllegalArgumentException("Give both start and end to change the span");
        }
        var newSpeaker = body.newSpeaker() == null ? null : new ReviewWorkflow.NewSpeaker(body.newSpeaker().name(),
                body.newSpeaker().role(), body.newSpeaker().affiliation(),
                body.newSpeaker().kind() == null ? org.verbatim.speaker.SpeakerKind.PERSON : body.newSpeaker().kind());
        return QuoteDto.of(workflow.correct(id, body.version(), new ReviewWorkflow.Correction(body.start(), body.end(),
                body.speakerId(), newSpeaker, body.clearsSpeaker(), body.type()), body.reason()), ratings);
    }

    @PostMapping("/quotes/{id}/reject")
    @Operation(summary = "Reject: not a quote, with a reason (fact-checkers)")
    QuoteDto reject(@PathVariable long id, @Valid @RequestBody ReasonDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.reject(id, body.version(), body.reason()), ratings);
    }

    @PostMapping("/quotes/{id}/verdict")
    @Operation(summary = "Record a verdict with a note and sources (fact-checkers)")
    QuoteDto verdict(@PathVariable long id, @Valid @RequestBody VerdictDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.recordVerdict(id, body.version(), body.verdict(), body.note(), body.sources()),
                ratings);
    }

    @PostMapping("/quotes/{id}/claim-rating")
    @Operation(summary = "Rate the truth of the quote's claim on the claim rating scale, with a note (fact-checkers);"
            + " apart from the attribution verdict")
    QuoteDto rateClaim(@PathVariable long id, @Valid @RequestBody ClaimRatingRequestDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.rateClaim(id, body.version(), body.rating(), body.note()), ratings);
    }

    @GetMapping("/claim-ratings")
    @Operation(summary = "The claim rating scale, truest first: each rating's label and value (none: outside the "
            + "scale)")
    List<ClaimRating> claimRatings() {
        return ratings.scale();
    }

    @PostMapping("/quotes/{id}/approve")
    @Operation(summary = "Approve a reviewed quote (editors; never one's own review)")
    QuoteDto approve(@PathVariable long id, @Valid @RequestBody ConfirmDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.approve(id, body.version()), ratings);
    }

    @PostMapping("/quotes/{id}/return")
    @Operation(summary = "Send a reviewed or approved quote back for review, with a reason (editors)")
    QuoteDto returnForReview(@PathVariable long id, @Valid @RequestBody ReasonDto body) {
        requireQuote(id);
        return QuoteDto.of(workflow.returnForReview(id, body.version(), body.reason()), ratings);
    }

    private void requireQuote(long id) {
        if (!quotes.existsById(id)) {
            throw new NotFoundException("No quote " + id);
        }
    }

    private QuoteDto read(long id) {
        return reads.execute(s -> quotes.findById(id).map(q -> {
            if (q.getSpeaker() != null) {
                q.getSpeaker().getCanonicalName();
            }
            return QuoteDto.of(q, ratings);
        }).orElseThrow(() -> new NotFoundException("No quote " + id)));
    }
}

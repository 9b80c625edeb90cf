package org.verbatim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.api.ApiDtos.ContradictionCandidateDto;
import org.verbatim.api.ApiDtos.ContradictionsDto;
import org.verbatim.api.ApiDtos.QuoteDto;
import org.verbatim.compare.ContradictionFinder;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ClaimRatings;

/** The contradiction finder over HTTP: what the Conflicts screen shows for one quote, with the same roles. */
@RestController
@RequestMapping("/api")
@Tag(name = "Contradictions", description = "Statements that may contradict a quote, with the reasons")
class ContradictionsApi {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final ContradictionFinder finder;
    private final QuoteRepository quotes;
    private final TransactionTemplate reads;
    private final ClaimRatings ratings;

    ContradictionsApi(ContradictionFinder finder, QuoteRepository quotes, PlatformTransactionManager transactions, ClaimRatings ratings) {
        this.ratings = ratings;
        this.finder = finder;
        this.quotes = quotes;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @GetMapping("/quotes/{id}/contradictions")
    @Operation(summary = "Contradiction candidates for a quote, best first (fact-checkers and editors, as the "
            + "Conflicts screen)",
            description = "Statements about the same thing whose stance differs (a denial, opposite words, ruling out "
                    + "against keeping open, still against no longer, numbers that disagree, an outlaw against a "
                    + "counterpart); each with its score, the reasons, and a reviewer's label on the pair if any. "
                    + "Statements that agree are not candidates.")
    ContradictionsDto contradictions(@PathVariable long id,
                                     @Parameter(description = "How many candidates, 1 to " + MAX_LIMIT)
                                     @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: between 1 and " + MAX_LIMIT);
        }
        if (!quotes.existsById(id)) {
            throw new NotFoundException("No quote " + id);
        }
        List<ContradictionFinder.Candidate> candidates = finder.forQuote(id, limit);
        List<Long> ids = new ArrayList<>();
        ids.add(id);
        candidates.forEach(c -> ids.add(c.second().quoteId()));
        return reads.execute(s -> {
            Map<Long, QuoteDto> byId = quotes.findByIdIn(ids).stream()
                    .collect(Collectors.toMap(Quote::getId, q -> QuoteDto.of(q, ratings), (x, y) -> x));
            QuoteDto quote = byId.get(id);
            if (quote == null) {
                throw new NotFoundException("No quote " + id);
            }
            List<ContradictionCandidateDto> out = new ArrayList<>();
            for (ContradictionFinder.Candidate c : candidates) {
                QuoteDto other = byId.get(c.second().quoteId());
                if (other != null) {
                    out.add(new ContradictionCandidateDto(other, c.score(), c.reasons(),
                            c.label() == null ? null : c.label().name()));
                }
            }
            return new ContradictionsDto(quote, out);
        });
    }
}

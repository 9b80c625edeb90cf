package org.verbatim.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.verbatim.article.ArticleRepository;
import org.verbatim.article.WebAddress;
import org.verbatim.audit.TimelineEntry;
import org.verbatim.quote.ClaimRating;
import org.verbatim.quote.ClaimRatings;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.Verdict;
import org.verbatim.review.Review;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;

/** What the REST API sends and receives: records made from the entities, never the entities themselves. */
final class ApiDtos {

    static final String TOO_LONG = "at most {max} characters";

    private ApiDtos() {
    }

    /** One page of results. */
    record PageDto<T>(List<T> items, int page, int size, long total) {
    }

    record ArticleSummaryDto(Long id, String title, String publisher, LocalDate publishedOn, String url,
                             Instant importedAt, long quotes, long pending) {
        static ArticleSummaryDto of(ArticleRepository.Listing a, long quotes, long pending) {
            return new ArticleSummaryDto(a.getId(), a.getTitle(), a.getPublisher(), a.getPublishedOn(),
                    WebAddress.orNull(a.getUrl()),
                    a.getImportedAt(), quotes, pending);
        }
    }

    record ArticleDto(Long id, String title, String publisher, LocalDate publishedOn, String url, String sourceName,
                      Instant importedAt, String importedBy, String contentHash,
                      @Schema(description = "The text as stored; quote offsets are UTF-16 code unit offsets into it")
                      String text, List<QuoteDto> quotes) {
    }

    record ImportResultDto(@Schema(allowableValues = {"IMPORTED", "DUPLICATE"}) String status, String message,
                           ArticleDto article) {
    }

    @Schema(description = "A new article: either text or html (a page, reduced to its main text)")
    record NewArticleDto(@Size(max = 4 * 1024 * 1024, message = TOO_LONG) String text,
                         @Size(max = 4 * 1024 * 1024, message = TOO_LONG) String html,
                         @Size(max = 500, message = TOO_LONG) String title,
                         @Size(max = 200, message = TOO_LONG) String publisher,
                         @Size(max = WebAddress.MAX_LENGTH, message = TOO_LONG)
                         @Schema(description = "an http or https address; any other is refused (400)") String url,
                         LocalDate published) {
    }

    @Schema(description = "A page to fetch and import by its address")
    record PageAddressDto(@NotBlank @Size(max = WebAddress.MAX_LENGTH, message = TOO_LONG)
                          @Schema(description = "the page's http or https address") String url,
                          @Size(max = 200, message = TOO_LONG) String publisher,
                          LocalDate published) {
    }

    record SpeakerRefDto(Long id, String name, String affiliation) {
        static SpeakerRefDto of(Speaker s) {
            return s == null ? null : new SpeakerRefDto(s.getId(), s.getCanonicalName(), s.getAffiliation());
        }
    }

    record QuoteDto(Long id, Long articleId, int start, int end, String text, QuoteType type, SpeakerRefDto speaker,
                    String mention, String cue, Double confidence, ReviewStatus status,
                    @Schema(description = "The attribution verdict: was it said, by whom, as quoted")
                    Verdict verdict, String verdictNote,
                    @Schema(description = "The truth of the claim itself, apart from the verdict; null: not rated")
                    ClaimRatingDto claimRating,
                    String reviewedBy, Instant reviewedAt, String approvedBy, Instant approvedAt,
                    @Schema(description = "Send it back with every change: a stale version is a 409 conflict")
                    long version) {
        static QuoteDto of(Quote q, ClaimRatings ratings) {
            return new QuoteDto(q.getId(), q.getArticle().getId(), q.getStartOffset(), q.getEndOffset(), q.getText(),
                    q.getType(), SpeakerRefDto.of(q.getSpeaker()), q.getMention(), q.getCue(), q.getConfidence(),
                    q.getStatus(), q.getVerdict(), q.getVerdictNote(), ClaimRatingDto.of(q, ratings),
                    q.getReviewedBy(), q.getReviewedAt(), q.getApprovedBy(), q.getApprovedAt(), q.getVersion());
        }
    }

    @Schema(description = "A claim rating: its words, and its place on the configured scale (higher is truer; no value"
            + " for a rating outside the scale, such as Unverifiable)")
    record ClaimRatingDto(String label, Integer value, int best, int worst, String note) {
        static ClaimRatingDto of(Quote q, ClaimRatings ratings) {
            if (q.getClaimRating() == null) {
                return null;
            }
            return new ClaimRatingDto(q.getClaimRating(),
                    ratings.find(q.getClaimRating()).map(ClaimRating::value).orElse(null), ratings.best(),
                    ratings.worst(), q.getClaimRatingNote());
        }
    }

    record SpeakerDto(Long id, String name, List<String> aliases, String role, String affiliation, SpeakerKind kind,
                      String externalId) {
        static SpeakerDto of(Speaker s) {
            return new SpeakerDto(s.getId(), s.getCanonicalName(), List.copyOf(s.getAliases()), s.getRoleTitle(),
                    s.getAffiliation(), s.getKind(), s.getExternalId());
        }
    }

    @Schema(description = "One revision: who, when, why, and which fields changed from what to what")
    record RevisionDto(long revision, Instant at, String user, String reason,
                       @Schema(allowableValues = {"ADDED", "MODIFIED", "DELETED"}) String change, String action,
                       List<FieldChangeDto> changes) {
        static RevisionDto of(TimelineEntry e) {
            return new RevisionDto(e.revision(), e.at(), e.username(), e.reason(), e.change().name(), e.action(),
                    e.changes().stream().map(c -> new FieldChangeDto(c.field(), c.from(), c.to())).toList());
        }
    }

    record FieldChangeDto(String field, String from, String to) {
    }

    record SearchHitDto(long total, List<QuoteDto> quotes) {
    }

    @Schema(description = "A quote and the statements that may contradict it, best first")
    record ContradictionsDto(QuoteDto quote, List<ContradictionCandidateDto> candidates) {
    }

    record ContradictionCandidateDto(QuoteDto quote,
                                     @Schema(description = "Higher is a stronger candidate; comparable within one answer")
                                     double score,
                                     @Schema(description = "Why it was proposed: the topic both share, the stance "
                                             + "difference found, who said them, what reviewers said")
                                     List<String> reasons,
                                     @Schema(description = "A reviewer's label on the pair, if any",
                                             allowableValues = {"CONTRADICTS", "CONSISTENT", "UNRELATED"})
                                     String label) {
    }

    // --- review actions: each names the version of the quote the client saw ------------------------------------

    record ConfirmDto(@NotNull @PositiveOrZero Long version) {
    }

    record ReasonDto(@NotNull @PositiveOrZero Long version,
                     @Schema(description = "Why; required, goes into the audit history")
                     @Size(max = Review.MAX_REASON, message = TOO_LONG) String reason) {
    }

    @Schema(description = "A speaker to create and attribute the quote to")
    record NewSpeakerDto(@Size(max = 300, message = TOO_LONG) String name,
                         @Size(max = 300, message = TOO_LONG) String role,
                         @Size(max = 300, message = TOO_LONG) String affiliation,
                         SpeakerKind kind) {
    }

    @Schema(description = "What to change: span (start and end), speaker (speakerId, newSpeaker or clearSpeaker), type")
    record CorrectionDto(@NotNull @PositiveOrZero Long version, Integer start, Integer end, Long speakerId,
                         @Valid NewSpeakerDto newSpeaker,
                         @Schema(description = "true: the quote has no speaker; optional, false when left out")
                         Boolean clearSpeaker, QuoteType type,
                         @Schema(description = "Why; required, goes into the audit history")
                         @Size(max = Review.MAX_REASON, message = TOO_LONG) String reason) {
        boolean clearsSpeaker() {
            return Boolean.TRUE.equals(clearSpeaker);
        }
    }

    record ClaimRatingRequestDto(@NotNull @PositiveOrZero Long version,
                                 @Schema(description = "A label of the claim rating scale (any case); GET "
                                         + "/api/claim-ratings lists them") @NotNull String rating,
                                 @Schema(description = "Why: the review's body in the ClaimReview export")
                                 @Size(max = Review.MAX_NOTE, message = TOO_LONG) String note) {
    }

    record VerdictDto(@NotNull @PositiveOrZero Long version, @NotNull Verdict verdict,
                      @Size(max = Review.MAX_NOTE, message = TOO_LONG) String note,
                      @Size(max = Review.MAX_NOTE, message = TOO_LONG) String sources) {
    }
}

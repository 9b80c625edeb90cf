package org.verbatim.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.verbatim.accuracy.ExtractorAccuracy;
import org.verbatim.accuracy.ExtractorAccuracy.Attribution;
import org.verbatim.accuracy.ExtractorAccuracy.Case;
import org.verbatim.accuracy.ExtractorAccuracy.CasePage;
import org.verbatim.accuracy.ExtractorAccuracy.Figures;
import org.verbatim.accuracy.ExtractorAccuracy.VersionAccuracy;

/** The extractor's accuracy as reviewers measured it (editors, auditors and administrators). */
@RestController
@RequestMapping("/api/extraction")
@Tag(name = "Extraction", description = "How well each extractor version did, as measured by reviewers")
class AccuracyApi {

    private final ExtractorAccuracy accuracy;

    AccuracyApi(ExtractorAccuracy accuracy) {
        this.accuracy = accuracy;
    }

    @Schema(description = "Per extractor version: span and speaker precision, recall and F1 from reviewed quotes,"
            + " and the quotes reviewers did not take as suggested")
    record AccuracyDto(@Schema(description = "Spans sharing at least this much of their union count as the same")
                       double spanOverlap, List<VersionDto> versions, CasesDto cases) {
    }

    record VersionDto(String extractor, String version, CountsDto counts, FiguresDto span, FiguresDto speaker,
                      ConfidenceDto confidence) {
        static VersionDto of(VersionAccuracy v) {
            var c = v.counts();
            return new VersionDto(v.extractor(), v.version(), new CountsDto(c.reviewed(), c.confirmed(),
                    c.spanCorrected(), c.speakerCorrected(), c.rejected(), c.added()), FiguresDto.of(v.span()),
                    FiguresDto.of(v.speaker()),
                    new ConfidenceDto(v.confidence().whenRight(), v.confidence().whenWrong()));
        }
    }

    @Schema(description = "The extractor's mean confidence in suggestions reviewers took as they were, and in those"
            + " they corrected or rejected; null where there were none")
    record ConfidenceDto(Double whenRight, Double whenWrong) {
    }

    @Schema(description = "reviewed: the machine's suggestions reviewers looked at (rejected ones included); confirmed:"
            + " span and speaker right; added: quotes reviewers added where the machine found none")
    record CountsDto(long reviewed, long confirmed, long spanCorrected, long speakerCorrected, long rejected,
                     long added) {
    }

    @Schema(description = "null ratios: nothing to judge yet")
    record FiguresDto(Double precision, Double recall, Double f1, long truePositives, long falsePositives,
                      long falseNegatives) {
        static FiguresDto of(Figures f) {
            return new FiguresDto(f.precision(), f.recall(), f.f1(), f.truePositives(), f.falsePositives(),
                    f.falseNegatives());
        }
    }

    record CasesDto(List<CaseDto> items, int offset, int limit, long total) {
        static CasesDto of(CasePage page) {
            return new CasesDto(page.cases().stream().map(CaseDto::of).toList(), page.offset(), page.limit(),
                    page.total());
        }
    }

    record CaseDto(long quoteId, long articleId, String articleTitle, String extractor,
                   @Schema(allowableValues = {"SPAN", "SPEAKER", "SPAN_AND_SPEAKER", "REJECTED", "MISSED"}) String kind,
                   @Schema(description = "The machine's suggestion; null for a quote it missed") AttributionDto machine,
                   @Schema(description = "What the reviewer made of it; null for a rejected quote")
                   AttributionDto reviewer, String reviewedBy, Instant reviewedAt, String reason) {
        static CaseDto of(Case c) {
            return new CaseDto(c.quoteId(), c.articleId(), c.articleTitle(), c.extractor(), c.kind().name(),
                    AttributionDto.of(c.machine()), AttributionDto.of(c.reviewer()), c.reviewedBy(), c.reviewedAt(),
                    c.reason());
        }
    }

    record AttributionDto(Integer start, Integer end, String text, String speaker) {
        static AttributionDto of(Attribution a) {
            return a == null ? null : new AttributionDto(a.start(), a.end(), a.text(), a.speaker());
        }
    }

    @GetMapping("/accuracy")
    @Operation(summary = "Span and speaker precision and recall per extractor version, as reviewers measured them,"
            + " with the corrected cases (editors, auditors and administrators)")
    AccuracyDto accuracy(
            @Parameter(description = "Only this publisher's articles") @RequestParam(required = false) String publisher,
            @Parameter(description = "Reviewed on or after this day (UTC)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Reviewed on or before this day (UTC)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Corrected cases to skip, most recent first") @RequestParam(defaultValue = "0")
            int offset,
            @Parameter(description = "Corrected cases to return, at most " + Paging.MAX_SIZE)
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > Paging.MAX_SIZE) {
            throw new IllegalArgumentException("limit must be between 1 and " + Paging.MAX_SIZE);
        }
        var filter = new ExtractorAccuracy.Filter(publisher, from, to);
        return new AccuracyDto(ExtractorAccuracy.SPAN_OVERLAP,
                accuracy.byVersion(filter).stream().map(VersionDto::of).toList(),
                CasesDto.of(accuracy.cases(filter, offset, limit)));
    }
}

package org.verbatim.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.accuracy.ExtractorAccuracy.Case;
import org.verbatim.accuracy.ExtractorAccuracy.CaseKind;
import org.verbatim.accuracy.ExtractorAccuracy.Filter;
import org.verbatim.accuracy.ExtractorAccuracy.VersionAccuracy;
import org.verbatim.article.Article;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.QuoteType;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.review.ReviewWorkflow.Correction;
import org.verbatim.security.Role;
import org.verbatim.speaker.Speaker;
import org.verbatim.speaker.SpeakerKind;
import org.verbatim.support.Newsroom;
import org.verbatim.support.ReviewedHarbourStory;
import org.verbatim.support.ReviewedHarbourStory.Reviewed;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/** Reviews performed through the real workflow, then measured: every figure follows from the actions taken. */
@VerbatimIntegrationTest
class ExtractorAccuracyIT {

    @Autowired
    ExtractorAccuracy accuracy;

    @Autowired
    ReviewedHarbourStory harbour;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    EntityManager em;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void each_kind_of_review_counts_as_it_should_for_the_version_that_made_the_suggestion() {
        String publisher = "Accuracy Courier " + Newsroom.unique();
        Reviewed story = harbour.importAndReview(publisher, "acc-fiona");

        List<VersionAccuracy> versions = asEditor(() -> accuracy.byVersion(new Filter(publisher, null, null)));

        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.extractor()).isEqualTo(QuoteExtractor.NAME);
            assertThat(v.version()).isEqualTo(QuoteExtractor.VERSION);
            assertThat(v.counts()).isEqualTo(new ExtractorAccuracy.Counts(5, 2, 1, 1, 1, 1));
            assertThat(v.span()).isEqualTo(new ExtractorAccuracy.Figures(3, 2, 2));
            assertThat(v.span().precision()).isCloseTo(0.6, within(1e-9));
            assertThat(v.span().recall()).isCloseTo(0.6, within(1e-9));
            assertThat(v.speaker()).isEqualTo(new ExtractorAccuracy.Figures(3, 1, 2));
            assertThat(v.speaker().precision()).isCloseTo(0.75, within(1e-9));
            assertThat(v.speaker().recall()).isCloseTo(0.6, within(1e-9));
            assertThat(v.speaker().f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
            assertThat(v.confidence().whenRight()).as("confirmed, and trimmed within the overlap")
                    .isCloseTo(meanConfidence(story.confirmed(), story.spanTrimmed()), within(1e-9));
            assertThat(v.confidence().whenWrong()).as("span cut, speaker changed, rejected")
                    .isCloseTo(meanConfidence(story.spanCut(), story.speakerChanged(), story.rejected()), within(1e-9));
        });

        var page = asEditor(() -> accuracy.cases(new Filter(publisher, null, null), 0, 10));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.cases()).extracting(Case::quoteId).containsExactlyInAnyOrder(story.spanCut(),
                story.speakerChanged(), story.rejected(), story.added());
        Case cut = caseOf(page.cases(), story.spanCut());
        assertThat(cut.kind()).isEqualTo(CaseKind.SPAN);
        assertThat(cut.machine().text()).startsWith("Nothing has been repaired").endsWith("cracked");
        assertThat(cut.reviewer().text()).isEqualTo("Nothing ha");
        assertThat(cut.reviewer().speaker()).isEqualTo(cut.machine().speaker()).isNotNull();
        assertThat(cut.reviewedBy()).isEqualTo("acc-fiona");
        assertThat(cut.reason()).isEqualTo("Only the first words are on the record");
        assertThat(cut.extractor()).isEqualTo(QuoteExtractor.NAME + " " + QuoteExtractor.VERSION);

        Case speaker = caseOf(page.cases(), story.speakerChanged());
        assertThat(speaker.kind()).isEqualTo(CaseKind.SPEAKER);
        assertThat(speaker.machine().speaker()).contains("Morvath");
        assertThat(speaker.reviewer().speaker()).isEqualTo(story.newSpeaker());
        assertThat(speaker.reviewer().text()).isEqualTo(speaker.machine().text());

        Case rejected = caseOf(page.cases(), story.rejected());
        assertThat(rejected.kind()).isEqualTo(CaseKind.REJECTED);
        assertThat(rejected.reviewer()).isNull();
        assertThat(rejected.reason()).isEqualTo("A placard on the quay, not a statement");

        Case missed = caseOf(page.cases(), story.added());
        assertThat(missed.kind()).isEqualTo(CaseKind.MISSED);
        assertThat(missed.machine()).isNull();
        assertThat(missed.reviewer().text()).isEqualTo(ReviewedHarbourStory.ADDED);
        assertThat(missed.reviewer().speaker()).isEqualTo(story.minister());
        assertThat(missed.extractor()).as("a missed quote counts against the article's extractor")
                .isEqualTo(QuoteExtractor.NAME + " " + QuoteExtractor.VERSION);

        assertThat(asEditor(() -> accuracy.cases(new Filter(publisher, null, null), 1, 2)).cases()).hasSize(2);
    }

    @Test
    void a_speaker_added_where_the_machine_had_none_is_missed_and_one_removed_is_wrong_per_version() {
        String publisher = "Fixture Post " + Newsroom.unique();
        long[] ids = machineSuggestions(publisher);
        RunAs.user("acc-fiona", Role.FACT_CHECKER).run(() -> {
            Quote withoutSpeaker = quotes.findById(ids[0]).orElseThrow();
            workflow.correct(ids[0], withoutSpeaker.getVersion(), Correction.speaker(ids[2]), "The mayor said it");
            Quote withSpeaker = quotes.findById(ids[1]).orElseThrow();
            workflow.correct(ids[1], withSpeaker.getVersion(), new Correction(null, null, null, null, true, null),
                    "An unsigned notice: nobody said it");
        });

        List<VersionAccuracy> versions = asAuditor(() -> accuracy.byVersion(new Filter(publisher, null, null)));

        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.label()).isEqualTo("fixture-rules 2.0");
            assertThat(v.counts()).isEqualTo(new ExtractorAccuracy.Counts(2, 0, 0, 2, 0, 0));
            assertThat(v.span()).isEqualTo(new ExtractorAccuracy.Figures(2, 0, 0));
            assertThat(v.speaker()).as("one removed: wrong; one added where there was none: missed")
                    .isEqualTo(new ExtractorAccuracy.Figures(0, 1, 1));
            assertThat(v.speaker().precision()).isZero();
            assertThat(v.confidence().whenRight()).isNull();
            assertThat(v.confidence().whenWrong()).isCloseTo(0.6, within(1e-9));
        });
        assertThat(asAuditor(() -> accuracy.cases(new Filter(publisher, null, null), 0, 10)).cases())
                .extracting(Case::kind).containsOnly(CaseKind.SPEAKER);
    }

    @Test
    void only_reviewed_quotes_count_and_the_review_period_filters_them() {
        String publisher = "Quiet Herald " + Newsroom.unique();
        machineSuggestions(publisher);
        assertThat(asEditor(() -> accuracy.byVersion(new Filter(publisher, null, null)))).isEmpty();

        String reviewedPublisher = "Accuracy Courier " + Newsroom.unique();
        harbour.importAndReview(reviewedPublisher, "acc-gus");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(asEditor(() -> accuracy.byVersion(new Filter(reviewedPublisher, today.minusDays(1), today))))
                .hasSize(1);
        assertThat(asEditor(() -> accuracy.byVersion(new Filter(reviewedPublisher, today.plusDays(1), null))))
                .isEmpty();
    }

    @Test
    void fact_checkers_alone_do_not_see_the_figures() {
        assertThatThrownBy(() -> RunAs.user("acc-fiona", Role.FACT_CHECKER)
                .call(() -> accuracy.byVersion(Filter.everything())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.user("acc-admin", Role.ADMIN).call(() -> accuracy.byVersion(Filter.everything())))
                .isNotNull();
    }

    @Test
    void spans_are_the_same_when_they_share_four_fifths_of_their_union() {
        assertThat(ExtractorAccuracy.sameSpan(0, 100, 0, 80)).isTrue();
        assertThat(ExtractorAccuracy.sameSpan(0, 100, 0, 79)).isFalse();
        assertThat(ExtractorAccuracy.sameSpan(0, 100, 10, 110)).isTrue();
        assertThat(ExtractorAccuracy.sameSpan(0, 100, 15, 115)).isFalse();
        assertThat(ExtractorAccuracy.sameSpan(0, 100, 5, 100)).isTrue();
        assertThat(ExtractorAccuracy.sameSpan(0, 10, 20, 30)).isFalse();
    }

    /**
     * Two quotes as another extractor version suggested them, stored directly so that the test decides them: the
     * first without a speaker, the second by a speaker; returns their ids and a third speaker's id.
     */
    private long[] machineSuggestions(String publisher) {
        return new TransactionTemplate(transactions).execute(status -> {
            String m = Newsroom.unique();
            String text = "Notice " + m + "\n\n“The pool closes at noon.”\n\n“The library stays open,” Mayor Ona Vesk said.\n";
            Article article = new Article(text, "Notice " + m, publisher, null, null, "fixture", Instant.now(),
                    "fixture");
            article.extractedBy("fixture-rules", "2.0");
            em.persist(article);
            Speaker vesk = new Speaker("Ona Vesk " + m, SpeakerKind.PERSON, "mayor", null);
            Speaker clerk = new Speaker("Clerk " + m, SpeakerKind.PERSON, null, null);
            em.persist(vesk);
            em.persist(clerk);
            int pool = text.indexOf("The pool");
            int library = text.indexOf("The library");
            Quote first = new Quote(article, pool, pool + "The pool closes at noon.".length(), QuoteType.DIRECT, null,
                    null, null, "fixture-rules", "2.0", 0.4);
            Quote second = new Quote(article, library, library + "The library stays open".length(), QuoteType.DIRECT,
                    clerk, "Clerk", "said", "fixture-rules", "2.0", 0.8);
            em.persist(first);
            em.persist(second);
            em.flush();
            return new long[] {first.getId(), second.getId(), vesk.getId()};
        });
    }

    private double meanConfidence(long... quoteIds) {
        return java.util.Arrays.stream(quoteIds).mapToDouble(id -> quotes.findById(id).orElseThrow().getConfidence())
                .average().orElseThrow();
    }

    private static Case caseOf(List<Case> cases, long quoteId) {
        return cases.stream().filter(c -> c.quoteId() == quoteId).findFirst().orElseThrow();
    }

    private static <T> T asEditor(java.util.function.Supplier<T> work) {
        return RunAs.user("acc-erin", Role.EDITOR).call(work);
    }

    private static <T> T asAuditor(java.util.function.Supplier<T> work) {
        return RunAs.user("acc-audrey", Role.AUDITOR).call(work);
    }
}

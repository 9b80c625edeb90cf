package org.verbatim.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.support.Newsroom.said;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.extraction.QuoteExtractor;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.Verdict;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.review.ReviewAction;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.review.ReviewWorkflow.Correction;
import org.verbatim.security.Role;
import org.verbatim.speaker.SpeakerRepository;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@WithMockUser(username = "audrey", roles = "AUDITOR")
class AuditHistoryIT {

    private static final RunAs INGRID = RunAs.user("ingrid", Role.FACT_CHECKER);
    private static final RunAs FIONA = RunAs.user("fiona", Role.FACT_CHECKER);
    private static final RunAs ERIN = RunAs.user("erin", Role.EDITOR);

    @Autowired
    AuditHistory history;

    @Autowired
    AuditLog log;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    ArticleImporter importer;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    SpeakerRepository speakers;

    @Autowired
    SpeakerCuration curation;

    @Autowired
    Newsroom newsroom;

    @Test
    void a_quote_timeline_starts_with_the_machine_suggestion_then_each_change_with_who_why_and_from_to() {
        String m = Newsroom.unique();
        Quote suggested = imported(m);
        long lena = newsroom.speaker("Lena Morvath" + m);
        int start = suggested.getStartOffset();

        Quote q = FIONA.call(() -> workflow.correct(suggested.getId(), suggested.getVersion(),
                Correction.speaker(lena), "Named in the first paragraph"));
        Quote shortened = FIONA.call(() -> workflow.correct(q.getId(), q.getVersion(),
                Correction.span(start, start + 11), "The recording stops earlier"));
        Quote judged = FIONA.call(() -> workflow.recordVerdict(shortened.getId(), shortened.getVersion(),
                Verdict.ACCURATE, "Matches the video", "https://example.org/video"));
        ERIN.call(() -> workflow.approve(judged.getId(), judged.getVersion()));

        List<TimelineEntry> timeline = history.quoteTimeline(suggested.getId());

        assertThat(timeline).hasSize(5);
        TimelineEntry suggestion = timeline.get(0);
        assertThat(suggestion.change()).isEqualTo(ChangeKind.ADDED);
        assertThat(suggestion.username()).isEqualTo("ingrid");
        assertThat(suggestion.action()).isEqualTo("Suggested by " + QuoteExtractor.NAME + " " + QuoteExtractor.VERSION
                + String.format(Locale.ROOT, ", confidence %.2f", suggested.getConfidence()));
        assertThat(suggestion.change("Text")).hasValue(new FieldChange("Text", null, suggested.getText()));
        assertThat(suggestion.change("Status")).hasValue(new FieldChange("Status", null, "Pending"));

        TimelineEntry speaker = timeline.get(1);
        assertThat(speaker.username()).isEqualTo("fiona");
        assertThat(speaker.reason()).isEqualTo("Named in the first paragraph");
        assertThat(speaker.action()).isEqualTo("Corrected");
        String suggestedSpeaker = suggested.getSpeaker() == null ? "" : suggested.getSpeaker().getCanonicalName();
        assertThat(speaker.change("Speaker")).hasValue(new FieldChange("Speaker", suggestedSpeaker, "Lena Morvath" + m));
        assertThat(speaker.change("Status")).hasValue(new FieldChange("Status", "Pending", "Corrected"));
        assertThat(speaker.change("Text")).isEmpty();

        TimelineEntry span = timeline.get(2);
        assertThat(span.reason()).isEqualTo("The recording stops earlier");
        assertThat(span.change("Span")).hasValue(new FieldChange("Span",
                start + "–" + suggested.getEndOffset(), start + "–" + (start + 11)));
        assertThat(span.change("Text")).hasValue(new FieldChange("Text", suggested.getText(),
                suggested.getText().substring(0, 11)));
        assertThat(span.change("Speaker")).isEmpty();

        TimelineEntry verdict = timeline.get(3);
        assertThat(verdict.action()).isEqualTo("Verdict recorded");
        assertThat(verdict.reason()).isEqualTo("Verdict: Accurate — Matches the video");
        assertThat(verdict.change("Verdict")).hasValue(new FieldChange("Verdict", "", "Accurate"));
        assertThat(verdict.change("Note")).hasValue(new FieldChange("Note", "", "Matches the video"));
        assertThat(verdict.change("Sources")).hasValue(new FieldChange("Sources", null, "https://example.org/video"));

        TimelineEntry approval = timeline.get(4);
        assertThat(approval.username()).isEqualTo("erin");
        assertThat(approval.action()).isEqualTo("Approved");
        assertThat(approval.change("Status")).hasValue(new FieldChange("Status", "Corrected", "Approved"));
        assertThat(timeline).extracting(TimelineEntry::revision).isSorted();
    }

    @Test
    void a_speaker_change_names_the_speakers_as_they_were_even_once_renamed_or_merged_away() {
        String m = Newsroom.unique();
        Quote suggested = imported(m);
        long first = newsroom.speaker("Jan Hollis" + m);
        long second = newsroom.speaker("Jan Hollins" + m);
        long survivor = newsroom.speaker("Janet Hollins" + m);

        Quote q = FIONA.call(() -> workflow.correct(suggested.getId(), suggested.getVersion(),
                Correction.speaker(first), "First guess"));
        FIONA.run(() -> workflow.correct(q.getId(), q.getVersion(), Correction.speaker(second), "Better guess"));
        FIONA.run(() -> curation.merge(second, version(second), survivor, version(survivor), "Same person"));

        List<TimelineEntry> timeline = history.quoteTimeline(suggested.getId());

        assertThat(timeline).hasSize(4);
        assertThat(timeline.get(2).change("Speaker"))
                .hasValue(new FieldChange("Speaker", "Jan Hollis" + m, "Jan Hollins" + m));
        TimelineEntry merge = timeline.get(3);
        assertThat(merge.action()).isEqualTo("Changed");
        assertThat(merge.reason()).isEqualTo("Merged speaker Jan Hollins" + m + " into Janet Hollins" + m
                + ": Same person");
        assertThat(merge.change("Speaker")).hasValue(new FieldChange("Speaker", "Jan Hollins" + m,
                "Janet Hollins" + m));
        assertThat(merge.change("Status")).as("a merge does not touch the review").isEmpty();
    }

    @Test
    void an_article_timeline_merges_its_quotes_in_time_order() {
        String m = Newsroom.unique();
        long speaker = newsroom.speaker("Ola Strand" + m);
        Published article = FIONA.call(() -> newsroom.article("Ferries " + m, null,
                said(speaker, "The ferry runs hourly"), said(speaker, "Tickets stay cheap")));
        long firstQuote = article.quoteIds().get(0);
        long secondQuote = article.quoteIds().get(1);
        FIONA.run(() -> workflow.confirm(secondQuote, version(quotes, secondQuote)));
        FIONA.run(() -> workflow.reject(firstQuote, version(quotes, firstQuote), "Not a quote: a headline"));

        List<TimelineEntry> timeline = history.articleTimeline(article.articleId());

        assertThat(timeline).extracting(TimelineEntry::record, TimelineEntry::recordId, TimelineEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditedRecord.ARTICLE, article.articleId(),
                                "Article imported"),
                        org.assertj.core.groups.Tuple.tuple(AuditedRecord.QUOTE, firstQuote,
                                "Suggested by " + Newsroom.EXTRACTOR + " 1, confidence 0.90"),
                        org.assertj.core.groups.Tuple.tuple(AuditedRecord.QUOTE, secondQuote,
                                "Suggested by " + Newsroom.EXTRACTOR + " 1, confidence 0.90"),
                        org.assertj.core.groups.Tuple.tuple(AuditedRecord.QUOTE, secondQuote, "Confirmed"),
                        org.assertj.core.groups.Tuple.tuple(AuditedRecord.QUOTE, firstQuote, "Rejected"));
        assertThat(timeline.get(4).reason()).isEqualTo("Not a quote: a headline");
        assertThat(timeline.get(4).subject()).isEqualTo("The ferry runs hourly");
        assertThat(timeline.getFirst().change("Title")).hasValue(new FieldChange("Title", null, "Ferries " + m));
    }

    @Test
    void the_global_log_lists_changes_newest_first_filtered_by_user_date_and_action() {
        String m = Newsroom.unique();
        String lars = "lars-" + m;
        Quote one = imported(m);
        Quote two = imported(m + "b");
        Instant before = Instant.now().minusSeconds(1);
        RunAs.user(lars, Role.FACT_CHECKER).run(() -> {
            workflow.confirm(one.getId(), one.getVersion());
            workflow.reject(two.getId(), two.getVersion(), "Headline, not speech");
        });

        AuditLogFilter byLars = AuditLogFilter.everything().byUser(lars);
        List<AuditLogEntry> all = log.log(byLars, 0, 50);

        assertThat(log.count(byLars)).as("two actions, each listed once").isEqualTo(2);
        assertThat(all).hasSize(2).allSatisfy(e -> assertThat(e.username()).isEqualTo(lars));
        assertThat(all).extracting(AuditLogEntry::revision).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all.getFirst().reason()).isEqualTo("Headline, not speech");
        assertThat(all).extracting(AuditLogEntry::action, AuditLogEntry::quoteId, AuditLogEntry::articleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rejected", two.getId(), two.getArticle().getId()),
                        org.assertj.core.groups.Tuple.tuple("Confirmed", one.getId(), one.getArticle().getId()));
        assertThat(all.getLast().detail()).as("named by its words and speaker")
                .startsWith("“The harbour " + m).contains("” — ");
        assertThat(all.getLast().changes()).contains(new FieldChange("Status", "Pending", "Confirmed"));

        assertThat(log.log(byLars.withReviewAction(ReviewAction.REJECT), 0, 50))
                .extracting(AuditLogEntry::quoteId).containsExactly(two.getId());
        assertThat(log.log(byLars.of(AuditedRecord.QUOTE, ChangeKind.MODIFIED), 0, 50))
                .extracting(AuditLogEntry::recordId).containsExactly(two.getId(), one.getId());
        assertThat(log.log(byLars.of(AuditedRecord.REVIEW, null), 0, 50)).as("reviews on their own, if asked for")
                .extracting(AuditLogEntry::action).containsExactly("Rejected", "Confirmed");
        assertThat(log.count(byLars.of(null, ChangeKind.DELETED))).isZero();
        assertThat(log.count(byLars.between(before, Instant.now().plusSeconds(5)))).isEqualTo(2);
        assertThat(log.count(byLars.between(Instant.now().plus(Duration.ofDays(1)), null))).isZero();
        assertThat(log.log(byLars, 1, 1)).isEqualTo(all.subList(1, 2));
        assertThat(log.actors()).contains(lars, "ingrid");
    }

    @Test
    void the_csv_export_quotes_cells_and_neutralises_formulas() {
        String m = Newsroom.unique();
        String mallory = "mallory-" + m;
        Quote quote = imported(m);
        String reason = "=HYPERLINK(\"http://evil.example\",\"click\"), then\nmore";
        RunAs.user(mallory, Role.FACT_CHECKER).run(() -> workflow.reject(quote.getId(), quote.getVersion(), reason));

        StringWriter out = new StringWriter();
        log.exportCsv(AuditLogFilter.everything().byUser(mallory), out);
        String csv = out.toString();

        assertThat(csv).startsWith("\uFEFFRevision,Time (UTC),User,Record,Record id,Change,Action,Subject,Changes,"
                + "Quote,Article,Reason\r\n");
        assertThat(csv).contains(",Quote,", ",modified,Rejected,",
                ",Status: Pending → Rejected," + quote.getId() + "," + quote.getArticle().getId() + ",");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\"), then\nmore\"\r\n");
        assertThat(csv).doesNotContain(",=HYPERLINK");
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void the_whole_log_read_a_few_entries_at_a_time_is_the_log_read_at_once() {
        imported(Newsroom.unique());   // a revision of several rows: article, speaker, quote
        StringWriter atOnce = new StringWriter();
        log.exportCsv(AuditLogFilter.everything(), atOnce, Integer.MAX_VALUE);

        for (int chunk : new int[]{1, 2, 3, 7}) {
            StringWriter inChunks = new StringWriter();
            log.exportCsv(AuditLogFilter.everything(), inChunks, chunk);
            assertThat(inChunks.toString()).as("chunks of " + chunk).isEqualTo(atOnce.toString());
        }
        assertThat(atOnce.toString().split("\r\n").length).isGreaterThan(10);
    }

    @Test
    @WithMockUser(username = "fiona", roles = {"FACT_CHECKER", "EDITOR"})
    void only_auditors_and_administrators_read_the_history() {
        assertThatThrownBy(() -> history.quoteTimeline(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> log.log(AuditLogFilter.everything(), 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> log.exportCsv(AuditLogFilter.everything(), new StringWriter()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(RunAs.user("root", Role.ADMIN).call(() -> log.log(AuditLogFilter.everything(), 0, 10)))
                .isNotEmpty();
    }

    /** An article imported through the real extractor by ingrid; its first quote, as the machine suggested it. */
    private Quote imported(String marker) {
        String text = "Harbour Minister Lena Morvath spoke on Tuesday.\n\n“The harbour " + marker
                + " will reopen to fishing boats next spring,” Morvath told reporters.\n";
        long articleId = INGRID.call(() -> importer.importText(text,
                ArticleImporter.Details.none("history-" + marker)).articleId());
        return quotes.findByArticleIdOrderByStartOffset(articleId).getFirst();
    }

    private long version(long speakerId) {
        return speakers.findById(speakerId).orElseThrow().getVersion();
    }

    private static long version(QuoteRepository quotes, long quoteId) {
        return quotes.findById(quoteId).orElseThrow().getVersion();
    }
}

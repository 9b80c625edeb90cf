package org.verbatim.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.stereotype.Component;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.QuoteType;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.review.ReviewWorkflow.Correction;
import org.verbatim.review.ReviewWorkflow.NewSpeaker;
import org.verbatim.security.Role;
import org.verbatim.speaker.SpeakerKind;

/**
 * Object mother for measured extraction: imports a five-quote harbour story under a publisher of the test's own and
 * has a fact-checker review it through the real workflow, one action of each kind:
 * <ol>
 *     <li>"The harbour will reopen…" confirmed;</li>
 *     <li>"Nothing has been repaired…" cut to its first ten characters (span wrong);</li>
 *     <li>"the repairs would cost less…" given to a new speaker (speaker wrong);</li>
 *     <li>"We have waited three winters…" rejected (false positive);</li>
 *     <li>"the council had not published the engineers' report" without " report" (overlap over 0.8: span right);</li>
 *     <li>"The ferry timetable will be announced in March" added, said by the minister (missed).</li>
 * </ol>
 * Span: 3 right, 2 wrong, 2 missed. Speaker: 3 right, 1 wrong, 2 missed.
 */
@Component
public class ReviewedHarbourStory {

    public static final String ADDED = "The ferry timetable will be announced in March";

    private final ArticleImporter importer;
    private final ReviewWorkflow workflow;
    private final QuoteRepository quotes;

    ReviewedHarbourStory(ArticleImporter importer, ReviewWorkflow workflow, QuoteRepository quotes) {
        this.importer = importer;
        this.workflow = workflow;
        this.quotes = quotes;
    }

    /** What was reviewed: the article, its quotes by role above, and the new speaker's name. */
    public record Reviewed(long articleId, String text, long confirmed, long spanCut, long speakerChanged,
                           long rejected, long spanTrimmed, long added, String newSpeaker, String minister) {
    }

    public Reviewed importAndReview(String publisher, String checker) {
        String m = Newsroom.unique();
        String text = "Harbour reopening divides Portvale\n\n"
                + "Harbour Minister Lena Morvath spoke on Tuesday in Portvale " + m + ".\n\n"
                + "“The harbour will reopen to fishing boats next spring,” Morvath told reporters.\n\n"
                + "Opposition leader Tomas Brell disagreed. “Nothing has been repaired, and the quay walls are still"
                + " cracked,” he said.\n\n"
                + "Morvath said the repairs would cost less than the council had feared.\n\n"
                + "“We have waited three winters already,” said Ada Quill, who runs the fish market.\n\n"
                + "Brell added that the council had not published the engineers' report.\n\n"
                + ADDED + ".\n";
        ImportOutcome outcome = RunAs.user(checker, Role.FACT_CHECKER).call(() -> importer.importText(text,
                new ArticleImporter.Details("Harbour " + m, publisher, null, null, "harbour-" + m)));
        long articleId = outcome.articleId();
        List<Quote> found = quotes.findByArticleIdOrderByStartOffset(articleId);
        Quote reopen = find(found, "The harbour will reopen");
        Quote repaired = find(found, "Nothing has been repaired");
        Quote cost = find(found, "the repairs would cost less");
        Quote winters = find(found, "We have waited three winters");
        Quote report = find(found, "the engineers' report");
        assertThat(reopen.getSpeaker()).as("the extractor names the minister").isNotNull();
        String newSpeaker = "Ivo Dree " + m;
        int addedAt = text.indexOf(ADDED);
        Quote added = RunAs.user(checker, Role.FACT_CHECKER).call(() -> {
            workflow.confirm(reopen.getId(), reopen.getVersion());
            workflow.correct(repaired.getId(), repaired.getVersion(),
                    Correction.span(repaired.getStartOffset(), repaired.getStartOffset() + 10),
                    "Only the first words are on the record");
            workflow.correct(cost.getId(), cost.getVersion(), new Correction(null, null, null,
                    new NewSpeaker(newSpeaker, "spokesperson", "Portvale council", SpeakerKind.PERSON), false, null),
                    "The council's spokesperson said this, not the minister");
            workflow.reject(winters.getId(), winters.getVersion(), "A placard on the quay, not a statement");
            workflow.correct(report.getId(), report.getVersion(),
                    Correction.span(report.getStartOffset(), report.getEndOffset() - " report".length()),
                    "The last word is the reporter's");
            return workflow.addMissedQuote(articleId, addedAt, addedAt + ADDED.length(), QuoteType.INDIRECT,
                    reopen.getSpeaker().getId(), null, "The minister's office said this at the same briefing");
        });
        return new Reviewed(articleId, text, reopen.getId(), repaired.getId(), cost.getId(), winters.getId(),
                report.getId(), added.getId(), newSpeaker, reopen.getSpeaker().getCanonicalName());
    }

    /** Confirms whatever the extractor found beyond the five quotes above, so that the article is fully reviewed. */
    public void confirmTheRest(long articleId, String checker) {
        RunAs.user(checker, Role.FACT_CHECKER).run(() -> quotes.findByArticleIdOrderByStartOffset(articleId).stream()
                .filter(q -> q.getStatus() == ReviewStatus.PENDING)
                .forEach(q -> workflow.confirm(q.getId(), q.getVersion())));
    }

    private static Quote find(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("The extractor no longer finds “" + words + "”: " + quotes
                        .stream().map(Quote::getText).toList()));
    }
}

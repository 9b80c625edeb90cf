package org.verbatim.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.registry.SpeakerCuration;
import org.verbatim.registry.SpeakerDirectory;
import org.verbatim.registry.SpeakerSummary;
import org.verbatim.review.ReviewWorkflow.Correction;
import org.verbatim.security.Role;
import org.verbatim.support.Newsroom;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

/**
 * A name corrected once is recognised next time: import, correct the speaker to the registry's entry, import another
 * article that names the speaker the same wrong way, and the new quote goes to the corrected speaker.
 */
@VerbatimIntegrationTest
class LearningFromReviewersIT {

    @Autowired
    ArticleImporter importer;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    Newsroom newsroom;

    @Autowired
    SpeakerDirectory directory;

    @Autowired
    SpeakerCuration curation;

    /** The registry's spelling, and the article's. */
    record Names(String right, String wrong, String wrongSurname) {
        static Names fresh() {
            String stem = "Kan" + letters(Newsroom.unique());
            return new Names("Nasser " + stem + "aani", "Nasser " + stem + "ani", stem + "ani");
        }
    }

    @Test
    void a_speaker_corrected_once_is_recognised_by_the_next_import_in_full_and_by_surname() {
        Names n = Names.fresh();
        Quote first = quoteOf(importArticle("Foreign Ministry spokesman " + n.wrong() + " said on Monday that Tehran"
                + " would not return to the talks under pressure.\n\n“We will not negotiate while sanctions remain,” "
                + n.wrongSurname() + " told reporters in Tehran."), "We will not negotiate");
        assertThat(first.getSpeaker().getCanonicalName()).as("the machine's spelling").isEqualTo(n.wrong());
        // registered after the import made an entry of the wrong spelling: that older entry keeps its names, so only
        // what the correction taught can make the next import choose this one
        long registered = newsroom.speaker(n.right());
        assertThat(first.getMachineSpeaker()).isEqualTo(n.wrong());
        assertThat(first.getMention()).isEqualTo(n.wrongSurname());

        RunAs.user("learn-fiona", Role.FACT_CHECKER).run(() -> workflow.correct(first.getId(), first.getVersion(),
                Correction.speaker(registered), "The registry spells his name with a double a"));

        assertThat(aliasesOf(registered)).contains(n.wrong(), n.wrongSurname());
        Quote bySurname = quoteOf(importArticle("“The strait will stay open to every ship that respects our waters,” "
                + n.wrongSurname() + " said on Thursday."), "The strait will stay open");
        assertThat(bySurname.getSpeaker().getId()).isEqualTo(registered);
        assertThat(bySurname.getSpeaker().getCanonicalName()).isEqualTo(n.right());
        assertThat(bySurname.getMachineSpeaker()).as("what the extractor wrote stays on record").isEqualTo(n.wrongSurname());
        Quote inFull = quoteOf(importArticle(n.wrong() + " said that Iran would send a delegation to the summit in"
                + " Oman next month."), "send a delegation");
        assertThat(inFull.getSpeaker().getId()).isEqualTo(registered);
    }

    @Test
    void what_was_learned_follows_the_speaker_into_a_merge() {
        Names n = Names.fresh();
        long registered = newsroom.speaker(n.right());
        long survivor = newsroom.speaker("Nasser " + n.right().substring(7) + " Jr");
        Quote first = quoteOf(importArticle("“Talks will resume in spring,” " + n.wrongSurname()
                + " told reporters on Friday."), "Talks will resume");
        RunAs.user("learn-fiona", Role.FACT_CHECKER).run(() -> {
            workflow.correct(first.getId(), first.getVersion(), Correction.speaker(registered), "Registry spelling");
            curation.merge(registered, summary(registered).version(), survivor, summary(survivor).version(),
                    "The same person");
        });

        Quote next = quoteOf(importArticle("“The embassy will reopen,” " + n.wrongSurname() + " said on Sunday."),
                "The embassy will reopen");
        assertThat(next.getSpeaker().getId()).isEqualTo(survivor);
    }

    private long importArticle(String body) {
        String m = Newsroom.unique();
        return RunAs.user("learn-fiona", Role.FACT_CHECKER).call(() -> importer.importText("Dispatch " + m + "\n\n"
                + body + "\n", ArticleImporter.Details.none("learning-" + m))).articleId();
    }

    private Quote quoteOf(long articleId, String words) {
        List<Quote> found = quotes.findByArticleIdOrderByStartOffset(articleId);
        return found.stream().filter(q -> q.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with “" + words + "” in " + found.stream()
                        .map(Quote::getText).toList()));
    }

    private List<String> aliasesOf(long speakerId) {
        return summary(speakerId).aliases();
    }

    private SpeakerSummary summary(long speakerId) {
        return RunAs.user("learn-fiona", Role.FACT_CHECKER).call(() -> directory.speaker(speakerId).orElseThrow());
    }

    /** Letters only, so that the extractor reads the marker as part of a name. */
    private static String letters(String marker) {
        StringBuilder sb = new StringBuilder();
        for (char c : marker.toCharArray()) {
            sb.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return sb.toString();
    }
}

package org.verbatim.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.RevisionInfo;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.importing.ImportOutcome;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.quote.SelfApprovalException;
import org.verbatim.quote.Verdict;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class ReviewWorkflowIT {

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    ArticleImporter importer;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    org.verbatim.audit.AuditHistory history;

    Quote quote;

    /** Each test gets its own article (a unique text) with one direct quote. */
    @BeforeEach
    void an_article_with_a_quote() {
        String marker = Long.toString(System.nanoTime(), 36);
        String text = "Harbour Minister Lena Morvath spoke on Tuesday.\n\n“The harbour " + marker
                + " will reopen to fishing boats next spring,” Morvath told reporters.\n";
        ImportOutcome outcome = importer.importText(text, ArticleImporter.Details.none("harbour-" + marker));
        List<Quote> found = quotes.findByArticleIdOrderByStartOffset(outcome.articleId());
        assertThat(found).as("the extractor finds the direct quote").isNotEmpty();
        quote = found.getFirst();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_correction_creates_an_audit_revision_with_user_and_reason() {
        workflow.correct(quote.getId(), quote.getVersion(),
                ReviewWorkflow.Correction.span(quote.getStartOffset(), quote.getStartOffset() + 11),
                "The quote stops earlier in the recording");

        var revisions = inTransaction(() -> AuditReaderFactory.get(EntityManagerFactoryUtils.getTransactionalEntityManager(emf))
                .createQuery().forRevisionsOfEntity(Quote.class, false, true)
                .add(AuditEntity.id().eq(quote.getId()))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList());
        assertThat(revisions).hasSize(2);
        Object[] original = (Object[]) revisions.get(0);
        Object[] corrected = (Object[]) revisions.get(1);
        assertThat(((Quote) original[0]).getStatus()).isEqualTo(ReviewStatus.PENDING);
        assertThat(((Quote) original[0]).getExtractorName()).isNotBlank();
        RevisionInfo rev = (RevisionInfo) corrected[1];
        assertThat(rev.getUsername()).isEqualTo("fiona");
        assertThat(rev.getReason()).isEqualTo("The quote stops earlier in the recording");
        assertThat(((Quote) corrected[0]).getStatus()).isEqualTo(ReviewStatus.CORRECTED);
        assertThat(((Quote) corrected[0]).getText()).hasSize(11);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void an_edited_quote_is_found_by_full_text_search_after_commit() {
        String marker = quote.getText().replaceAll(".*harbour (\\S+) .*", "$1");
        Quote edited = workflow.correct(quote.getId(), quote.getVersion(),
                ReviewWorkflow.Correction.type(org.verbatim.quote.QuoteType.DIRECT), "Type checked against audio");

        List<Quote> hits = inTransaction(() -> Search.session(EntityManagerFactoryUtils.getTransactionalEntityManager(emf)).search(Quote.class)
                .where(f -> f.bool()
                        .must(f.simpleQueryString().field("text").matching("harbours reopening " + marker)
                                .defaultOperator(BooleanOperator.AND))
                        .must(f.match().field("status").matching(ReviewStatus.CORRECTED)))
                .fetchHits(10));
        assertThat(hits).extracting(Quote::getId).containsExactly(edited.getId());
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_stale_edit_is_rejected_and_says_who_changed_it() {
        long seen = quote.getVersion();
        workflow.confirm(quote.getId(), seen);

        assertThatThrownBy(() -> workflow.reject(quote.getId(), seen, "Not a quote at all"))
                .isInstanceOf(ConflictingEditException.class)
                .hasMessageContaining("fiona")
                .hasMessageContaining("reload");
        assertThat(quotes.findById(quote.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_correction_without_a_reason_is_refused() {
        assertThatThrownBy(() -> workflow.reject(quote.getId(), quote.getVersion(), "  "))
                .isInstanceOf(ReasonRequiredException.class);
        assertThat(quotes.findById(quote.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.PENDING);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_fact_checker_cannot_approve() {
        Quote confirmed = workflow.recordVerdict(quote.getId(), quote.getVersion(), Verdict.ACCURATE,
                "Matches the video", "https://example.org/video");
        assertThatThrownBy(() -> workflow.approve(confirmed.getId(), confirmed.getVersion()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "erin", roles = {"FACT_CHECKER", "EDITOR"})
    void an_editor_cannot_approve_their_own_review() {
        Quote confirmed = workflow.confirm(quote.getId(), quote.getVersion());
        assertThatThrownBy(() -> workflow.approve(confirmed.getId(), confirmed.getVersion()))
                .isInstanceOf(SelfApprovalException.class);
        assertThat(quotes.findById(quote.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void a_claim_rating_is_kept_apart_from_the_verdict_audited_and_only_from_the_scale() {
        Quote verdicted = workflow.recordVerdict(quote.getId(), quote.getVersion(), Verdict.ACCURATE, "On tape", null);
        Quote rated = workflow.rateClaim(quote.getId(), verdicted.getVersion(), "mostly false",
                "The port authority's schedule says summer");

        assertThat(rated.getVerdict()).as("the attribution verdict stands").isEqualTo(Verdict.ACCURATE);
        assertThat(rated.getClaimRating()).as("stored in the scale's words").isEqualTo("Mostly false");
        Quote again = workflow.rateClaim(quote.getId(), rated.getVersion(), "False", null);
        assertThat(again.getClaimRatingNote()).isNull();
        assertThatThrownBy(() -> workflow.rateClaim(quote.getId(), again.getVersion(), "Pants on fire", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mostly true");

        var timeline = org.verbatim.support.RunAs.user("aurelio", org.verbatim.security.Role.AUDITOR)
                .call(() -> history.quoteTimeline(quote.getId()));
        assertThat(timeline).extracting(org.verbatim.audit.TimelineEntry::action).contains("Claim rated");
        assertThat(timeline.getLast().reason()).isEqualTo("Claim rating: False");
        assertThat(timeline.getLast().changes()).extracting(c -> c.field() + ": " + c.from() + " → " + c.to())
                .contains("Claim rating: Mostly false → False",
                        "Rating note: The port authority's schedule says summer → ");
    }

    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void an_editor_cannot_rate_a_claim_and_an_approved_quote_keeps_its_rating() {
        assertThatThrownBy(() -> workflow.rateClaim(quote.getId(), quote.getVersion(), "True", null))
                .isInstanceOf(AuthorizationDeniedException.class);
        Quote rated = org.verbatim.support.RunAs.user("fiona", org.verbatim.security.Role.FACT_CHECKER)
                .call(() -> workflow.rateClaim(quote.getId(), quote.getVersion(), "True", null));
        assertThat(rated.getStatus()).as("rating is looking: no longer pending").isEqualTo(ReviewStatus.CONFIRMED);
        Quote approved = workflow.approve(quote.getId(), rated.getVersion());
        assertThatThrownBy(() -> org.verbatim.support.RunAs.user("fiona", org.verbatim.security.Role.FACT_CHECKER)
                .call(() -> workflow.rateClaim(quote.getId(), approved.getVersion(), "False", null)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(quotes.findById(quote.getId()).orElseThrow().getClaimRating()).isEqualTo("True");
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}

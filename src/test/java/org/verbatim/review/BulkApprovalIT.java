package org.verbatim.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.ReviewStatus;
import org.verbatim.review.ReviewWorkflow.Approval;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestArticles;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class BulkApprovalIT {

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    TestArticles articles;

    @Autowired
    QuoteRepository quotes;

    @Test
    void each_selected_quote_is_approved_on_its_own_and_the_refused_say_why() {
        String m = Long.toString(System.nanoTime(), 36);
        RunAs erin = RunAs.user("ba-erin-" + m, Role.FACT_CHECKER, Role.EDITOR);
        RunAs fiona = RunAs.user("ba-fiona-" + m, Role.FACT_CHECKER);
        var one = fiona.call(() -> articles.harbourStory());
        var two = fiona.call(() -> articles.harbourStory());
        var own = erin.call(() -> workflow.confirm(one.quotes().get(0).getId(), one.quotes().get(0).getVersion()));
        var others = fiona.call(() -> workflow.confirm(one.quotes().get(1).getId(), one.quotes().get(1).getVersion()));
        var stale = fiona.call(() -> workflow.confirm(two.quotes().get(0).getId(), two.quotes().get(0).getVersion()));
        fiona.call(() -> workflow.recordVerdict(stale.getId(), stale.getVersion(),
                org.verbatim.quote.Verdict.ACCURATE, "changed after the editor loaded the list", null));
        var pending = two.quotes().get(1);

        var outcome = erin.call(() -> workflow.approveAll(List.of(new Approval(own.getId(), own.getVersion()),
                new Approval(others.getId(), others.getVersion()), new Approval(stale.getId(), stale.getVersion()),
                new Approval(pending.getId(), pending.getVersion()))));

        assertThat(outcome.approved()).containsExactly(others.getId());
        assertThat(outcome.refused()).containsOnlyKeys(own.getId(), stale.getId(), pending.getId());
        assertThat(outcome.refused().get(own.getId())).contains("You reviewed this quote yourself");
        assertThat(outcome.refused().get(stale.getId())).contains("changed by ba-fiona-" + m);
        assertThat(outcome.refused().get(pending.getId())).contains("Only a confirmed or corrected quote");
        assertThat(quotes.findById(others.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(quotes.findById(own.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
        assertThat(quotes.findById(stale.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.CONFIRMED);
    }

    @Test
    void only_editors_approve_in_bulk() {
        assertThatThrownBy(() -> RunAs.user("ba-fc", Role.FACT_CHECKER).call(() -> workflow.approveAll(List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}

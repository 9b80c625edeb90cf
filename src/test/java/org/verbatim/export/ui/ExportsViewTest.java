package org.verbatim.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.support.Newsroom.said;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.quote.Verdict;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.Newsroom;
import org.verbatim.support.Newsroom.Published;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@ViewPackages(packages = "org.verbatim")
class ExportsViewTest extends SpringBrowserlessTest {

    @Autowired
    QuoteRepository quotes;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    Newsroom newsroom;

    private String download(String id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test($(Anchor.class).id(id)).download(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private long version(long quoteId) {
        return quotes.findById(quoteId).orElseThrow().getVersion();
    }

    @Test
    @WithMockUser(username = "fenna", roles = "FACT_CHECKER")
    void a_fact_checker_downloads_claim_reviews_and_quotes_but_is_offered_no_audit_log() {
        String m = Newsroom.unique();
        long speaker = newsroom.speaker("Ida Varga " + m);
        Published article = newsroom.article("Tram line " + m, null, said(speaker, "The tram line opens in June " + m));
        long quoteId = article.quoteIds().getFirst();
        RunAs.user("exv-fiona", Role.FACT_CHECKER).run(() -> workflow.recordVerdict(quoteId, version(quoteId),
                Verdict.ACCURATE, "Matches the council minutes", null));
        RunAs.user("exv-eddie", Role.EDITOR).run(() -> workflow.approve(quoteId, version(quoteId)));

        navigate(ExportsView.class);

        assertThat(download("export-quotes-csv")).contains("The tram line opens in June " + m)
                .contains("Ida Varga " + m);
        assertThat(download("export-quotes-json")).contains("\"The tram line opens in June " + m + "\"");
        assertThat(download("export-claimreview")).contains("ClaimReview")
                .contains("The tram line opens in June " + m).contains("\"url\"");
        assertThat($(Anchor.class).withId("export-audit-csv").all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void an_auditor_downloads_the_audit_log() {
        String m = Newsroom.unique();
        newsroom.article("Bridge " + m, null, said(newsroom.speaker("Olle Brink " + m), "The bridge holds " + m));

        navigate(ExportsView.class);

        String csv = download("export-audit-csv");
        assertThat(csv).startsWith("\uFEFFRevision,").contains("Bridge " + m);
    }

    @Test
    @WithMockUser(username = "audrey", roles = "AUDITOR")
    void the_audit_log_download_is_refused_on_the_server_to_a_user_without_the_role() {
        newsroom.article("Dam " + Newsroom.unique(), null);
        navigate(ExportsView.class);
        Anchor audit = $(Anchor.class).id("export-audit-csv");

        // the same link, asked for by someone who is no auditor (the session's user lost the role, or a copied link)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // (the test server's response reports the error the handler sends as an exception)
        assertThatThrownBy(() -> RunAs.user("exv-fred", Role.FACT_CHECKER).run(() -> test(audit).download(out)))
                .rootCause().hasMessageContaining("403 Auditors and administrators only");

        assertThat(out.size()).isZero();
    }
}

package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.verbatim.base.Inbox;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.notification.Notifier;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.RunAs;
import org.verbatim.support.TestUsers;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class ConflictNoticesIT {

    @Autowired
    WatchList watch;

    @Autowired
    Notifier notifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ArticleImporter importer;

    @Autowired
    QuoteSearch search;

    @Autowired
    ReviewWorkflow workflow;

    @Autowired
    Inbox inbox;

    @Autowired
    TestUsers users;

    @Test
    void every_watcher_is_told_once_of_a_new_statement_contradicting_a_verified_one_even_by_two_nodes() {
        String marker = Long.toString(System.nanoTime(), 36);
        RunAs wanda = RunAs.user(users.create("cn-wanda-" + marker, Role.FACT_CHECKER).getUsername(),
                Role.FACT_CHECKER);
        RunAs auditor = RunAs.user(users.create("cn-audrey-" + marker, Role.AUDITOR).getUsername(), Role.AUDITOR);
        var first = wanda.call(() -> importer.importText("Syldavian Interior Minister Hanna Klipp spoke in Klow "
                + marker + ".\n\n“The Bordurian Freedom Army is still a terrorist organisation,” Klipp said.\n",
                ArticleImporter.Details.none("notice-a-" + marker)));
        var earlier = wanda.call(() -> search.search(QuoteSearch.Query.of("\"Bordurian Freedom Army is still\""))
                .hits().stream().filter(h -> h.card().articleId() == first.articleId()).findFirst().orElseThrow()
                .card());
        wanda.call(() -> workflow.confirm(earlier.quoteId(), earlier.version()));
        // two nodes, each looking since now
        ConflictNotices nodeA = new ConflictNotices(watch, notifier, jdbc, clock);
        ConflictNotices nodeB = new ConflictNotices(watch, notifier, jdbc, clock);

        wanda.call(() -> importer.importText("Syldavian Interior Minister Hanna Klipp met envoys in Klow " + marker
                + ".\n\n“Our delegation held official negotiations with the Bordurian Freedom Army,” Klipp said.\n",
                ArticleImporter.Details.none("notice-b-" + marker)));
        assertThat(nodeA.tellWatchers()).isPositive();
        assertThat(nodeB.tellWatchers()).isPositive();
        assertThat(nodeA.tellWatchers()).as("nothing imported since its last look").isZero();

        var told = wanda.call(() -> inbox.latest(20)).stream()
                .filter(m -> m.route().endsWith("," + earlier.quoteId())).toList();
        assertThat(told).singleElement().satisfies(m -> {
            assertThat(m.text()).startsWith("A new statement by Hanna Klipp").contains("negotiations");
            assertThat(m.route()).startsWith("compare?quotes=");
            assertThat(m.read()).isFalse();
        });
        assertThat(auditor.call(() -> inbox.latest(20))).as("auditors do not watch").isEmpty();
    }
}

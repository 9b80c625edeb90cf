package org.verbatim.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.importing.ArticleImporter;
import org.verbatim.quote.Quote;
import org.verbatim.quote.QuoteRepository;
import org.verbatim.review.ReviewWorkflow;
import org.verbatim.security.Role;
import org.verbatim.support.Newsroom;
import org.verbatim.support.RunAs;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
@WithMockUser(username = "audrey", roles = "AUDITOR")
class AuditLogIT {

    /** Newest revision first, then by kind of record, then newest record first. */
    private static final Comparator<AuditLogEntry> LOG_ORDER = Comparator
            .comparingLong(AuditLogEntry::revision).reversed()
            .thenComparing(AuditLogEntry::record)
            .thenComparing(Comparator.comparingLong(AuditLogEntry::recordId).reversed());

    @Autowired
    ArticleImporter importer;

    @Autowired
    AuditLog log;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    ReviewWorkflow workflow;

    @Test
    void rows_of_every_kind_are_merged_newest_revision_first_then_by_kind_then_newest_record_first() {
        String m = Newsroom.unique();
        RunAs ivo = RunAs.user("ivo-" + m, Role.FACT_CHECKER);
        String text = "Port Director Hanna Brisk spoke on Monday.\n\n“The ferry " + m
                + " will leave on time again,” Brisk said.\n\nMayor Tomas Ekwall disagreed.\n\n“Nothing about the"
                + " ferry " + m + " is on time,” Ekwall told reporters.\n";
        long articleId = ivo.call(() -> importer.importText(text,
                ArticleImporter.Details.none("log-" + m)).articleId());
        Quote first = quotes.findByArticleIdOrderByStartOffset(articleId).getFirst();
        ivo.run(() -> workflow.confirm(first.getId(), first.getVersion()));

        AuditLogFilter byIvo = AuditLogFilter.everything().byUser("ivo-" + m);
        List<AuditLogEntry> all = log.log(byIvo, 0, 100);

        assertThat(all).isSortedAccordingTo(LOG_ORDER);
        assertThat(all.getFirst().action()).isEqualTo("Confirmed");
        assertThat(all.getFirst().recordId()).isEqualTo(first.getId());
        long imported = all.getLast().revision();
        assertThat(all).filteredOn(e -> e.revision() == imported).extracting(AuditLogEntry::record)
                .as("the import's rows: its quotes, then the article").contains(AuditedRecord.QUOTE,
                        AuditedRecord.ARTICLE).endsWith(AuditedRecord.ARTICLE);
        assertThat(all).filteredOn(e -> e.record() == AuditedRecord.QUOTE && e.revision() == imported)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(log.count(byIvo)).isEqualTo(all.size());
        for (int i = 0; i < all.size(); i++) {
            assertThat(log.log(byIvo, i, 1)).as("entry " + i + " on its own").containsExactly(all.get(i));
        }
    }

    @Test
    void the_log_reads_its_rows_in_one_statement_whatever_the_number_of_kinds() {
        AuditLogFilter speakers = AuditLogFilter.everything().of(AuditedRecord.SPEAKER, null);
        AuditLogFilter everything = AuditLogFilter.everything();

        assertThat(statements(() -> log.count(everything))).as("counting every kind").isEqualTo(1);
        assertThat(statements(() -> log.count(speakers))).as("counting one kind").isEqualTo(1);
        assertThat(statements(() -> log.log(speakers, 0, 20))).as("the rows, then their revisions").isEqualTo(2);
        AuditLogFilter nobody = everything.byUser("nobody-" + Newsroom.unique());
        assertThat(statements(() -> log.log(nobody, 0, 20))).as("no rows of any kind, found at once").isEqualTo(1);
    }

    /**
     * The statements the work prepares. The statistics count every session of the factory, so a background job (the watch
     * alerts' conflict check every two minutes) that runs at the same moment adds its own: the fewest of a few runs is the
     * work's. Background work only ever adds, so a query too many still shows in every run.
     */
    private long statements(Supplier<?> work) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        boolean was = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                stats.clear();
                work.get();
                fewest = Math.min(fewest, stats.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            stats.setStatisticsEnabled(was);
        }
    }
}

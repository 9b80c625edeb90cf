package org.verbatim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.verbatim.base.search.IndexMaintenance;
import org.verbatim.quote.Quote;
import org.verbatim.support.VerbatimIntegrationTest;

@VerbatimIntegrationTest
class IndexMaintenanceIT {

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    EntityManagerFactory emf;

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_quote_lost_from_the_index_is_reported_by_id_and_repaired() {
        long lost;
        try (var em = emf.createEntityManager()) {
            lost = em.createQuery("select min(q.id) from Quote q", Long.class).getSingleResult();
            em.getTransaction().begin();
            Search.session(em).indexingPlan().purge(Quote.class, lost, null);   // as after a crash
            em.getTransaction().commit();
        }
        var report = maintenance.check(false);
        var quotes = report.entities().stream().filter(c -> c.entity().equals("Quote")).findFirst().orElseThrow();
        assertThat(quotes.missingFromIndex()).isEqualTo(1);
        assertThat(quotes.missingSample()).containsExactly(lost);
        assertThat(quotes.inIndex()).isEqualTo(quotes.inDatabase() - 1);

        maintenance.check(true);
        assertThat(maintenance.check(false).consistent()).isTrue();
    }

    @Test
    @WithMockUser(username = "ada", roles = "ADMIN")
    void a_rebuild_reports_progress_to_the_end() throws InterruptedException {
        List<IndexMaintenance.Progress> seen = new ArrayList<>();
        maintenance.rebuild(seen::add);
        assertThat(seen.getLast().finished()).isTrue();
        assertThat(seen.getLast().done()).isPositive();
        assertThat(seen.getLast().fraction()).isEqualTo(1.0);
        assertThat(maintenance.check(false).consistent()).isTrue();
    }

    @Test
    @WithMockUser(username = "fiona", roles = "FACT_CHECKER")
    void only_an_administrator_maintains_the_index() {
        assertThatThrownBy(() -> maintenance.check(true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> maintenance.rebuild(p -> { })).isInstanceOf(AccessDeniedException.class);
    }
}

package org.verbatim.base.audit;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals every revision in the transaction that writes it ({@link RevisionChain}): when Envers inserts a revision, a
 * last step before the commit reads back what the revision wrote and appends its seal. Revisions from before the
 * chain existed are sealed once after start-up.
 */
@Component
public class RevisionSealing implements PostInsertEventListener {

    private static final Logger log = LoggerFactory.getLogger(RevisionSealing.class);

    private final RevisionChain chain = new RevisionChain();
    private final DataSource dataSource;
    private final TransactionTemplate tx;

    RevisionSealing(EntityManagerFactory entityManagerFactory, DataSource dataSource,
                    PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class).appendListeners(EventType.POST_INSERT, this);
    }

    /** The chain, for checking it. */
    public RevisionChain chain() {
        return chain;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof RevisionInfo revision) {
            long id = revision.getId();
            // runs after Envers has written the revision's audit rows, which it does in its own before-commit step
            event.getSession().getTransactionCompletionCallbacks().registerCallback(
                    (TransactionCompletionCallbacks.BeforeCompletionCallback) session -> session.doWork(
                            connection -> chain.seal(connection, id)));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** Revisions written before the chain existed (or before this listener was registered) get their seals now. */
    @EventListener(ApplicationReadyEvent.class)
    void sealEarlierRevisions() {
        List<Long> unsealed = tx.execute(status -> inConnection(chain::unsealed));
        if (unsealed.isEmpty()) {
            return;
        }
        for (Long rev : unsealed) {
            tx.executeWithoutResult(status -> inConnection(c -> {
                chain.seal(c, rev);
                return null;
            }));
        }
        log.info("Sealed {} earlier revision(s) into the audit chain", unsealed.size());
    }

    private interface OnConnection<T> {
        T apply(java.sql.Connection c) throws SQLException;
    }

    private <T> T inConnection(OnConnection<T> work) {
        java.sql.Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the audit trail: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}

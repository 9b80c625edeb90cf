package org.verbatim.audit;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.verbatim.base.audit.RevisionChain;
import org.verbatim.base.audit.RevisionSealing;
import org.verbatim.security.Role;

/**
 * Checks that the audit trail is as it was written: every revision sealed, every seal following the one before, every
 * revision's content unchanged since its seal. Reads the whole trail in one snapshot, so it takes a while on a large
 * installation.
 */
@Service
public class AuditTrail {

    private final RevisionChain chain;
    private final DataSource dataSource;
    private final TransactionTemplate reads;

    AuditTrail(RevisionSealing sealing, DataSource dataSource, PlatformTransactionManager transactions) {
        this.chain = sealing.chain();
        this.dataSource = dataSource;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public RevisionChain.Verification verify() {
        return reads.execute(status -> {
            var connection = DataSourceUtils.getConnection(dataSource);
            try {
                return chain.verify(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }
}

package org.verbatim.base.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the acting user and the reason of the change under way. Reads Spring Security directly
 * rather than through {@code security.CurrentUser}, so that {@code base} depends on no feature package and
 * {@code security} may record its own changes with a {@link ChangeReason}.
 */
public class AuditRevisionListener implements RevisionListener {

    /** The name recorded for work the application does by itself; the same as {@code CurrentUser.SYSTEM}. */
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        RevisionInfo revision = (RevisionInfo) revisionEntity;
        revision.setUsername(actor());
        revision.setReason(ChangeReason.current());
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return auth.getName();
    }
}

package org.verbatim.base.audit;

import org.hibernate.envers.RevisionListener;
import org.verbatim.security.CurrentUser;

/** Stamps each revision with the acting user and the reason of the change under way. */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revisionEntity) {
        RevisionInfo revision = (RevisionInfo) revisionEntity;
        revision.setUsername(CurrentUser.usernameOrSystem());
        revision.setReason(ChangeReason.current());
    }
}

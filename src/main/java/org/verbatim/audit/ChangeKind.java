package org.verbatim.audit;

import org.hibernate.envers.RevisionType;

/** What a revision did to a record. */
public enum ChangeKind {
    ADDED("added", RevisionType.ADD),
    MODIFIED("modified", RevisionType.MOD),
    DELETED("deleted", RevisionType.DEL);

    private final String label;
    private final RevisionType revisionType;

    ChangeKind(String label, RevisionType revisionType) {
        this.label = label;
        this.revisionType = revisionType;
    }

    public String label() {
        return label;
    }

    RevisionType revisionType() {
        return revisionType;
    }

    static ChangeKind of(RevisionType type) {
        return switch (type) {
            case ADD -> ADDED;
            case MOD -> MODIFIED;
            case DEL -> DELETED;
        };
    }
}

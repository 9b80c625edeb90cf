package org.verbatim.base.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: who changed what, when, and the reason they gave. Append-only. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(AuditRevisionListener.class)
public class RevisionInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private long timestamp;

    @Column(length = 80)
    private String username;

    @Column(length = 2000)
    private String reason;

    public Long getId() {
        return id;
    }

    public Instant getTimestamp() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    public String getReason() {
        return reason;
    }

    void setUsername(String username) {
        this.username = username;
    }

    void setReason(String reason) {
        this.reason = reason;
    }
}

package org.verbatim.security;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A lock-out after repeated failed sign-ins, kept so that auditors find it in the audit log. Never edited. */
@Entity
@Table(name = "sign_in_lockout")
@Audited
public class SignInLockout {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** "account NAME" or "address IP". */
    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private int failures;

    @Column(name = "locked_until", nullable = false, updatable = false)
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SignInLockout() {
    }

    SignInLockout(String subject, int failures, Instant lockedUntil, Instant createdAt) {
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.failures = failures;
        this.lockedUntil = Objects.requireNonNull(lockedUntil);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

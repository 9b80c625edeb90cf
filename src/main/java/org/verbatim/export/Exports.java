package org.verbatim.export;

import java.io.Writer;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.verbatim.audit.AuditLog;
import org.verbatim.audit.AuditLogFilter;
import org.verbatim.security.CurrentUser;
import org.verbatim.security.Role;

/**
 * Verbatim's data for other tools: quotes with speakers, statuses and verdicts as CSV or JSON; approved verdicts as
 * schema.org ClaimReview JSON-LD (what search engines and fact-check aggregators read); the audit log as CSV (the
 * audit history's own download). The quote formats are {@link QuoteExports}'s.
 */
@Service
public class Exports {

    /** What can be exported, by the name the command line and the API use. */
    public enum Format {
        CLAIMREVIEW("claimreview", "application/ld+json", "claimreview.jsonld"),
        QUOTES_CSV("quotes-csv", "text/csv", "quotes.csv"),
        QUOTES_JSON("quotes-json", "application/json", "quotes.json"),
        AUDIT_CSV("audit-csv", "text/csv", "audit-log.csv"),
        GOLD("gold", "application/json", "gold.json");

        private final String id;
        private final String mediaType;
        private final String fileName;

        Format(String id, String mediaType, String fileName) {
            this.id = id;
            this.mediaType = mediaType;
            this.fileName = fileName;
        }

        public String id() {
            return id;
        }

        public String mediaType() {
            return mediaType;
        }

        public String fileName() {
            return fileName;
        }

        public static Format of(String id) {
            for (Format f : values()) {
                if (f.id.equalsIgnoreCase(id)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("Unknown export “" + id + "”: use claimreview, quotes-csv, quotes-json,"
                    + " audit-csv or gold");
        }
    }

    private final QuoteExports quotes;
    private final AuditLog audit;
    private final GoldSet gold;
    private final CurrentUser currentUser;

    /** The ClaimReview export asked for while no review can be given an address: nothing is written. */
    public static final class NotConfiguredException extends IllegalStateException {
        NotConfiguredException(String message) {
            super(message);
        }
    }

    Exports(QuoteExports quotes, AuditLog audit, GoldSet gold, CurrentUser currentUser) {
        this.quotes = quotes;
        this.audit = audit;
        this.gold = gold;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may have {@code format}: the audit log is for auditors and administrators. */
    public boolean mayExport(Format format) {
        return format != Format.AUDIT_CSV || currentUser.hasRole(Role.AUDITOR) || currentUser.hasRole(Role.ADMIN);
    }

    /**
     * Refuses, before anything is written, an export the signed-in user may not have, so that the API and the
     * download can still answer 403 (writing it checks again).
     */
    public void requireAllowed(Format format) {
        if (!mayExport(format)) {
            throw new AccessDeniedException("Auditors and administrators only");
        }
    }

    /** Whether {@code format} can be made as configured (see {@link #requireConfiguredFor}). */
    public boolean configuredFor(Format format) {
        return format != Format.CLAIMREVIEW || quotes.reviewsHaveAddresses();
    }

    /**
     * Refuses, before anything is written, an export that cannot be made as configured: ClaimReview needs an address
     * for each review ({@link ClaimReviewAddressCheck}).
     */
    public void requireConfiguredFor(Format format) {
        if (!configuredFor(format)) {
            throw new NotConfiguredException(ClaimReviewAddressCheck.WARNING);
        }
    }

    /** Writes {@code format} to {@code out}; the audit log needs an auditor or administrator. */
    public void write(Format format, Writer out) {
        switch (format) {
            case CLAIMREVIEW, QUOTES_CSV, QUOTES_JSON -> quotes.write(format, out);
            case AUDIT_CSV -> auditCsv(out);
            case GOLD -> gold(out);
        }
    }

    /**
     * Every article whose quotes have all been reviewed, as reviewers left it, in the format of {@code extract --json}:
     * a test set made of the newsroom's own work (see {@link GoldSet}).
     */
    @PreAuthorize("isAuthenticated()")
    public void gold(Writer out) {
        gold.write(out);
    }

    /**
     * Every audited action, newest first: revision, time, user, record and its id, kind of change, the action, the
     * record's name, each field's from → to, the quote and article concerned, and the reason given. The same file as
     * the audit log's download in the UI.
     */
    @RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public void auditCsv(Writer out) {
        audit.exportCsv(AuditLogFilter.everything(), out);
    }
}

-- Lock-outs after repeated failed sign-ins, for the audit log (the counting itself is in memory).
CREATE TABLE sign_in_lockout (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    subject      VARCHAR(200) NOT NULL,
    failures     INT          NOT NULL,
    locked_until DATETIME(6)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sign_in_lockout_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT      NULL,
    subject      VARCHAR(200) NULL,
    failures     INT          NULL,
    locked_until DATETIME(6)  NULL,
    created_at   DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_sign_in_lockout_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Personal API tokens: only the SHA-256 of the secret is kept; the secret is shown once, when created.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_prefix VARCHAR(20)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    KEY ix_api_token_user (user_id),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who created or revoked which token, and when (the hash and the last use are not audited).
CREATE TABLE api_token_aud (
    id           BIGINT       NOT NULL,
    rev          BIGINT       NOT NULL,
    revtype      TINYINT      NULL,
    user_id      BIGINT       NULL,
    name         VARCHAR(100) NULL,
    token_prefix VARCHAR(20)  NULL,
    created_at   DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_api_token_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

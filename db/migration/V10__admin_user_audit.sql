-- User accounts are audited like everything else a person edits. The password hash is not: a reset shows in the
-- history as a new password_changed_at, so old hashes are never kept.

ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(6) NULL;

CREATE TABLE app_user_aud (
    id                  BIGINT       NOT NULL,
    rev                 BIGINT       NOT NULL,
    revtype             TINYINT      NULL,
    username            VARCHAR(80)  NULL,
    display_name        VARCHAR(200) NULL,
    enabled             BIT          NULL,
    created_at          DATETIME(6)  NULL,
    password_changed_at DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role_aud (
    rev     BIGINT      NOT NULL,
    revtype TINYINT     NULL,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (rev, user_id, role),
    CONSTRAINT fk_app_user_role_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

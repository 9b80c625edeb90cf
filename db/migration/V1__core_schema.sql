-- Verbatim core schema. Flyway owns it; Hibernate only validates.
-- Text columns are utf8mb4 so any article round-trips byte for byte.

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(80)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BIT          NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Envers revision entity: IDENTITY id, so no revinfo_seq table is needed.
CREATE TABLE revision_info (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    timestamp BIGINT       NOT NULL,
    username  VARCHAR(80)  NULL,
    reason    VARCHAR(2000) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE article (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    title         VARCHAR(500)  NOT NULL,
    publisher     VARCHAR(200)  NULL,
    url           VARCHAR(2000) NULL,
    published_on  DATE          NULL,
    original_text LONGTEXT      CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    source_name   VARCHAR(500)  NULL,
    imported_at   DATETIME(6)   NOT NULL,
    imported_by   VARCHAR(80)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_article_content_hash UNIQUE (content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE article_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    title         VARCHAR(500)  NULL,
    publisher     VARCHAR(200)  NULL,
    url           VARCHAR(2000) NULL,
    published_on  DATE          NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_article_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE speaker (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    canonical_name VARCHAR(300) NOT NULL,
    role_title     VARCHAR(300) NULL,
    affiliation    VARCHAR(300) NULL,
    kind           VARCHAR(20)  NOT NULL,
    external_id    VARCHAR(100) NULL,
    version        BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_speaker_name (canonical_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE speaker_alias (
    speaker_id BIGINT       NOT NULL,
    alias      VARCHAR(300) NOT NULL,
    PRIMARY KEY (speaker_id, alias),
    KEY ix_speaker_alias_alias (alias),
    CONSTRAINT fk_speaker_alias_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE speaker_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT      NULL,
    canonical_name VARCHAR(300) NULL,
    role_title     VARCHAR(300) NULL,
    affiliation    VARCHAR(300) NULL,
    kind           VARCHAR(20)  NULL,
    external_id    VARCHAR(100) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_speaker_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE speaker_alias_aud (
    rev        BIGINT       NOT NULL,
    revtype    TINYINT      NULL,
    speaker_id BIGINT       NOT NULL,
    alias      VARCHAR(300) NOT NULL,
    PRIMARY KEY (rev, speaker_id, alias),
    CONSTRAINT fk_speaker_alias_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    article_id        BIGINT        NOT NULL,
    start_offset      INT           NOT NULL,
    end_offset        INT           NOT NULL,
    text              TEXT          NOT NULL,
    quote_type        VARCHAR(20)   NOT NULL,
    speaker_id        BIGINT        NULL,
    mention           VARCHAR(300)  NULL,
    cue               VARCHAR(100)  NULL,
    extractor_name    VARCHAR(100)  NULL,
    extractor_version VARCHAR(50)   NULL,
    confidence        DOUBLE        NULL,
    status            VARCHAR(20)   NOT NULL,
    verdict           VARCHAR(30)   NULL,
    verdict_note      VARCHAR(4000) NULL,
    reviewed_by       VARCHAR(80)   NULL,
    reviewed_at       DATETIME(6)   NULL,
    approved_by       VARCHAR(80)   NULL,
    approved_at       DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_quote_article (article_id, start_offset),
    KEY ix_quote_status (status),
    CONSTRAINT fk_quote_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_quote_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    CONSTRAINT ck_quote_offsets CHECK (start_offset >= 0 AND end_offset > start_offset)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    article_id        BIGINT        NULL,
    start_offset      INT           NULL,
    end_offset        INT           NULL,
    text              TEXT          NULL,
    quote_type        VARCHAR(20)   NULL,
    speaker_id        BIGINT        NULL,
    mention           VARCHAR(300)  NULL,
    cue               VARCHAR(100)  NULL,
    extractor_name    VARCHAR(100)  NULL,
    extractor_version VARCHAR(50)   NULL,
    confidence        DOUBLE        NULL,
    status            VARCHAR(20)   NULL,
    verdict           VARCHAR(30)   NULL,
    verdict_note      VARCHAR(4000) NULL,
    reviewed_by       VARCHAR(80)   NULL,
    reviewed_at       DATETIME(6)   NULL,
    approved_by       VARCHAR(80)   NULL,
    approved_at       DATETIME(6)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_quote_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per reviewer action: the verdict record and the workflow's trail.
CREATE TABLE review (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    quote_id     BIGINT        NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    verdict      VARCHAR(30)   NULL,
    note         VARCHAR(4000) NULL,
    source_links VARCHAR(4000) NULL,
    reason       VARCHAR(2000) NULL,
    reviewer     VARCHAR(80)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_review_quote (quote_id),
    CONSTRAINT fk_review_quote FOREIGN KEY (quote_id) REFERENCES quote (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT       NULL,
    quote_id     BIGINT        NULL,
    action       VARCHAR(20)   NULL,
    verdict      VARCHAR(30)   NULL,
    note         VARCHAR(4000) NULL,
    source_links VARCHAR(4000) NULL,
    reason       VARCHAR(2000) NULL,
    reviewer     VARCHAR(80)   NULL,
    created_at   DATETIME(6)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_review_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Small key/value facts about this installation (e.g. that the demo articles were loaded once).
CREATE TABLE app_setting (
    name  VARCHAR(100) NOT NULL,
    value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reviewers' labels on pairs of statements: contradicts / consistent / unrelated, with a note. Audited.
-- A pair is stored once, lower quote id first.
CREATE TABLE pair_label (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    first_quote_id   BIGINT        NOT NULL,
    second_quote_id  BIGINT        NOT NULL,
    verdict          VARCHAR(20)   NOT NULL,
    note             VARCHAR(4000) NULL,
    labelled_by      VARCHAR(80)   NOT NULL,
    labelled_at      DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_pair_label_pair UNIQUE (first_quote_id, second_quote_id),
    KEY ix_pair_label_second (second_quote_id),
    CONSTRAINT fk_pair_label_first FOREIGN KEY (first_quote_id) REFERENCES quote (id),
    CONSTRAINT fk_pair_label_second FOREIGN KEY (second_quote_id) REFERENCES quote (id),
    CONSTRAINT ck_pair_label_order CHECK (first_quote_id < second_quote_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pair_label_aud (
    id               BIGINT        NOT NULL,
    rev              BIGINT        NOT NULL,
    revtype          TINYINT       NULL,
    first_quote_id   BIGINT        NULL,
    second_quote_id  BIGINT        NULL,
    verdict          VARCHAR(20)   NULL,
    note             VARCHAR(4000) NULL,
    labelled_by      VARCHAR(80)   NULL,
    labelled_at      DATETIME(6)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_pair_label_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When each person last looked at the watch list ("new conflicts" are those imported since). Not audited.
CREATE TABLE watch_mark (
    username   VARCHAR(80)  NOT NULL,
    looked_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

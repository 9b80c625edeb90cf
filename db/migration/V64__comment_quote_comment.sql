-- A short thread per quote between fact-checkers and editors. Comments are never edited; the audit twin keeps who
-- wrote what, when (the revision) and to whom it was addressed (mentions, the names the text @-mentions).
CREATE TABLE quote_comment (
    id          BIGINT         NOT NULL AUTO_INCREMENT,
    quote_id    BIGINT         NOT NULL,
    author      VARCHAR(80)    NOT NULL,
    body        VARCHAR(2000)  NOT NULL,
    mentions    VARCHAR(1000)  NULL,
    created_at  DATETIME(6)    NOT NULL,
    version     BIGINT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_quote_comment_quote (quote_id, id),
    CONSTRAINT fk_quote_comment_quote FOREIGN KEY (quote_id) REFERENCES quote (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE quote_comment_aud (
    id          BIGINT         NOT NULL,
    rev         BIGINT         NOT NULL,
    revtype     TINYINT        NULL,
    quote_id    BIGINT         NULL,
    author      VARCHAR(80)    NULL,
    body        VARCHAR(2000)  NULL,
    mentions    VARCHAR(1000)  NULL,
    created_at  DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_quote_comment_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

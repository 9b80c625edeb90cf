-- An editor's assignment of an article (quote_id NULL) or of one quote to a fact-checker, with an optional due date.
-- target is 'article:<id>' or 'quote:<id>': one assignment per article and per quote (a NULL quote_id would not
-- make the unique key hold).
CREATE TABLE assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    target      VARCHAR(40)  NOT NULL,
    article_id  BIGINT       NOT NULL,
    quote_id    BIGINT       NULL,
    assignee    VARCHAR(80)  NOT NULL,
    assigned_by VARCHAR(80)  NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    due_on      DATE         NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_assignment_target UNIQUE (target),
    KEY ix_assignment_assignee (assignee, due_on),
    CONSTRAINT fk_assignment_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_assignment_quote FOREIGN KEY (quote_id) REFERENCES quote (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assignment_aud (
    id          BIGINT       NOT NULL,
    rev         BIGINT       NOT NULL,
    revtype     TINYINT      NULL,
    target      VARCHAR(40)  NULL,
    article_id  BIGINT       NULL,
    quote_id    BIGINT       NULL,
    assignee    VARCHAR(80)  NULL,
    assigned_by VARCHAR(80)  NULL,
    assigned_at DATETIME(6)  NULL,
    due_on      DATE         NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assignment_aud_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

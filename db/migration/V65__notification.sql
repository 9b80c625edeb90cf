-- What a person is told: assigned work, a return, an approval, a mention, a watched contradiction. A message to one
-- user, read or not; not audited (the change it tells of is). Several nodes share it: each UI polls it.
-- dedupe_key, where set, makes telling a person the same thing twice (from two nodes) a no-op.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    recipient   VARCHAR(80)   NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    text        VARCHAR(500)  NOT NULL,
    route       VARCHAR(300)  NOT NULL,
    dedupe_key  VARCHAR(200)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_dedupe UNIQUE (recipient, dedupe_key),
    KEY ix_notification_recipient (recipient, read_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who has which quote open right now, across nodes: each open quote panel writes its row every few seconds (a
-- heartbeat) and deletes it when it closes; a row not written for a minute is somebody gone. Not audited: it records
-- no decision, only who is looking.
CREATE TABLE quote_presence (
    username    VARCHAR(80)  NOT NULL,
    quote_id    BIGINT       NOT NULL,
    seen_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (quote_id, username),
    KEY ix_quote_presence_seen (seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The audit trail's tamper-evident chain: each revision, in the order revisions were committed, is sealed with the
-- SHA-256 of the previous seal and of its own content (its revision_info row and every audit row it wrote).
-- The application's account may only add seals (see AppAccountPrivileges); the head row is a cache of the chain's end.
CREATE TABLE revision_seal (
    seq           BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT uk_revision_seal_rev UNIQUE (rev),
    CONSTRAINT fk_revision_seal_rev FOREIGN KEY (rev) REFERENCES revision_info (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

CREATE TABLE revision_chain_head (
    id   TINYINT  NOT NULL,
    seq  BIGINT   NOT NULL,
    hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

INSERT INTO revision_chain_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

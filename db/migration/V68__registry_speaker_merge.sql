-- What each merge of two registry entries did, so that it can be undone: the merged entry as it was, the quotes and
-- learned names that moved, and what the surviving entry took over from it. The speaker and quote changes themselves
-- are audited revisions (the merge's and the undo's); this row is the merge's own record, kept after an undo.
CREATE TABLE speaker_merge (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    survivor_id         BIGINT        NOT NULL,
    merged_id           BIGINT        NOT NULL,
    merged_name         VARCHAR(300)  NOT NULL,
    merged_kind         VARCHAR(20)   NOT NULL,
    merged_role_title   VARCHAR(300)  NULL,
    merged_affiliation  VARCHAR(300)  NULL,
    merged_external_id  VARCHAR(100)  NULL,
    merged_aliases      LONGTEXT      NOT NULL,
    added_aliases       LONGTEXT      NOT NULL,
    took_role_title     BOOLEAN       NOT NULL,
    took_affiliation    BOOLEAN       NOT NULL,
    took_external_id    BOOLEAN       NOT NULL,
    quote_ids           LONGTEXT      NOT NULL,
    learned_names       LONGTEXT      NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    merged_by           VARCHAR(80)   NOT NULL,
    merged_at           DATETIME(6)   NOT NULL,
    undone_by           VARCHAR(80)   NULL,
    undone_at           DATETIME(6)   NULL,
    restored_id         BIGINT        NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_speaker_merge_survivor (survivor_id, merged_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the extractor suggested stays on the quote beside what reviewers made of it, so that its accuracy can be
-- measured per extractor version without reading the audit history: the machine's span, its speaker (the registry
-- entry and the name as the extractor wrote it), and whether a reviewer changed the speaker since.
ALTER TABLE quote ADD COLUMN machine_start_offset INT          NULL;
ALTER TABLE quote ADD COLUMN machine_end_offset   INT          NULL;
ALTER TABLE quote ADD COLUMN machine_speaker_id   BIGINT       NULL;
ALTER TABLE quote ADD COLUMN machine_speaker      VARCHAR(300) NULL;
ALTER TABLE quote ADD COLUMN speaker_corrected    BIT          NOT NULL DEFAULT 0;

ALTER TABLE quote_aud ADD COLUMN machine_start_offset INT          NULL;
ALTER TABLE quote_aud ADD COLUMN machine_end_offset   INT          NULL;
ALTER TABLE quote_aud ADD COLUMN machine_speaker_id   BIGINT       NULL;
ALTER TABLE quote_aud ADD COLUMN machine_speaker      VARCHAR(300) NULL;
ALTER TABLE quote_aud ADD COLUMN speaker_corrected    BIT          NULL;

-- Which extractor read an article: a quote a reviewer adds where it found none counts against that version.
ALTER TABLE article ADD COLUMN extractor_name    VARCHAR(100) NULL;
ALTER TABLE article ADD COLUMN extractor_version VARCHAR(50)  NULL;

-- Quotes stored before this migration: the machine's suggestion is their first audit revision (the import).
UPDATE quote q
    JOIN quote_aud first ON first.id = q.id AND first.revtype = 0
    LEFT JOIN speaker s ON s.id = first.speaker_id
SET q.machine_start_offset = first.start_offset,
    q.machine_end_offset   = first.end_offset,
    q.machine_speaker_id   = first.speaker_id,
    q.machine_speaker      = s.canonical_name,
    q.speaker_corrected    = CASE WHEN first.speaker_id <=> q.speaker_id THEN 0 ELSE 1 END
WHERE q.extractor_name IS NOT NULL AND q.extractor_name <> 'manual';

UPDATE quote q
    LEFT JOIN speaker s ON s.id = q.speaker_id
SET q.machine_start_offset = q.start_offset,
    q.machine_end_offset   = q.end_offset,
    q.machine_speaker_id   = q.speaker_id,
    q.machine_speaker      = s.canonical_name
WHERE q.machine_start_offset IS NULL AND q.extractor_name IS NOT NULL AND q.extractor_name <> 'manual';

UPDATE article a
    JOIN (SELECT article_id, MIN(extractor_name) AS name, MIN(extractor_version) AS version FROM quote
          WHERE extractor_name IS NOT NULL AND extractor_name <> 'manual' GROUP BY article_id) e
      ON e.article_id = a.id
SET a.extractor_name = e.name, a.extractor_version = e.version;

-- Names reviewers taught the registry: the extractor said `name`, reviewers corrected it to `speaker_id`. A later
-- import resolves that name to that speaker before any other registry entry known by it.
CREATE TABLE learned_speaker_name (
    name       VARCHAR(300) NOT NULL,
    speaker_id BIGINT       NOT NULL,
    quote_id   BIGINT       NULL,
    learned_by VARCHAR(80)  NOT NULL,
    learned_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (name),
    KEY ix_learned_speaker_name_speaker (speaker_id),
    CONSTRAINT fk_learned_speaker_name_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

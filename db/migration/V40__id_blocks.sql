-- Articles, quotes and speakers take their ids in blocks from this table (Hibernate's table generator, "pooled-lo": a row
-- holds the first id of the next free block). Ids known before the insert let Hibernate batch the inserts of a bulk
-- import into multi-row statements; AUTO_INCREMENT ids cost one round trip per row. Works on MySQL and MariaDB.
CREATE TABLE id_block (
    entity  VARCHAR(64) NOT NULL,
    next_id BIGINT      NOT NULL,
    PRIMARY KEY (entity)
) ENGINE = InnoDB;

INSERT INTO id_block (entity, next_id) SELECT 'article', COALESCE(MAX(id), 0) + 1 FROM article;
INSERT INTO id_block (entity, next_id) SELECT 'quote', COALESCE(MAX(id), 0) + 1 FROM quote;
INSERT INTO id_block (entity, next_id) SELECT 'speaker', COALESCE(MAX(id), 0) + 1 FROM speaker;

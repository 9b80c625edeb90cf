-- Hibernate Search's outbox-polling coordination (the Elasticsearch/OpenSearch backend, several nodes): index work is
-- written here in the data's own transaction and applied by every node's event processor; agents are the nodes'
-- processors and mass indexers. The DDL is Hibernate's own for these entities (UUIDs as text: the same on MariaDB and
-- MySQL). Unused on the Lucene default, which indexes in the writing node.
create table hsearch_agent (
    assigned_shard_index integer,
    total_shard_count integer,
    expiration datetime(6) not null,
    id varchar(36) not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    payload longblob,
    state enum ('RUNNING','SUSPENDED','WAITING') not null,
    type enum ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING') not null,
    primary key (id)
) engine=InnoDB;

create table hsearch_outbox_event (
    entity_id_hash integer not null,
    retries integer not null,
    process_after datetime(6) not null,
    id varchar(36) not null,
    entity_id varchar(256) not null,
    entity_name varchar(256) not null,
    tenant_id varchar(255),
    payload longblob not null,
    status enum ('ABORTED','PENDING') not null,
    primary key (id)
) engine=InnoDB;

create index processAfter on hsearch_outbox_event (process_after);

-- The engine's journal: every event, append-only (the product inserts and reads, never
-- updates or deletes). engine_id names one engine instance (one process run); seq orders
-- that engine's events, so (engine_id, seq) is the total order of what it decided.
create table engine_journal (
    id varchar(36) primary key,
    engine_id varchar(36) not null,
    seq bigint not null,
    type varchar(40) not null,
    occurred_at timestamp with time zone not null,
    contact_id varchar(100),
    agent_id varchar(64),
    queue_name varchar(100),
    payload varchar(16000) not null,
    constraint uk_engine_journal_seq unique (engine_id, seq)
);

create index ix_engine_journal_occurred_at on engine_journal (occurred_at);
create index ix_engine_journal_contact on engine_journal (contact_id);
create index ix_engine_journal_agent on engine_journal (agent_id, occurred_at);

-- Call recordings: one row per stereo WAV telephony finished (caller left, agent right).
-- The file path is relative to the data directory. Expired recordings keep their row with
-- deleted_at set, so the audit trail can still name what was recorded.
create table recording (
    id varchar(36) primary key,
    contact_id varchar(64) not null,
    call_id varchar(200),
    caller varchar(64),
    agent_id varchar(32),
    queue_name varchar(64),
    file_path varchar(500) not null,
    started_at timestamp with time zone not null,
    duration_ms bigint not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    stored_at timestamp with time zone not null,
    deleted_at timestamp with time zone,
    constraint recording_contact_file unique (contact_id, file_path)
);

create index recording_by_start on recording (started_at);

create index recording_by_agent on recording (agent_id, started_at);

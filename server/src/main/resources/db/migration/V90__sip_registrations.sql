-- Registered contacts of the built-in registrar, kept so that phones are reached at once after a restart.
create table sip_registration (
    extension varchar(64) not null,
    contact varchar(1000) not null,
    expires_at timestamp with time zone not null,
    call_id varchar(300) not null,
    cseq bigint not null,
    source varchar(300) not null,
    primary key (extension, contact)
);

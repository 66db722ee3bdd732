-- The contact center's configuration (configuration as code). Queues, calendars and IVR
-- flows keep their definition as JSON in the import file's shape, so that export gives back
-- what was imported; extensions never keep a password, only its digest (HA1) per realm.
create table sip_extension (
    number varchar(32) primary key,
    realm varchar(100) not null,
    ha1_md5 varchar(32) not null,
    ha1_sha256 varchar(64) not null,
    updated_at timestamp with time zone not null
);

create table cc_agent (
    job_number varchar(32) primary key,
    extension varchar(32) references sip_extension (number),
    queues varchar(4000),
    max_ring_misses integer not null,
    updated_at timestamp with time zone not null
);

create table cc_agent_skill (
    job_number varchar(32) not null references cc_agent (job_number) on delete cascade,
    skill varchar(64) not null,
    skill_level integer not null,
    primary key (job_number, skill)
);

create table cc_queue (
    name varchar(100) primary key,
    definition varchar(16000) not null,
    updated_at timestamp with time zone not null
);

create table cc_calendar (
    name varchar(100) primary key,
    definition varchar(16000) not null,
    updated_at timestamp with time zone not null
);

create table cc_ivr (
    name varchar(100) primary key,
    definition varchar(200000) not null,
    updated_at timestamp with time zone not null
);

create table cc_inbound_route (
    number varchar(64) primary key,
    destination varchar(200) not null,
    calendar varchar(100),
    closed_destination varchar(200),
    updated_at timestamp with time zone not null
);

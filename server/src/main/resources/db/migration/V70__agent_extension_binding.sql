-- Which extension each logged-in agent works at (hot-desking): one row per agent from
-- login to logout, kept here so that agents restored as logged in after a restart keep
-- their phone. An extension is bound to one agent at a time. No foreign keys: a
-- configuration import may remove an agent or an extension while someone is logged in.
create table agent_extension_binding (
    agent_id varchar(64) primary key,
    extension varchar(32) not null unique,
    bound_at timestamp with time zone not null,
    bound_by varchar(64) not null
);

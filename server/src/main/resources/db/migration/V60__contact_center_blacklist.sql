-- Callers refused or diverted at the door (configuration section "blacklist"), one row per named entry.
create table cc_blacklist (
    name varchar(100) primary key,
    definition varchar(200000) not null,
    updated_at timestamp with time zone not null
);

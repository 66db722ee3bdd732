-- An extension's display name (shown to the phones it calls) and whether it may register and call.
alter table sip_extension add column display_name varchar(100);
alter table sip_extension add column enabled boolean default true not null;

-- Agent desk and screen pop: customers matched by any of their phone numbers (stored
-- normalised, E.164 where the number parses), the admin's not-ready reason codes and
-- disposition codes, and the disposition an agent saves at the end of each contact.
create table customer (
    id varchar(36) primary key,
    name varchar(200) not null,
    company varchar(200),
    tags varchar(1000),
    notes varchar(4000),
    owner varchar(32),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table customer_phone (
    customer_id varchar(36) not null references customer (id) on delete cascade,
    phone varchar(40) not null,
    position integer not null,
    primary key (customer_id, phone)
);

create index customer_phone_by_number on customer_phone (phone);

create table desk_code (
    kind varchar(16) not null,
    code varchar(64) not null,
    label varchar(200) not null,
    position integer not null,
    primary key (kind, code)
);

insert into desk_code (kind, code, label, position) values
    ('NOT_READY', 'break', 'Break / 休息', 1),
    ('NOT_READY', 'lunch', 'Lunch / 午餐', 2),
    ('NOT_READY', 'training', 'Training / 培训', 3),
    ('NOT_READY', 'meeting', 'Meeting / 会议', 4),
    ('DISPOSITION', 'resolved', 'Resolved / 已解决', 1),
    ('DISPOSITION', 'follow-up', 'Follow-up needed / 需跟进', 2),
    ('DISPOSITION', 'complaint', 'Complaint / 投诉', 3),
    ('DISPOSITION', 'wrong-number', 'Wrong number / 打错电话', 4);

create table dispositions (
    id varchar(36) primary key,
    contact_id varchar(100) not null,
    agent_id varchar(32) not null,
    caller_number varchar(40),
    queue varchar(100),
    code varchar(64) not null,
    summary varchar(4000),
    created_at timestamp with time zone not null
);

create index dispositions_by_caller on dispositions (caller_number, created_at);
create index dispositions_by_contact on dispositions (contact_id);

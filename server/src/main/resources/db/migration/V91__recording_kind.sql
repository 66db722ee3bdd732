-- Voicemail messages are recordings too: kind CALL (a bridged call, caller left, agent right) or
-- VOICEMAIL (the caller alone, left), with the mailbox the message was left in (agent:ID, queue:NAME or a box name).
alter table recording add column kind varchar(16) default 'CALL' not null;
alter table recording add column mailbox varchar(100);
create index recording_by_mailbox on recording (mailbox, started_at);

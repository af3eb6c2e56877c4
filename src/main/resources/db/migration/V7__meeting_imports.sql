-- Proposals of the minutes importer waiting for a coordinator's review: a proposal is not a meeting, nothing of
-- the meeting is stored until it is confirmed (then meeting_id points at the meeting it gave).
create table meeting_import (
    id            uuid         primary key,
    group_id      bigint       not null references country_group (id),
    created_at    timestamptz  not null default now(),
    created_by    varchar(200),
    source_format varchar(10)  not null check (source_format in ('PASTED', 'TXT', 'DOCX', 'PDF')),
    proposal      text         not null,
    status        varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'DISCARDED')),
    meeting_id    bigint       references meeting (id),
    constraint meeting_import_confirmed_has_meeting check (status <> 'CONFIRMED' or meeting_id is not null)
);
create index meeting_import_group_idx on meeting_import (group_id, created_at);

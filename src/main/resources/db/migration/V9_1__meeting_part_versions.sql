-- Each list of a meeting (agenda, invitations, attendance) and of its minutes (sections, decisions) carries the
-- version its form or API client read: a stale save of a list is refused instead of overwriting it. One version
-- per list, not the meeting's own, so that saving the agenda never refuses a colleague's attendance list, and
-- an invitee's reply (stored on its invitation row alone) changes none of them.
alter table meeting add column agenda_version bigint not null default 0;
alter table meeting add column invitations_version bigint not null default 0;
alter table meeting add column attendance_version bigint not null default 0;
alter table minutes add column sections_version bigint not null default 0;
alter table minutes add column decisions_version bigint not null default 0;

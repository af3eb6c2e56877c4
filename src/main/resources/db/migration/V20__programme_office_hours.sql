-- A group's office hours per zone (the association's, Paris, and its partner country's, Seoul for the Korea group),
-- in that zone's local time, for the seminars' time slots. No row: the usual 9:00–18:00. Owned by the programme
-- module; the group's own tables are left as they are.
create table programme_office_hours (
    group_id    bigint      not null references country_group (id) on delete cascade,
    zone        varchar(64) not null,
    opens       time        not null,
    closes      time        not null,
    updated_by  bigint,
    updated_at  timestamptz not null,
    primary key (group_id, zone),
    check (opens < closes)
);

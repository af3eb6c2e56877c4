-- Meetings of a country group: times are instants, shown in the organizer's zone (kept beside them) and in
-- the group's other zones.
create table meeting (
    id          bigserial primary key,
    version     bigint       not null default 0,
    group_id    bigint       not null references country_group (id),
    title       varchar(300) not null,
    description text,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    zone        varchar(60)  not null,
    format      varchar(20)  not null check (format in ('IN_PERSON', 'VIDEOCONFERENCE', 'HYBRID')),
    address     varchar(500),
    video_link  varchar(500),
    visibility  varchar(20)  not null check (visibility in ('PUBLIC', 'MEMBERS', 'INVITEES')),
    archived    boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint meeting_ends_after_start check (ends_at > starts_at),
    constraint meeting_address_only_on_site check (address is null or format <> 'VIDEOCONFERENCE'),
    constraint meeting_link_only_online check (video_link is null or format <> 'IN_PERSON')
);
create index meeting_group_starts_idx on meeting (group_id, starts_at);

create table agenda_item (
    meeting_id                bigint       not null references meeting (id) on delete cascade,
    position                  integer      not null,
    title                     varchar(300) not null,
    presenter_organization_id bigint       references organization (id),
    presenter_person_id       bigint       references person (id),
    duration_minutes          integer      check (duration_minutes > 0),
    primary key (meeting_id, position)
);

-- An invitation goes to one organization or one person; the reply is theirs (or a coordinator's for them).
create table meeting_invitation (
    meeting_id      bigint      not null references meeting (id) on delete cascade,
    position        integer     not null,
    organization_id bigint      references organization (id),
    person_id       bigint      references person (id),
    reply           varchar(20) check (reply in ('ACCEPTED', 'DECLINED')),
    replied_at      timestamptz,
    replied_by      varchar(200),
    primary key (meeting_id, position),
    constraint meeting_invitation_one_invitee check ((organization_id is null) <> (person_id is null))
);
create index meeting_invitation_organization_idx on meeting_invitation (organization_id);
create index meeting_invitation_person_idx on meeting_invitation (person_id);

-- The attendance list: the title each person held at that meeting, as written.
create table attendance (
    meeting_id      bigint       not null references meeting (id) on delete cascade,
    position        integer      not null,
    person_id       bigint       not null references person (id),
    organization_id bigint       references organization (id),
    title           varchar(300),
    status          varchar(20)  not null check (status in ('PRESENT', 'EXCUSED', 'ABSENT')),
    primary key (meeting_id, position)
);
create index attendance_person_idx on attendance (person_id);
create index attendance_organization_idx on attendance (organization_id);

-- The minutes (compte-rendu) being written: sections as sanitized HTML with their Markdown source.
create table minutes (
    meeting_id bigint      primary key references meeting (id),
    version    bigint      not null default 0,
    status     varchar(20) not null check (status in ('DRAFT', 'REVIEW', 'PUBLISHED')),
    updated_at timestamptz not null default now()
);

create table minutes_section (
    meeting_id bigint       not null references minutes (meeting_id) on delete cascade,
    position   integer      not null,
    heading    varchar(300),
    markdown   text         not null,
    html       text         not null,
    primary key (meeting_id, position)
);

create table minutes_decision (
    meeting_id bigint        not null references minutes (meeting_id) on delete cascade,
    position   integer       not null,
    text       varchar(2000) not null,
    primary key (meeting_id, position)
);

create table minutes_comment (
    id             bigserial primary key,
    meeting_id     bigint       not null references meeting (id),
    author_user_id bigint,
    author_name    varchar(200) not null,
    body           text         not null,
    created_at     timestamptz  not null default now()
);
create index minutes_comment_meeting_idx on minutes_comment (meeting_id);

-- Every publication and amendment keeps what was published, by whom, when and why.
create table minutes_revision (
    id         bigserial primary key,
    meeting_id bigint        not null references meeting (id),
    number     integer       not null check (number > 0),
    kind       varchar(20)   not null check (kind in ('PUBLICATION', 'AMENDMENT')),
    note       varchar(1000),
    created_by varchar(200),
    created_at timestamptz   not null default now(),
    unique (meeting_id, number)
);

create table minutes_revision_section (
    revision_id bigint       not null references minutes_revision (id) on delete cascade,
    position    integer      not null,
    heading     varchar(300),
    html        text         not null,
    primary key (revision_id, position)
);

create table minutes_revision_decision (
    revision_id bigint        not null references minutes_revision (id) on delete cascade,
    position    integer       not null,
    text        varchar(2000) not null,
    primary key (revision_id, position)
);

create table action_item (
    id                    bigserial primary key,
    version               bigint       not null default 0,
    meeting_id            bigint       not null references meeting (id),
    owner_organization_id bigint       not null references organization (id),
    title                 varchar(300) not null,
    due                   partial_date,
    status                varchar(20)  not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);
create index action_item_meeting_idx on action_item (meeting_id);
create index action_item_owner_idx on action_item (owner_organization_id, status);

-- Slides and documents of a meeting, kept in the database (at most 10 MB each).
create table meeting_attachment (
    id           bigserial primary key,
    meeting_id   bigint       not null references meeting (id),
    name         varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    content      bytea        not null,
    uploaded_by  varchar(200),
    uploaded_at  timestamptz  not null default now()
);
create index meeting_attachment_meeting_idx on meeting_attachment (meeting_id);

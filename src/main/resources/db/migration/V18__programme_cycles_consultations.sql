-- The group's seminar cycle of a year (issue 10): its seminars, each with a theme, target period, duration, format,
-- status and hosts (the panel: locked hosts stay when it is solved again), and the consultation of the members
-- (one answer per organization, a separate row so that two organizations answering at once never conflict).
create table seminar_cycle (
    id                      bigserial primary key,
    version                 bigint      not null default 0,
    group_id                bigint      not null references country_group (id),
    year                    integer     not null check (year between 2000 and 2100),
    -- the panel rules' weights (PanelWeights), changed by coordinators on the panels page
    weight_hosts_once       integer     not null default 1000 check (weight_hosts_once between 0 and 100000),
    weight_different_levels integer     not null default 100 check (weight_different_levels between 0 and 100000),
    weight_different_sizes  integer     not null default 10 check (weight_different_sizes between 0 and 100000),
    weight_interest         integer     not null default 1 check (weight_interest between 0 and 100000),
    panels_confirmed_at     timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    unique (group_id, year)
);

-- A seminar is its own aggregate (not a child rewritten with its cycle): consultation answers and meetings refer to
-- its id, which must outlive every save of the cycle.
create table seminar (
    id               bigserial primary key,
    version          bigint       not null default 0,
    cycle_id         bigint       not null references seminar_cycle (id) on delete cascade,
    position         integer      not null,
    theme_code       varchar(40)  not null references theme (code),
    title            varchar(300) not null,
    title_language   varchar(2)   not null default 'fr' check (title_language in ('fr', 'ko', 'en')),
    title_fr         varchar(300),
    title_ko         varchar(300),
    title_en         varchar(300),
    target_period    partial_date,
    duration_minutes integer      not null default 90 check (duration_minutes between 15 and 1440),
    format           varchar(20)  not null default 'ONLINE' check (format in ('ONLINE', 'IN_PERSON', 'HYBRID')),
    status           varchar(20)  not null default 'PLANNED'
        check (status in ('PLANNED', 'PANEL_CONFIRMED', 'SCHEDULED', 'HELD', 'CANCELLED')),
    -- the group meeting the seminar became once scheduled (the meetings module owns its data)
    meeting_id       bigint       references meeting (id) on delete set null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create index seminar_cycle_idx on seminar (cycle_id);

create table seminar_host (
    seminar_id      bigint  not null references seminar (id) on delete cascade,
    position        integer not null,
    organization_id bigint  not null references organization (id),
    locked          boolean not null default false,
    primary key (seminar_id, position)
);
create index seminar_host_organization_idx on seminar_host (organization_id);

create table consultation (
    id         bigserial primary key,
    version    bigint      not null default 0,
    cycle_id   bigint      not null references seminar_cycle (id) on delete cascade,
    opened_at  timestamptz not null,
    closes_at  timestamptz not null,
    opened_by  bigint, -- the account (kept as a number: accounts are switched off, never deleted)
    reminded_at timestamptz,
    check (closes_at > opened_at)
);
create index consultation_cycle_idx on consultation (cycle_id);

create table consultation_answer (
    id              bigserial primary key,
    version         bigint      not null default 0,
    consultation_id bigint      not null references consultation (id) on delete cascade,
    organization_id bigint      not null references organization (id),
    answered_at     timestamptz not null,
    answered_by     bigint, -- the account that answered: the member itself or a coordinator on its behalf
    unique (consultation_id, organization_id)
);

-- What one organization said of one seminar: its rank (1 = most wanted; null = not ranked), whether it is willing to
-- host it, whether it is unavailable for it.
create table consultation_choice (
    answer_id   bigint  not null references consultation_answer (id) on delete cascade,
    seminar_id  bigint  not null references seminar (id) on delete cascade,
    rank        integer check (rank is null or rank >= 1),
    willing     boolean not null default false,
    unavailable boolean not null default false,
    primary key (answer_id, seminar_id),
    check (not (willing and unavailable))
);

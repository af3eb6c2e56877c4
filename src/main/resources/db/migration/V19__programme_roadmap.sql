-- The group's roadmap for a year (programme.roadmap): one aggregate per group and year. Axes, actions and milestones
-- are rows of one list (roadmap_element), each with an id of its own inside the roadmap (element_id, stable when the
-- list is rewritten) and its parent's (an action's axis, a milestone's action); links to activities and action items
-- name them by id, never copy them.
create table roadmap (
    id           bigserial primary key,
    version      bigint      not null default 0,
    group_id     bigint      not null references country_group (id),
    year         integer     not null check (year between 1900 and 2999),
    next_element bigint      not null default 1,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    unique (group_id, year)
);

create table roadmap_element (
    roadmap_id            bigint       not null references roadmap (id) on delete cascade,
    position              integer      not null,
    element_id            bigint       not null,
    kind                  varchar(10)  not null check (kind in ('AXIS', 'ACTION', 'MILESTONE')),
    parent_id             bigint,
    title                 varchar(300) not null,
    title_language        varchar(2)   not null check (title_language in ('fr', 'ko', 'en')),
    title_fr              varchar(300),
    title_ko              varchar(300),
    title_en              varchar(300),
    period                partial_date,
    owner_organization_id bigint       references organization (id),
    status                varchar(20)  check (status in ('PLANNED', 'ONGOING', 'DONE', 'POSTPONED', 'CANCELLED')),
    primary key (roadmap_id, position),
    unique (roadmap_id, element_id),
    check ((kind = 'AXIS') = (status is null)),
    check ((kind = 'AXIS') = (parent_id is null)),
    check (kind <> 'MILESTONE' or period is not null)
);
create index roadmap_element_owner_idx on roadmap_element (owner_organization_id);

create table roadmap_link (
    roadmap_id     bigint  not null references roadmap (id) on delete cascade,
    position       integer not null,
    element_id     bigint  not null,
    activity_id    bigint  references activity (id),
    action_item_id bigint  references action_item (id),
    primary key (roadmap_id, position),
    check ((activity_id is null) <> (action_item_id is null))
);
create index roadmap_link_activity_idx on roadmap_link (activity_id);
create index roadmap_link_action_item_idx on roadmap_link (action_item_id);

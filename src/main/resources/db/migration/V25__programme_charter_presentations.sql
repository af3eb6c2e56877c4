-- The presentation charter of a seminar cycle (issue 10, point 7) and the hosts' presentations checked against it.
-- One charter per cycle; one presentation per host organization and seminar, replaced by a later submission (its
-- revision counts the submissions). The slides are kept in the database, as meeting attachments are.
create table presentation_charter (
    id                 bigserial primary key,
    version            bigint      not null default 0,
    cycle_id           bigint      not null unique references seminar_cycle (id) on delete cascade,
    duration_minutes   integer     not null check (duration_minutes between 1 and 240),
    slide_limit        integer     not null check (slide_limit between 1 and 500),
    -- a subset of fr,ko,en, comma-separated in that order
    required_languages varchar(20) not null,
    updated_at         timestamptz not null,
    updated_by         bigint
);

create table presentation_charter_section (
    presentation_charter_id bigint       not null references presentation_charter (id) on delete cascade,
    position                integer      not null,
    code                    varchar(40)  not null,
    label_fr                varchar(200),
    label_ko                varchar(200),
    label_en                varchar(200),
    primary key (presentation_charter_id, position)
);

create table presentation (
    id              bigserial primary key,
    version         bigint       not null default 0,
    seminar_id      bigint       not null references seminar (id) on delete cascade,
    organization_id bigint       not null references organization (id),
    revision        integer      not null default 1,
    title_fr        varchar(300),
    title_ko        varchar(300),
    title_en        varchar(300),
    abstract_fr     varchar(5000),
    abstract_ko     varchar(5000),
    abstract_en     varchar(5000),
    slides_name     varchar(255),
    slides_format   varchar(10) check (slides_format in ('PDF', 'PPTX')),
    slides_size     bigint,
    slide_count     integer,
    -- written apart from the aggregate (never loaded with it): the file itself
    slides          bytea,
    submitted_at    timestamptz  not null,
    submitted_by    bigint,
    unique (seminar_id, organization_id)
);
create index presentation_organization_idx on presentation (organization_id);

create table presentation_section (
    presentation_id bigint        not null references presentation (id) on delete cascade,
    position        integer       not null,
    code            varchar(40)   not null,
    text            varchar(10000) not null,
    primary key (presentation_id, position)
);

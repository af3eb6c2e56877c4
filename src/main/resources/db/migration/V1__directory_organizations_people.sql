-- Partial dates are stored as EDTF text: 2005, 2019-07, 2021-05-29, 2005/2006.
create domain partial_date as varchar(21)
    check (value ~ '^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$');

create table organization (
    id                bigserial primary key,
    version           bigint       not null default 0,
    kind              varchar(20)  not null check (kind in ('LOCAL_AUTHORITY', 'INSTITUTION')),
    country           char(2)      not null check (country ~ '^[A-Z]{2}$'),
    level             varchar(40),
    institution_type  varchar(20),
    official_code     varchar(20),
    parent_id         bigint       references organization (id),
    name_native       varchar(200) not null,
    name_fr           varchar(200),
    name_ko           varchar(200),
    name_en           varchar(200),
    population        integer      check (population >= 0),
    population_year   smallint,
    population_source varchar(300),
    website           varchar(300),
    email             varchar(200),
    phone             varchar(50),
    address           varchar(500),
    note              text,
    -- every name folded (lower case, no accents, no hyphens) for name search in any language
    search_text       varchar(1000) not null default '',
    archived          boolean      not null default false,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint organization_level_for_authorities check (kind <> 'LOCAL_AUTHORITY' or level is not null),
    constraint organization_population_sourced check (population is null or (population_year is not null and population_source is not null)),
    constraint organization_not_own_parent check (parent_id is null or parent_id <> id)
);
create index organization_parent_idx on organization (parent_id);
create index organization_country_level_idx on organization (country, level);

create table person (
    id          bigserial primary key,
    version     bigint       not null default 0,
    given_name  varchar(100) not null,
    family_name varchar(100) not null,
    honorific   varchar(50),
    email       varchar(200),
    phone       varchar(50),
    note        text,
    search_text varchar(300) not null default '',
    archived    boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table affiliation (
    person_id       bigint       not null references person (id) on delete cascade,
    position        integer      not null,
    organization_id bigint       not null references organization (id),
    title           varchar(300),
    since           partial_date,
    until           partial_date,
    primary key (person_id, position)
);
create index affiliation_organization_idx on affiliation (organization_id);

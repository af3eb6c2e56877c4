create table country_group (
    id                    bigserial primary key,
    version               bigint       not null default 0,
    code                  varchar(20)  not null unique,
    partner_country       char(2)      not null,
    name_fr               varchar(200) not null,
    name_ko               varchar(200) not null,
    name_en               varchar(200) not null,
    chair_organization_id bigint       references organization (id),
    chair_person_id       bigint       references person (id),
    chair_since           partial_date,
    hashtags              varchar(500),
    archived              boolean      not null default false,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);

create table group_membership (
    group_id        bigint      not null references country_group (id) on delete cascade,
    position        integer     not null,
    organization_id bigint      not null references organization (id),
    role            varchar(30) not null,
    primary key (group_id, position)
);
create index group_membership_organization_idx on group_membership (organization_id);

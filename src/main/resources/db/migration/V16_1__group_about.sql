-- The "about the group" page's text, per language: what the group is for, how to join, whom to contact. A missing
-- language is a missing row, shown as "translation missing", never replaced silently by another.
create table group_about (
    group_id    bigint      not null references country_group (id) on delete cascade,
    language    varchar(2)  not null check (language in ('fr', 'ko', 'en')),
    purpose     text        not null,
    joining     text        not null,
    contact     text        not null,
    updated_at  timestamptz not null,
    primary key (group_id, language)
);

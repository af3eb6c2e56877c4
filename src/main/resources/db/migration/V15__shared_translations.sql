-- Texts written by users in one of the three languages, with translations (shared.LocalizedText): the existing
-- column keeps the original as written, <column>_language says its language, <column>_fr/_ko/_en hold the
-- translations (null for the original's own language). Existing texts become originals, in Korean when they have
-- more Hangul letters than Latin ones (as LocalizedText.detect tells them, and the minutes importer), else in French.
create function pg_temp.language_of(text) returns varchar(2) language sql immutable
    as $$ select case when $1 is null then null
        when length(regexp_replace($1, '[^가-힣ㄱ-ㆎᄀ-ᇿ]', '', 'g'))
            > length(regexp_replace($1, '[^A-Za-zÀ-ɏ]', '', 'g')) then 'ko'
        else 'fr' end $$;

alter table meeting
    add column title_language varchar(2) not null default 'fr' check (title_language in ('fr', 'ko', 'en')),
    add column title_fr varchar(300),
    add column title_ko varchar(300),
    add column title_en varchar(300);
update meeting set title_language = pg_temp.language_of(title);

alter table agenda_item
    add column title_language varchar(2) not null default 'fr' check (title_language in ('fr', 'ko', 'en')),
    add column title_fr varchar(300),
    add column title_ko varchar(300),
    add column title_en varchar(300);
update agenda_item set title_language = pg_temp.language_of(title);

alter table action_item
    add column title_language varchar(2) not null default 'fr' check (title_language in ('fr', 'ko', 'en')),
    add column title_fr varchar(300),
    add column title_ko varchar(300),
    add column title_en varchar(300);
update action_item set title_language = pg_temp.language_of(title);

alter table activity
    add column title_language varchar(2) not null default 'fr' check (title_language in ('fr', 'ko', 'en')),
    add column title_fr varchar(300),
    add column title_ko varchar(300),
    add column title_en varchar(300),
    add column description_language varchar(2) check (description_language in ('fr', 'ko', 'en')),
    add column description_fr text,
    add column description_ko text,
    add column description_en text;
update activity set title_language = pg_temp.language_of(title),
    description_language = pg_temp.language_of(description);

alter table partnership
    add column description_language varchar(2) check (description_language in ('fr', 'ko', 'en')),
    add column description_fr text,
    add column description_ko text,
    add column description_en text;
update partnership set description_language = pg_temp.language_of(description);

-- Decisions of the minutes (working copy and published revisions) in one of the three languages with translations,
-- as V15 did for the other texts (shared.LocalizedText): the text column keeps the original, text_language its
-- language, text_fr/_ko/_en the translations. Existing decisions become originals, told by the same rule as V15
-- (its function, replaced: Flyway may run both migrations in one session, where pg_temp outlives a script).
create or replace function pg_temp.language_of(text) returns varchar(2) language sql immutable
    as $$ select case when $1 is null then null
        when length(regexp_replace($1, '[^가-힣ㄱ-ㆎᄀ-ᇿ]', '', 'g'))
            > length(regexp_replace($1, '[^A-Za-zÀ-ɏ]', '', 'g')) then 'ko'
        else 'fr' end $$;

alter table minutes_decision
    add column text_language varchar(2) not null default 'fr' check (text_language in ('fr', 'ko', 'en')),
    add column text_fr varchar(2000),
    add column text_ko varchar(2000),
    add column text_en varchar(2000);
update minutes_decision set text_language = pg_temp.language_of(text);

alter table minutes_revision_decision
    add column text_language varchar(2) not null default 'fr' check (text_language in ('fr', 'ko', 'en')),
    add column text_fr varchar(2000),
    add column text_ko varchar(2000),
    add column text_en varchar(2000);
update minutes_revision_decision set text_language = pg_temp.language_of(text);

-- Run by Flyway after every migrate, on every start: each table of the schema notifies the channel
-- passerelle_data_changed once per statement that changes it (delivered at commit), so every instance's
-- caches of pages know the data changed (DataChangeListener). Tables added by later migrations get their
-- trigger on the next start. The outbox is left out: its rows change every minute and no page anyone can
-- cache shows them. So are the sessions (spring_session, spring_session_attributes): they change on every
-- signed-in request, and no page shows them.
create or replace function passerelle_data_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('passerelle_data_changed', tg_table_name);
    return null;
end
$$;

do $$
declare
    changed_table record;
begin
    for changed_table in
        select c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema()
          and c.relkind in ('r', 'p')
          and c.relname not in ('flyway_schema_history', 'outbox_mail', 'outbox_attachment',
                                'spring_session', 'spring_session_attributes')
          and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'passerelle_data_changed')
    loop
        execute format('create trigger passerelle_data_changed after insert or update or delete or truncate on %I '
            'for each statement execute function passerelle_data_changed()', changed_table.relname);
    end loop;
end
$$;

-- The one place that gives the application's runtime role what it needs, after every migration run, on every
-- module schema (those the migrating role owns) and public: usage of the schema; reading and writing its tables
-- and views; its sequences and functions; and the same on whatever later migrations create (default privileges).
-- It does something only where migrations run as another role than the application (an external database whose
-- owner migrates, with spring.flyway.user); the embedded server migrates as khet itself, which owns everything.
-- The runtime role is the Flyway placeholder runtime_role (khet.db.runtime-role: KHET_DB_RUNTIME_ROLE, default khet).
do $$
declare
    runtime text := '${runtime_role}';
    s text;
begin
    if runtime = current_user or not exists (select 1 from pg_roles where rolname = runtime) then
        return;
    end if;
    for s in select nspname from pg_namespace
             where (nspowner = (select oid from pg_roles where rolname = current_user) or nspname = 'public')
               and nspname not like 'pg\_%' and nspname <> 'information_schema'
    loop
        execute format('grant usage on schema %I to %I', s, runtime);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', s, runtime);
        execute format('grant usage, select, update on all sequences in schema %I to %I', s, runtime);
        execute format('grant execute on all functions in schema %I to %I', s, runtime);
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                       s, runtime);
        execute format('alter default privileges in schema %I grant usage, select, update on sequences to %I',
                       s, runtime);
        execute format('alter default privileges in schema %I grant execute on functions to %I', s, runtime);
    end loop;
    -- Flyway's own history is the migrating role's alone.
    if to_regclass(format('%I.%I', '${flyway:defaultSchema}', '${flyway:table}')) is not null then
        execute format('revoke all on %I.%I from %I', '${flyway:defaultSchema}', '${flyway:table}', runtime);
    end if;
end $$;

-- The complaint centre's tables move from public into the schema complaints, which only its migrations change.
-- Indexes, constraints, identities and triggers follow their table; a table already moved or not there is skipped.
-- office_holiday is the office calendar's, which moves it to its own schema.
create schema if not exists complaints;

do $$
declare
    t text;
begin
    foreach t in array array['complainant', 'complaint', 'complaint_attachment', 'complaint_deadline',
                             'complaint_dispatch', 'complaint_step', 'public_question']
    loop
        if to_regclass(format('public.%I', t)) is not null then
            execute format('alter table public.%I set schema complaints', t);
        end if;
    end loop;
end $$;

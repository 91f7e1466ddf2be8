-- The registry's tables, view and functions move from public into the schema registry, which only the registry's
-- migrations change. Indexes, constraints, identities and triggers follow their table; a table already moved or
-- not there is skipped. The extension pg_trgm stays in public, where extensions live.
create schema if not exists registry;

do $$
declare
    t text;
begin
    foreach t in array array['area', 'unit', 'network', 'school', 'enrolment', 'school_students', 'size_scheme',
                             'size_class', 'position', 'academic_standing', 'person', 'unit_template',
                             'person_account']
    loop
        if to_regclass(format('public.%I', t)) is not null then
            execute format('alter table public.%I set schema registry', t);
        end if;
    end loop;
    if to_regprocedure('public.size_class_of(text, integer, date)') is not null then
        alter function public.size_class_of(text, integer, date) set schema registry;
    end if;
    if to_regprocedure('public.school_search_text()') is not null then
        alter function public.school_search_text() set schema registry;
    end if;
    if to_regprocedure('public.person_search_text()') is not null then
        alter function public.person_search_text() set schema registry;
    end if;
end $$;

-- Function bodies are resolved when they run, by the caller's search_path: name their tables with the schema.
create or replace function registry.size_class_of(scheme_code text, students int, on_date date) returns bigint
language sql stable as $$
    select c.id
    from registry.size_class c
    where c.scheme_id = (select s.id from registry.size_scheme s
                         where s.code = scheme_code and s.effective_from <= on_date
                         order by s.effective_from desc limit 1)
      and students >= c.min_students
      and (c.max_students is null or students <= c.max_students)
    order by c.ordinal
    limit 1
$$;

create or replace function registry.school_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lower(concat_ws(' ', new.code, new.code10, new.name_th, new.name_en, new.amphoe, new.tambon,
                                       (select n.name_th from registry.network n where n.id = new.network_id)));
    new.updated_at := now();
    return new;
end $$;

create or replace function registry.person_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lower(concat_ws(' ', new.first_name_th, new.last_name_th, new.phone, new.email,
                                       (select p.name_th from registry.position p where p.id = new.position_id)));
    new.updated_at := now();
    return new;
end $$;

-- Views published for other modules: they read the registry through these (or its Java API), never its tables.
-- A comment starting 'Published by' marks each; SchemaBoundariesTest allows only such views across schemas.

create view registry.school_summary as
select s.id, s.area_id, s.code, s.name_th, s.status, s.network_id, n.name_th as network_name_th, s.version
from registry.school s
left join registry.network n on n.id = s.network_id;
comment on view registry.school_summary is
    'Published by registry: a school''s code, name, status and network, and its version for caches.';

create view registry.network_summary as
select id, area_id, name_th, version
from registry.network;
comment on view registry.network_summary is
    'Published by registry: a school network''s name, and its version for caches.';

create view registry.unit_summary as
select id, area_id, code, name_th
from registry.unit;
comment on view registry.unit_summary is
    'Published by registry: a unit (group) of an area office and its name.';

-- A person's name, where they are, and the sign-in account linked to them; never their national ID or contacts.
create view registry.person_summary as
select p.id, p.area_id, p.school_id, p.unit_id, p.title || p.first_name_th || ' ' || p.last_name_th as full_name,
       p.active, pa.user_id
from registry.person p
left join registry.person_account pa on pa.person_id = p.id;
comment on view registry.person_summary is
    'Published by registry: a person''s name, school or unit, whether active, and their linked account.';

-- Who heads each unit: its active people holding the position of group head (ผู้อำนวยการกลุ่ม).
create view registry.unit_head as
select p.unit_id, p.id as person_id, pa.user_id
from registry.person p
join registry.position pos on pos.id = p.position_id and pos.code = 'GROUP_HEAD'
left join registry.person_account pa on pa.person_id = p.id
where p.active and p.unit_id is not null;
comment on view registry.unit_head is
    'Published by registry: the active heads of each unit, with their linked account if any.';

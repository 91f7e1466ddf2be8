-- The registry every module reads: area offices, their units, networks, schools, people and positions.
create extension if not exists pg_trgm;

create table area (
    id            bigint generated always as identity primary key,
    code          text        not null unique check (code ~ '^[0-9A-Za-z]{2,16}$'),
    name_th       text        not null,
    name_en       text        not null,
    letter_prefix text        not null,
    size_scheme   text        not null default 'OBEC4',
    created_at    timestamptz not null default now(),
    version       int         not null default 0
);

-- The nine groups of an area office (and any other unit it keeps).
create table unit (
    id            bigint generated always as identity primary key,
    area_id       bigint not null references area (id),
    code          text   not null,
    name_th       text   not null,
    name_en       text   not null,
    letter_suffix text,
    version       int    not null default 0,
    unique (area_id, code)
);

create table network (
    id      bigint generated always as identity primary key,
    area_id bigint not null references area (id),
    name_th text   not null,
    name_en text,
    version int    not null default 0,
    unique (area_id, name_th)
);

create table school (
    id          bigint generated always as identity primary key,
    area_id     bigint not null references area (id),
    code        text   not null unique check (code ~ '^[0-9]{8}$'),
    code10      text unique check (code10 ~ '^[0-9]{10}$'),
    name_th     text   not null,
    name_en     text,
    network_id  bigint references network (id),
    amphoe      text   not null,
    tambon      text   not null,
    status      text   not null default 'OPEN' check (status in ('OPEN', 'CLOSED', 'MERGED')),
    merged_into bigint references school (id),
    phone       text,
    email       text,
    search_text text   not null default '',
    updated_at  timestamptz not null default now(),
    version     int    not null default 0
);
create index school_area on school (area_id);
create index school_updated on school (area_id, updated_at desc);
create index school_network on school (network_id);
create index school_search on school using gin (search_text gin_trgm_ops);

-- Students per grade and academic year (Buddhist Era). Grade 'ALL' holds a total given without a breakdown.
create table enrolment (
    school_id     bigint not null references school (id) on delete cascade,
    academic_year int    not null check (academic_year between 2500 and 2700),
    grade         text   not null check (grade in ('K1','K2','K3','P1','P2','P3','P4','P5','P6',
                                                    'M1','M2','M3','M4','M5','M6','ALL')),
    students      int    not null check (students >= 0),
    primary key (school_id, academic_year, grade)
);

create view school_students as
select school_id, academic_year,
       sum(students)::int as students
from enrolment
group by school_id, academic_year;

-- How a school's size class follows from its students. A circular can change the bands: every scheme
-- version has the date it takes effect, and administrators edit them.
create table size_scheme (
    id             bigint generated always as identity primary key,
    code           text not null,
    name_th        text not null,
    name_en        text not null,
    effective_from date not null,
    version        int  not null default 0,
    unique (code, effective_from)
);

create table size_class (
    id           bigint generated always as identity primary key,
    scheme_id    bigint not null references size_scheme (id) on delete cascade,
    ordinal      int    not null,
    name_th      text   not null,
    name_en      text   not null,
    min_students int    not null check (min_students >= 0),
    max_students int check (max_students is null or max_students >= min_students),
    unique (scheme_id, ordinal)
);

create table position (
    id      bigint generated always as identity primary key,
    code    text not null unique,
    name_th text not null,
    name_en text not null,
    place   text not null check (place in ('AREA', 'SCHOOL', 'ANY'))
);

-- วิทยฐานะ
create table academic_standing (
    code    text primary key,
    name_th text not null,
    name_en text not null,
    rank    int  not null
);

create table person (
    id                bigint generated always as identity primary key,
    area_id           bigint not null references area (id),
    school_id         bigint references school (id),
    unit_id           bigint references unit (id),
    title             text   not null default '',
    first_name_th     text   not null,
    last_name_th      text   not null,
    position_id       bigint references position (id),
    academic_standing text references academic_standing (code),
    national_id       text   not null check (national_id ~ '^[0-9]{13}$'),
    phone             text,
    email             text,
    active            boolean not null default true,
    search_text       text   not null default '',
    updated_at        timestamptz not null default now(),
    version           int    not null default 0,
    unique (area_id, national_id),
    check (school_id is null or unit_id is null)
);
create index person_school on person (school_id);
create index person_unit on person (unit_id);
create index person_search on person using gin (search_text gin_trgm_ops);

-- The size class a number of students falls in under a scheme, by the scheme version in force on a date.
create function size_class_of(scheme_code text, students int, on_date date) returns bigint
language sql stable as $$
    select c.id
    from size_class c
    where c.scheme_id = (select s.id from size_scheme s
                         where s.code = scheme_code and s.effective_from <= on_date
                         order by s.effective_from desc limit 1)
      and students >= c.min_students
      and (c.max_students is null or students <= c.max_students)
    order by c.ordinal
    limit 1
$$;

-- The text a record is found by, kept by the database so every door (forms, API, imports) agrees.
create function school_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lower(concat_ws(' ', new.code, new.code10, new.name_th, new.name_en, new.amphoe, new.tambon,
                                       (select n.name_th from network n where n.id = new.network_id)));
    new.updated_at := now();
    return new;
end $$;
create trigger school_search_text before insert or update on school
    for each row execute function school_search_text();

create function person_search_text() returns trigger language plpgsql as $$
begin
    new.search_text := lower(concat_ws(' ', new.first_name_th, new.last_name_th, new.phone, new.email,
                                       (select p.name_th from position p where p.id = new.position_id)));
    new.updated_at := now();
    return new;
end $$;
create trigger person_search_text before insert or update on person
    for each row execute function person_search_text();

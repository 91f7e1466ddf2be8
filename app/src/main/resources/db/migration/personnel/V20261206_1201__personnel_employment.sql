-- The personnel record of a registry person (issue 15, step 1): what the personnel group needs beyond who the person
-- is and where (the registry's). Personal data: see docs/decisions/0013-personnel-design.md for who reads it.
create table personnel.employment (
    person_id        bigint primary key references registry.person (id),
    birth_date       date,
    appointed_on     date,
    at_school_since  date,
    position_number  text not null default '',
    salary           numeric(12, 2) check (salary is null or salary >= 0),
    salary_level     text not null default '',
    standing_since   date,
    employment_type  text not null default 'GOVERNMENT'
                     check (employment_type in ('GOVERNMENT', 'CONTRACT', 'TEMPORARY')),
    updated_at       timestamptz not null default now(),
    updated_by       bigint,
    version          int not null default 0,
    check (appointed_on is null or birth_date is null or appointed_on > birth_date)
);
-- The registry never deletes a person (one who leaves is made inactive), so the record outlives nothing it describes.

create table personnel.qualification (
    id          bigint generated always as identity primary key,
    person_id   bigint not null references personnel.employment (person_id) on delete cascade,
    degree      text not null,
    major       text not null default '',
    institution text not null default '',
    year        int check (year is null or year between 2400 and 2700),
    position    int not null default 1
);
create index qualification_person_idx on personnel.qualification (person_id, position);

-- Recognition and awards (issue 15, step 5): a person or a school, the award, its level, the granting body and the
-- day. Entered by the personnel group (verified at once) or by a school director for their school (waiting until the
-- group verifies it); only verified awards are listed to everyone.
create table personnel.award (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    person_id bigint,
    school_id bigint,
    -- The person's or the school's name when entered, so lists need not read the registry row by row.
    recipient_name text not null,
    -- The school the award belongs to (a person's school at entry; null for the office's staff).
    place_school_id bigint,
    name text not null check (length(btrim(name)) between 1 and 300),
    level text not null check (level in ('SCHOOL', 'AREA', 'REGION', 'NATIONAL', 'INTERNATIONAL')),
    granting_body text not null check (length(btrim(granting_body)) between 1 and 300),
    awarded_on date not null,
    -- The fiscal year (Buddhist Era) of the day it was awarded.
    fiscal_year int not null,
    note text not null default '' check (length(note) <= 1000),
    status text not null check (status in ('PENDING', 'VERIFIED')),
    entered_by bigint not null,
    verified_by bigint,
    verified_at timestamptz,
    created_at timestamptz not null default now(),
    check (num_nonnulls(person_id, school_id) = 1)
);
create index award_area_year on personnel.award (area_id, fiscal_year, status);

-- Small-school pairing (issue 15, step 5): a host school and partner schools of an area share the grades of an
-- academic year (each grade taught at one of them); the pupils of a grade taught elsewhere travel, and the transport
-- allowance of the rule in force pays for it.

-- Dated rule data the administrator edits: the allowance per travelling pupil and school day, the school days of a
-- year, and the pupils at or under which a school counts as small for pairing.
create table personnel.pairing_rule (
    id                   bigint generated always as identity primary key,
    allowance_per_day    numeric(8, 2) not null check (allowance_per_day >= 0),
    school_days          int  not null check (school_days between 1 and 366),
    small_school_pupils  int  not null check (small_school_pupils >= 1),
    valid_from           date not null unique,
    valid_until          date,
    circular             text not null check (circular <> ''),
    starting_figure      boolean not null default false,
    created_by           bigint,
    created_at           timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from)
);

-- Starting figures: 20 baht a pupil a school day over 200 school days; small at 120 pupils or fewer (OBEC's small
-- school). The office checks them against the circular in force.
insert into personnel.pairing_rule (allowance_per_day, school_days, small_school_pupils, valid_from, circular,
                                    starting_figure)
values (20, 200, 120, date '2020-05-16', 'สพฐ. ค่าพาหนะนักเรียนโรงเรียนขนาดเล็กที่เรียนรวม — ตัวเลขเริ่มต้น', true);

create table personnel.pairing (
    id             bigint generated always as identity primary key,
    area_id        bigint not null,
    academic_year  int    not null check (academic_year between 2500 and 2700),
    host_school_id bigint not null,
    state          text   not null default 'DRAFT' check (state in ('DRAFT', 'APPROVED')),
    created_by     bigint,
    created_at     timestamptz not null default now(),
    approved_by    bigint,
    approved_at    timestamptz,
    version        int    not null default 0,
    unique (academic_year, host_school_id)
);
create index pairing_area_year_idx on personnel.pairing (area_id, academic_year);

-- The partner schools, with the distance to the host and how the pupils travel.
create table personnel.pairing_partner (
    pairing_id     bigint not null references personnel.pairing (id) on delete cascade,
    school_id      bigint not null,
    distance_km    numeric(6, 1) check (distance_km is null or distance_km >= 0),
    transport_mode text   not null default 'VAN'
                   check (transport_mode in ('VAN', 'BUS', 'SONGTHAEW', 'PARENTS', 'OTHER')),
    primary key (pairing_id, school_id)
);

-- Which school of the pairing teaches each grade: one school a grade.
create table personnel.pairing_grade (
    pairing_id bigint not null references personnel.pairing (id) on delete cascade,
    grade      text   not null,
    school_id  bigint not null,
    primary key (pairing_id, grade)
);

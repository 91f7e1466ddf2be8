-- Official travel (ขออนุญาตไปราชการ) with its report afterwards, and the daily attendance (ลงเวลาปฏิบัติราชการ) of
-- the office's own staff, linked to approved leave and travel (issue 15, design 0013 step 6).

create table personnel.travel_request (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    person_id bigint not null,
    -- The name at filing, so lists need not read the registry row by row.
    person_name text not null default '',
    filed_by bigint not null,
    purpose text not null check (length(btrim(purpose)) between 1 and 1000),
    place text not null check (length(btrim(place)) between 1 and 300),
    first_day date not null,
    last_day date not null,
    vehicle text not null default '',
    estimated_cost numeric(12, 2) check (estimated_cost >= 0),
    -- The letter or order the trip answers (free text: its number and date).
    reference text not null default '',
    school_id bigint,
    unit_id bigint,
    approver text not null check (approver in ('SCHOOL_DIRECTOR', 'UNIT_HEAD', 'AREA_DIRECTOR')),
    status text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by bigint,
    decided_at timestamptz,
    decision_reason text,
    -- The report after the trip: what was done and what it cost.
    report text,
    actual_cost numeric(12, 2) check (actual_cost >= 0),
    reported_at timestamptz,
    filed_at timestamptz not null default now(),
    version int not null default 0,
    check (last_day >= first_day)
);
create index travel_request_person on personnel.travel_request (person_id, first_day);
create index travel_request_area on personnel.travel_request (area_id, status, first_day);

-- Who goes along: other people of the registry, away on the same trip.
create table personnel.travel_companion (
    request_id bigint not null references personnel.travel_request (id) on delete cascade,
    person_id bigint not null,
    person_name text not null default '',
    primary key (request_id, person_id)
);
create index travel_companion_person on personnel.travel_companion (person_id);

-- From what time of day a sign-in is late, as dated data per area (null: every area without its own rule).
create table personnel.attendance_rule (
    id bigint generated always as identity primary key,
    area_id bigint,
    late_after time not null,
    valid_from date not null,
    valid_until date,
    circular text not null check (length(btrim(circular)) between 1 and 300),
    starting_figure boolean not null default false,
    created_by bigint,
    created_at timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.attendance_rule (area_id, late_after, valid_from, circular, starting_figure)
values (null, '08:30', '2000-01-01',
        'เวลาทำงานของส่วนราชการ 08.30–16.30 น. (ตัวเลขเริ่มต้น: สำนักงานตรวจสอบกับประกาศเวลาปฏิบัติราชการที่ใช้)', true);

-- One row per person and day: signed in once, signed out once, server time.
create table personnel.attendance (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    person_id bigint not null,
    day date not null,
    signed_in_at timestamptz not null,
    late boolean not null,
    signed_out_at timestamptz,
    unique (person_id, day)
);
create index attendance_area_day on personnel.attendance (area_id, day);

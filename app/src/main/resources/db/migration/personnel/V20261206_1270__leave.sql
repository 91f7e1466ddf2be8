-- Leave (issue 15, design 0013): the leave types' entitlements and who approves them, as dated data the
-- administrator edits (a new version from a day ends the one before), and the requests themselves.
-- Shipped figures come from ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555; those marked
-- starting_figure are a starting point the office checks against the circular in force.

create table personnel.leave_rule (
    id bigint generated always as identity primary key,
    leave_type text not null check (leave_type in ('SICK', 'MATERNITY', 'CHILDCARE', 'PATERNITY', 'PERSONAL',
        'VACATION', 'ORDINATION', 'MILITARY', 'STUDY', 'INTERNATIONAL', 'SPOUSE', 'REHABILITATION')),
    -- WORKING: days the office works (the calendar's weekends and holidays not counted); CALENDAR: every day.
    day_unit text not null check (day_unit in ('WORKING', 'CALENDAR')),
    days_per_year numeric(6, 1) check (days_per_year >= 0),
    -- In the fiscal year one first entered service (personal business: 15), else days_per_year.
    first_year_days numeric(6, 1) check (first_year_days >= 0),
    days_per_request numeric(6, 1) check (days_per_request > 0),
    -- Vacation: the most one may hold in a year with what is carried over, and after long_service_years.
    carry_over_to numeric(6, 1) check (carry_over_to >= 0),
    carry_over_to_long numeric(6, 1) check (carry_over_to_long >= 0),
    long_service_years int check (long_service_years > 0),
    min_service_months int not null default 0 check (min_service_months >= 0),
    once_in_service boolean not null default false,
    -- False where school staff, who have the school's breaks, are not entitled (vacation).
    school_staff boolean not null default true,
    valid_from date not null,
    valid_until date,
    circular text not null check (length(btrim(circular)) between 1 and 300),
    starting_figure boolean not null default false,
    created_by bigint,
    created_at timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from),
    unique (leave_type, valid_from)
);

-- Who approves: per leave type (null: every type), place of the applicant (SCHOOL or OFFICE) and, where named,
-- the applicant's registry position (a school director does not approve their own leave). The narrowest rule in
-- force whose ceiling the request fits decides; up_to_days null is no ceiling.
create table personnel.leave_approver (
    id bigint generated always as identity primary key,
    leave_type text,
    place text not null check (place in ('SCHOOL', 'OFFICE')),
    applicant_position text,
    up_to_days numeric(6, 1) check (up_to_days > 0),
    approver text not null check (approver in ('SCHOOL_DIRECTOR', 'UNIT_HEAD', 'AREA_DIRECTOR')),
    valid_from date not null,
    valid_until date,
    circular text not null check (length(btrim(circular)) between 1 and 300),
    starting_figure boolean not null default false,
    created_by bigint,
    created_at timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from)
);

create table personnel.leave_request (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    person_id bigint not null,
    filed_by bigint not null,
    -- The name at filing, so lists need not read the registry row by row.
    person_name text not null default '',
    leave_type text not null,
    first_day date not null,
    last_day date not null,
    half_day boolean not null default false,
    days numeric(6, 1) not null check (days > 0),
    fiscal_year int not null,
    reason text not null default '',
    contact text not null default '',
    school_id bigint,
    unit_id bigint,
    approver text not null,
    status text not null default 'PENDING'
        check (status in ('PENDING', 'APPROVED', 'REFUSED', 'CANCEL_REQUESTED', 'CANCELLED')),
    decided_by bigint,
    decided_at timestamptz,
    decision_reason text,
    filed_at timestamptz not null default now(),
    version int not null default 0,
    check (last_day >= first_day),
    check (not half_day or first_day = last_day)
);
create index leave_request_person on personnel.leave_request (person_id, fiscal_year);
create index leave_request_waiting on personnel.leave_request (area_id, status);

insert into personnel.leave_rule (leave_type, day_unit, days_per_year, first_year_days, days_per_request,
    carry_over_to, carry_over_to_long, long_service_years, min_service_months, once_in_service, school_staff,
    valid_from, circular, starting_figure)
values
    ('SICK', 'WORKING', 60, null, null, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('MATERNITY', 'CALENDAR', null, null, 90, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', false),
    ('CHILDCARE', 'WORKING', null, null, 150, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('PATERNITY', 'WORKING', null, null, 15, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', false),
    ('PERSONAL', 'WORKING', 45, 15, null, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', false),
    ('VACATION', 'WORKING', 10, null, null, 20, 30, 10, 6, false, false, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('ORDINATION', 'CALENDAR', null, null, 120, null, null, null, 12, true, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('MILITARY', 'CALENDAR', null, null, null, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('STUDY', 'CALENDAR', null, null, null, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('INTERNATIONAL', 'CALENDAR', null, null, null, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('SPOUSE', 'CALENDAR', null, null, 730, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true),
    ('REHABILITATION', 'CALENDAR', null, null, 365, null, null, null, 0, false, true, '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555', true);

-- School staff: their director up to the ceiling, the area director above it and for the director's own leave.
-- Office staff: the head of their unit (the group head) up to the ceiling, the area director above it.
insert into personnel.leave_approver (leave_type, place, applicant_position, up_to_days, approver, valid_from,
    circular, starting_figure)
values
    (null, 'SCHOOL', 'SCHOOL_DIRECTOR', null, 'AREA_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'SCHOOL', null, 15, 'SCHOOL_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    ('SICK', 'SCHOOL', null, 60, 'SCHOOL_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    ('MATERNITY', 'SCHOOL', null, 90, 'SCHOOL_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'SCHOOL', null, null, 'AREA_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'OFFICE', 'AREA_DEPUTY', null, 'AREA_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'OFFICE', 'GROUP_HEAD', null, 'AREA_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'OFFICE', null, 15, 'UNIT_HEAD', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true),
    (null, 'OFFICE', null, null, 'AREA_DIRECTOR', '2012-05-22',
     'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ พ.ศ. 2555 และการมอบอำนาจของ สพฐ.', true);

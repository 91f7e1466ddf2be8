-- Development records (issue 15, step 5 of design 0013): the yearly development hours expected per kind of position
-- as dated data, the training each person records (verified by their school's director or the personnel group;
-- only verified hours count), Action Learning projects of a team, and recognition and awards.

-- The hours a person is expected to develop in a fiscal year, per kind of position, per area or for all (null).
create table personnel.development_rule (
    id bigint generated always as identity primary key,
    area_id bigint,
    position_group text not null check (position_group in ('TEACHER', 'SCHOOL_ADMINISTRATOR', 'OFFICE_STAFF')),
    hours numeric(5, 1) not null check (hours > 0 and hours <= 500),
    valid_from date not null,
    valid_until date,
    circular text not null check (length(btrim(circular)) between 1 and 300),
    starting_figure boolean not null default false,
    created_by bigint,
    created_at timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.development_rule (area_id, position_group, hours, valid_from, circular, starting_figure)
select null, g, 20, '2000-01-01',
       'ชั่วโมงพัฒนาตนเองขั้นต่ำต่อปีงบประมาณ (ตัวเลขเริ่มต้น: สำนักงานตรวจสอบกับหนังสือเวียน ก.ค.ศ. ที่ใช้บังคับ)', true
from unnest(array['TEACHER', 'SCHOOL_ADMINISTRATOR', 'OFFICE_STAFF']) as g;

-- A training, seminar, course... a person took: recorded by the person, verified or returned with a reason.
create table personnel.training_record (
    id bigint generated always as identity primary key,
    area_id bigint not null,
    person_id bigint not null,
    person_name text not null default '',
    school_id bigint,
    unit_id bigint,
    filed_by bigint not null,
    title text not null check (length(btrim(title)) between 1 and 300),
    provider text not null check (length(btrim(provider)) between 1 and 300),
    kind text not null check (kind in ('TRAINING', 'SEMINAR', 'ONLINE_COURSE', 'PLC', 'STUDY_VISIT', 'ACTION_LEARNING')),
    first_day date not null,
    last_day date not null,
    hours numeric(5, 1) not null check (hours > 0),
    -- The fiscal year (Buddhist Era) of the last day: where the hours count.
    fiscal_year int not null,
    status text not null default 'PENDING' check (status in ('PENDING', 'VERIFIED', 'RETURNED')),
    decided_by bigint,
    decided_at timestamptz,
    return_reason text,
    -- The Action Learning project whose hours these are, when the record came from one.
    action_learning_id bigint,
    certificate_key text,
    certificate_name text,
    certificate_type text,
    certificate_sha256 text,
    filed_at timestamptz not null default now(),
    version int not null default 0,
    check (last_day >= first_day)
);
create index training_record_person on personnel.training_record (person_id, fiscal_year);
create index training_record_area on personnel.training_record (area_id, fiscal_year, status);

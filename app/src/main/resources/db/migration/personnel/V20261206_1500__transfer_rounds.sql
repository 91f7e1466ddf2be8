-- Transfer rounds and swaps (issue 15, step 5 of decision 0013): the dated rule (minimum months at the current school,
-- how many schools a request may wish) and the dated criteria a request is scored on, both starting figures the
-- office checks against the ก.ค.ศ. teacher-transfer circular in force (starting_figure = true); the rounds of an area
-- with their vacancies, the requests with their wished schools, director's opinion and scores; swaps.
create table personnel.transfer_rule (
    id                bigint generated always as identity primary key,
    valid_from        date not null unique,
    valid_until       date,
    min_months        int not null check (min_months >= 0 and min_months <= 240),
    max_wishes        int not null check (max_wishes between 1 and 20),
    circular          text not null default '',
    starting_figure   boolean not null default false,
    created_at        timestamptz not null default now(),
    created_by        bigint,
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.transfer_rule (valid_from, min_months, max_wishes, circular, starting_figure)
values (date '2020-01-01', 24, 5,
    'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น: สำนักงานตรวจสอบกับหนังสือเวียนที่ใช้อยู่)', true);

create table personnel.transfer_criterion (
    id                bigint generated always as identity primary key,
    code              text not null check (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    label_th          text not null,
    label_en          text not null,
    max_points        numeric(6, 2) not null check (max_points > 0 and max_points <= 1000),
    position          int not null,
    valid_from        date not null,
    valid_until       date,
    circular          text not null default '',
    starting_figure   boolean not null default false,
    created_at        timestamptz not null default now(),
    created_by        bigint,
    unique (code, valid_from),
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.transfer_criterion (code, label_th, label_en, max_points, position, valid_from, circular,
    starting_figure) values
    ('REASON', 'เหตุผลการขอย้าย (อยู่ร่วมกับคู่สมรส ดูแลบิดามารดา ดูแลผู้อยู่ในความอุปการะ)',
        'Reason for moving (to live with a spouse, to care for parents or dependants)', 20, 1, date '2020-01-01',
        'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('SERVICE_YEARS', 'อายุราชการ', 'Years of government service', 10, 2, date '2020-01-01',
        'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('AT_SCHOOL', 'ระยะเวลาการปฏิบัติงานในสถานศึกษาปัจจุบัน', 'Time at the current school', 10, 3,
        date '2020-01-01', 'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('STANDING', 'วิทยฐานะ', 'Academic standing', 10, 4, date '2020-01-01',
        'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('PERFORMANCE', 'ผลการปฏิบัติงานและผลที่เกิดกับผู้เรียน', 'Performance and results with learners', 40, 5,
        date '2020-01-01', 'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('DISTANCE', 'ระยะทางจากภูมิลำเนาถึงสถานศึกษาปัจจุบัน', 'Distance from home to the current school', 10, 6,
        date '2020-01-01', 'ก.ค.ศ. หลักเกณฑ์และวิธีการย้ายข้าราชการครู (ตัวเลขตั้งต้น)', true);

create table personnel.transfer_round (
    id             bigint generated always as identity primary key,
    area_id        bigint not null,
    academic_year  int not null check (academic_year between 2500 and 2700),
    opens_on       date not null,
    closes_on      date not null,
    effective_on   date not null,
    state          text not null default 'DRAFT'
                   check (state in ('DRAFT', 'OPEN', 'CLOSED', 'RANKED', 'DECIDED')),
    created_at     timestamptz not null default now(),
    created_by     bigint not null,
    published_at   timestamptz,
    proposed_at    timestamptz,
    decided_at     timestamptz,
    check (closes_on >= opens_on),
    check (effective_on >= closes_on)
);
create index transfer_round_area on personnel.transfer_round (area_id, academic_year);

create table personnel.transfer_vacancy (
    id        bigint generated always as identity primary key,
    round_id  bigint not null references personnel.transfer_round (id),
    school_id bigint not null,
    places    int not null check (places between 1 and 100),
    subject   text not null default '',
    note      text not null default '',
    unique (round_id, school_id)
);

create table personnel.transfer_request (
    id                bigint generated always as identity primary key,
    round_id          bigint not null references personnel.transfer_round (id),
    person_id         bigint not null,
    filed_by          bigint not null,
    from_school_id    bigint not null,
    at_school_since   date not null,
    appointed_on      date,
    reason_kind       text not null check (reason_kind in ('SPOUSE', 'PARENTS', 'CARE', 'HOME', 'OTHER')),
    reason            text not null default '',
    distance_km       int check (distance_km between 0 and 5000),
    state             text not null default 'FILED' check (state in ('FILED', 'WITHDRAWN')),
    opinion           text check (opinion in ('AGREE', 'COMMENT')),
    opinion_note      text not null default '',
    opinion_by        bigint,
    opinion_at        timestamptz,
    proposed_school_id bigint,
    filed_at          timestamptz not null default now()
);
create unique index transfer_request_one_per_round on personnel.transfer_request (round_id, person_id)
    where state = 'FILED';

create table personnel.transfer_wish (
    request_id bigint not null references personnel.transfer_request (id),
    rank       int not null check (rank >= 1),
    school_id  bigint not null,
    primary key (request_id, rank),
    unique (request_id, school_id)
);

create table personnel.transfer_score (
    request_id   bigint not null references personnel.transfer_request (id),
    criterion_id bigint not null references personnel.transfer_criterion (id),
    points       numeric(6, 2) not null check (points >= 0),
    scored_by    bigint not null,
    scored_at    timestamptz not null default now(),
    primary key (request_id, criterion_id)
);

create table personnel.transfer_swap (
    id               bigint generated always as identity primary key,
    area_id          bigint not null,
    person_a         bigint not null,
    school_a         bigint not null,
    person_b         bigint not null,
    school_b         bigint not null,
    reason           text not null default '',
    state            text not null default 'ASKED'
                     check (state in ('ASKED', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
    partner_agreed_at  timestamptz,
    director_a_by    bigint,
    director_a_at    timestamptz,
    director_b_by    bigint,
    director_b_at    timestamptz,
    decided_by       bigint,
    decided_at       timestamptz,
    effective_on     date,
    created_by       bigint not null,
    created_at       timestamptz not null default now(),
    check (person_a <> person_b),
    check (school_a <> school_b)
);
create index transfer_swap_area on personnel.transfer_swap (area_id, state);

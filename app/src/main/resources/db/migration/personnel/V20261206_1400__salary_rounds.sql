-- Salary-raise rounds (issue 15, step 4 of decision 0013): the dated rule of the pool, quota, quality weights and the
-- per-person cap; the dated ceilings per salary level; the rounds (1 April, 1 October) with their allocation to
-- schools and each person's result. The shipped figures are starting figures the office checks against the circular
-- in force (starting_figure = true).
create table personnel.salary_rule (
    id                      bigint generated always as identity primary key,
    valid_from              date not null unique,
    valid_until             date,
    pool_percent            numeric(5, 2) not null check (pool_percent > 0 and pool_percent <= 20),
    headcount_quota_percent numeric(5, 2) not null check (headcount_quota_percent > 0 and headcount_quota_percent <= 100),
    quality_share_percent   numeric(5, 2) not null check (quality_share_percent >= 0 and quality_share_percent <= 100),
    person_cap_percent      numeric(5, 2) not null check (person_cap_percent > 0 and person_cap_percent <= 20),
    weight_green            numeric(6, 2) not null check (weight_green >= 0),
    weight_yellow           numeric(6, 2) not null check (weight_yellow >= 0),
    weight_black            numeric(6, 2) not null check (weight_black >= 0),
    weight_red              numeric(6, 2) not null check (weight_red >= 0),
    weight_no_data          numeric(6, 2) not null check (weight_no_data >= 0),
    circular                text not null default '',
    starting_figure         boolean not null default false,
    created_at              timestamptz not null default now(),
    created_by              bigint,
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.salary_rule (valid_from, pool_percent, headcount_quota_percent, quality_share_percent,
    person_cap_percent, weight_green, weight_yellow, weight_black, weight_red, weight_no_data, circular,
    starting_figure)
values (date '2020-01-01', 3.00, 15.00, 20.00, 6.00, 4, 3, 2, 1, 1,
    'กฎ ก.ค.ศ. ว่าด้วยการเลื่อนเงินเดือน (ตัวเลขตั้งต้น: สำนักงานตรวจสอบกับหนังสือเวียนที่ใช้อยู่)', true);

create table personnel.salary_ceiling (
    id              bigint generated always as identity primary key,
    salary_level    text not null,
    ceiling         numeric(12, 2) not null check (ceiling > 0),
    valid_from      date not null,
    valid_until     date,
    circular        text not null default '',
    starting_figure boolean not null default false,
    created_at      timestamptz not null default now(),
    created_by      bigint,
    unique (salary_level, valid_from),
    check (valid_until is null or valid_until > valid_from)
);

insert into personnel.salary_ceiling (salary_level, ceiling, valid_from, circular, starting_figure) values
    ('ครูผู้ช่วย', 30000, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('คศ.1', 41620, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('คศ.2', 58390, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('คศ.3', 69040, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('คศ.4', 76800, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true),
    ('คศ.5', 76800, date '2020-01-01', 'บัญชีเงินเดือนข้าราชการครู (ตัวเลขตั้งต้น)', true);

create table personnel.salary_round (
    id            bigint generated always as identity primary key,
    area_id       bigint not null,
    round_date    date not null check (extract(day from round_date) = 1 and extract(month from round_date) in (4, 10)),
    period_from   date not null,
    period_until  date not null,
    method        text not null check (method in ('POOL', 'HEADCOUNT')),
    quality_year  int not null,
    state         text not null default 'DRAFT' check (state in ('DRAFT', 'ALLOCATED', 'APPROVED')),
    rule_id       bigint references personnel.salary_rule (id),
    salary_base   numeric(14, 2),
    pool          numeric(14, 2),
    held_centrally numeric(14, 2),
    created_at    timestamptz not null default now(),
    created_by    bigint not null,
    allocated_at  timestamptz,
    approved_at   timestamptz,
    approved_by   bigint,
    unique (area_id, round_date, method)
);

-- One school's share: its criterion teachers, colour group and weight, the base and quality parts (in baht for POOL,
-- in people for HEADCOUNT) and what it receives — a whole share, or 0 when its fraction is pooled in its cluster.
create table personnel.salary_allocation (
    round_id            bigint not null references personnel.salary_round (id) on delete cascade,
    school_id           bigint not null,
    school_code         text not null,
    school_name         text not null,
    cluster             text not null default '',
    criterion_teachers  int not null,
    colour_group        text,
    weight              numeric(6, 2) not null,
    base_share          numeric(14, 4) not null,
    quality_share       numeric(14, 4) not null,
    received            numeric(14, 2) not null,
    pooled              boolean not null default false,
    primary key (round_id, school_id)
);

-- A small schools' cluster: the fractions of its schools added and what the cluster receives as a whole.
create table personnel.salary_cluster (
    round_id  bigint not null references personnel.salary_round (id) on delete cascade,
    cluster   text not null,
    fractions numeric(14, 4) not null,
    received  numeric(14, 2) not null,
    primary key (round_id, cluster)
);

create table personnel.salary_result (
    round_id   bigint not null references personnel.salary_round (id) on delete cascade,
    person_id  bigint not null,
    school_id  bigint not null,
    salary     numeric(12, 2) not null,
    percent    numeric(5, 2) not null check (percent >= 0),
    raise      numeric(12, 2) not null,
    entered_at timestamptz not null default now(),
    entered_by bigint not null,
    primary key (round_id, person_id)
);

-- Student achievement: exams and their subjects (data, by year), results per school, student scores, reference
-- means, quality-group policies, targets and rewards.

create table exam (
    code      text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    name_th   text not null,
    name_en   text not null,
    grades    text[] not null,
    ordinal   int  not null
);

-- Which subjects an exam has for a grade in a range of academic years (Buddhist Era).
create table exam_subject (
    id         bigint generated always as identity primary key,
    exam       text not null references exam (code),
    grade      text,                                  -- null: every grade of the exam
    code       text not null check (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    name_th    text not null,
    name_en    text not null,
    first_year int  not null check (first_year between 2500 and 2700),
    last_year  int check (last_year is null or last_year >= first_year),
    ordinal    int  not null
);
create index exam_subject_exam on exam_subject (exam, code);

create table school_result (
    id            bigint generated always as identity primary key,
    area_id       bigint  not null references area (id),
    academic_year int     not null check (academic_year between 2500 and 2700),
    exam          text    not null references exam (code),
    grade         text    not null,
    school_id     bigint  not null references school (id),
    subject       text    not null,
    examinees     int     not null check (examinees >= 0),
    mean          numeric(7, 3) not null check (mean between 0 and 100),
    sd            numeric(7, 3) check (sd >= 0),
    at_least_half numeric(6, 2) check (at_least_half between 0 and 100),   -- share of students scoring >= 50
    bands         int[],                                                  -- students per 10-point band
    from_students boolean not null default false,
    updated_at    timestamptz not null default now(),
    unique (academic_year, exam, grade, school_id, subject)
);
create index school_result_area on school_result (area_id, exam, grade, academic_year);
create index school_result_school on school_result (school_id, exam, grade);

create table student_score (
    area_id       bigint not null references area (id),
    academic_year int    not null,
    exam          text   not null references exam (code),
    grade         text   not null,
    school_id     bigint not null references school (id),
    subject       text   not null,
    student_ref   text   not null,
    score         numeric(6, 2) not null check (score between 0 and 100),
    primary key (academic_year, exam, grade, school_id, subject, student_ref)
);

-- Means of a wider population: NATIONAL, OBEC, PROVINCE:<name>, AREA:<code>.
create table reference_result (
    id            bigint generated always as identity primary key,
    academic_year int  not null check (academic_year between 2500 and 2700),
    exam          text not null references exam (code),
    grade         text not null,
    scope         text not null,
    subject       text not null,
    examinees     int  check (examinees >= 0),
    mean          numeric(7, 3) not null check (mean between 0 and 100),
    sd            numeric(7, 3) check (sd >= 0),
    updated_at    timestamptz not null default now(),
    unique (academic_year, exam, grade, scope, subject)
);

-- A way of putting schools into quality colour groups, in force for a range of years.
create table quality_policy (
    id         bigint generated always as identity primary key,
    code       text  not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_th    text  not null,
    name_en    text  not null,
    rule       text  not null check (rule in ('RANK_PERCENTILE', 'REFERENCE_TAILS', 'MEAN_BANDS', 'LOWER_LIMIT_SHARE')),
    groups     jsonb not null,      -- [{"code","name_th","name_en","colour"}], best first
    params     jsonb not null,
    first_year int   not null check (first_year between 2500 and 2700),
    last_year  int   check (last_year is null or last_year >= first_year),
    updated_at timestamptz not null default now(),
    version    int   not null default 0,
    unique (code, first_year)
);

-- The mean a subject should reach; area null applies to every area, subject '*' to every subject.
create table achievement_target (
    id         bigint generated always as identity primary key,
    area_id    bigint references area (id),
    subject    text not null default '*',
    mean       numeric(5, 2) not null check (mean between 0 and 100),
    first_year int  not null check (first_year between 2500 and 2700),
    unique nulls not distinct (area_id, subject, first_year)
);

-- What a school earns for the group it reaches under a policy; area null applies to every area.
create table quality_reward (
    id          bigint generated always as identity primary key,
    area_id     bigint references area (id),
    policy      text not null,
    group_code  text not null,
    name_th     text not null,
    name_en     text not null,
    first_year  int  not null check (first_year between 2500 and 2700),
    unique nulls not distinct (area_id, policy, group_code, first_year)
);

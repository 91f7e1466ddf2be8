-- Subject shortages (issue 15, workforce plan): the curriculum's hours per learning area and grade, a teacher's
-- teaching load, and which learning area a qualification's major teaches. The first two are dated data the
-- administrator edits (a row applies from valid_from up to the day before valid_until; nothing is changed backwards or
-- deleted); the majors are a list the personnel group's administrator keeps up to date.

-- Hours per year of a learning area (the eight กลุ่มสาระการเรียนรู้ of the Basic Education Core Curriculum) in a grade
-- (the registry's grade codes; the early-childhood grades K1–K3 have no learning areas and no rows).
create table personnel.curriculum_hours (
    id              bigint generated always as identity primary key,
    learning_area   text not null check (learning_area in ('THAI', 'MATHEMATICS', 'SCIENCE', 'SOCIAL', 'HEALTH_PE',
                                                           'ARTS', 'OCCUPATIONS', 'FOREIGN_LANGUAGES')),
    grade           text not null check (grade in ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'M1', 'M2', 'M3', 'M4', 'M5',
                                                   'M6')),
    hours_per_year  int  not null check (hours_per_year between 0 and 2000),
    valid_from      date not null,
    valid_until     date,
    circular        text not null check (circular <> ''),
    starting_figure boolean not null default false,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from),
    unique (learning_area, grade, valid_from)
);
create index curriculum_hours_valid_idx on personnel.curriculum_hours (grade, valid_from, valid_until);

-- The teaching hours one teacher carries a week and the teaching weeks of a year.
create table personnel.teaching_load (
    id              bigint generated always as identity primary key,
    hours_per_week  int  not null check (hours_per_week between 1 and 60),
    weeks_per_year  int  not null check (weeks_per_year between 1 and 52),
    valid_from      date not null unique,
    valid_until     date,
    circular        text not null check (circular <> ''),
    starting_figure boolean not null default false,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    check (valid_until is null or valid_until > valid_from)
);

-- A qualification's major as offices write it, and the learning area it teaches; matched ignoring case and spaces.
create table personnel.major_area (
    id            bigint generated always as identity primary key,
    major         text not null check (btrim(major) <> ''),
    major_key     text generated always as (lower(regexp_replace(major, '\s', '', 'g'))) stored unique,
    learning_area text not null check (learning_area in ('THAI', 'MATHEMATICS', 'SCIENCE', 'SOCIAL', 'HEALTH_PE',
                                                         'ARTS', 'OCCUPATIONS', 'FOREIGN_LANGUAGES')),
    starting_figure boolean not null default false,
    updated_by    bigint,
    updated_at    timestamptz not null default now()
);

-- Starting figures: the time structure of the Basic Education Core Curriculum B.E. 2551 (revised B.E. 2560, science
-- and technology taking computing and design), hours per year; upper-secondary figures are the three years' hours
-- divided by three. The office checks them against the curriculum and the school's structure in force.
insert into personnel.curriculum_hours (learning_area, grade, hours_per_year, valid_from, circular, starting_figure)
select a.area, g.grade, a.hours[g.band], date '2020-05-16',
       'หลักสูตรแกนกลางการศึกษาขั้นพื้นฐาน พ.ศ. 2551 (ฉบับปรับปรุง พ.ศ. 2560) โครงสร้างเวลาเรียน', true
from (values ('THAI', array[200, 160, 120, 80]),
             ('MATHEMATICS', array[200, 160, 120, 80]),
             ('SCIENCE', array[120, 120, 160, 120]),
             ('SOCIAL', array[120, 120, 160, 107]),
             ('HEALTH_PE', array[80, 80, 80, 40]),
             ('ARTS', array[80, 80, 80, 40]),
             ('OCCUPATIONS', array[40, 40, 40, 40]),
             ('FOREIGN_LANGUAGES', array[40, 80, 120, 80])) as a(area, hours)
cross join (values ('P1', 1), ('P2', 1), ('P3', 1), ('P4', 2), ('P5', 2), ('P6', 2),
                   ('M1', 3), ('M2', 3), ('M3', 3), ('M4', 4), ('M5', 4), ('M6', 4)) as g(grade, band);

-- Starting figure: 18 teaching hours a week over 40 weeks (two terms of 20).
insert into personnel.teaching_load (hours_per_week, weeks_per_year, valid_from, circular, starting_figure)
values (18, 40, date '2020-05-16', 'ภาระงานสอนขั้นต่ำของข้าราชการครู (ก.ค.ศ.) — ตัวเลขเริ่มต้น', true);

-- A starting list of majors as written on degrees; the personnel group maps the others it finds.
insert into personnel.major_area (major, learning_area, starting_figure)
values ('ภาษาไทย', 'THAI', true), ('การสอนภาษาไทย', 'THAI', true), ('Thai', 'THAI', true),
       ('คณิตศาสตร์', 'MATHEMATICS', true), ('การสอนคณิตศาสตร์', 'MATHEMATICS', true), ('สถิติ', 'MATHEMATICS', true),
       ('Mathematics', 'MATHEMATICS', true),
       ('วิทยาศาสตร์', 'SCIENCE', true), ('วิทยาศาสตร์ทั่วไป', 'SCIENCE', true), ('ฟิสิกส์', 'SCIENCE', true),
       ('เคมี', 'SCIENCE', true), ('ชีววิทยา', 'SCIENCE', true), ('คอมพิวเตอร์', 'SCIENCE', true),
       ('คอมพิวเตอร์ศึกษา', 'SCIENCE', true), ('เทคโนโลยีสารสนเทศ', 'SCIENCE', true), ('Science', 'SCIENCE', true),
       ('General Science', 'SCIENCE', true), ('Computer Science', 'SCIENCE', true),
       ('สังคมศึกษา', 'SOCIAL', true), ('ประวัติศาสตร์', 'SOCIAL', true), ('ภูมิศาสตร์', 'SOCIAL', true),
       ('Social Studies', 'SOCIAL', true),
       ('พลศึกษา', 'HEALTH_PE', true), ('สุขศึกษา', 'HEALTH_PE', true), ('สุขศึกษาและพลศึกษา', 'HEALTH_PE', true),
       ('Physical Education', 'HEALTH_PE', true),
       ('ศิลปศึกษา', 'ARTS', true), ('ดนตรี', 'ARTS', true), ('ดนตรีศึกษา', 'ARTS', true), ('นาฏศิลป์', 'ARTS', true),
       ('Music', 'ARTS', true), ('Art Education', 'ARTS', true),
       ('เกษตรกรรม', 'OCCUPATIONS', true), ('คหกรรม', 'OCCUPATIONS', true), ('อุตสาหกรรมศิลป์', 'OCCUPATIONS', true),
       ('ธุรกิจศึกษา', 'OCCUPATIONS', true), ('การงานอาชีพ', 'OCCUPATIONS', true),
       ('ภาษาอังกฤษ', 'FOREIGN_LANGUAGES', true), ('การสอนภาษาอังกฤษ', 'FOREIGN_LANGUAGES', true),
       ('ภาษาจีน', 'FOREIGN_LANGUAGES', true), ('ภาษาญี่ปุ่น', 'FOREIGN_LANGUAGES', true),
       ('English', 'FOREIGN_LANGUAGES', true), ('Teaching English as a Foreign Language', 'FOREIGN_LANGUAGES', true);

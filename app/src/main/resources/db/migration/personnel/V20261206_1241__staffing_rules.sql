-- The staffing criterion (issue 15, step 2) as dated data the administrator edits: a row applies from valid_from
-- up to the day before valid_until (null: until a later row ends it). Nothing is changed backwards or deleted.

-- Small schools: a band of students gives the administrators and teachers of the criterion.
create table personnel.staffing_band (
    id              bigint generated always as identity primary key,
    students_from   int  not null check (students_from >= 1),
    students_to     int  not null,
    administrators  int  not null check (administrators >= 0),
    teachers        int  not null check (teachers >= 0),
    valid_from      date not null,
    valid_until     date,
    circular        text not null check (circular <> ''),
    starting_figure boolean not null default false,
    created_by      bigint,
    created_at      timestamptz not null default now(),
    check (students_to >= students_from),
    check (valid_until is null or valid_until > valid_from)
);
create index staffing_band_valid_idx on personnel.staffing_band (valid_from, valid_until);

-- Larger schools: the formula of the criterion for a range of students. Teachers are students / students_per_teacher,
-- or classrooms × teachers_per_classroom (classrooms: each grade's students / students_per_classroom, rounded up),
-- the larger when both are set; administrators (the director and the deputies for that size) are a number.
-- Khet ships none: the office enters the formula from the circular in force (ก.ค.ศ. ว 23/2563).
create table personnel.staffing_formula (
    id                     bigint generated always as identity primary key,
    students_from          int  not null check (students_from >= 1),
    students_to            int,
    students_per_teacher   numeric(6, 2) check (students_per_teacher > 0),
    students_per_classroom int check (students_per_classroom > 0),
    teachers_per_classroom numeric(6, 2) check (teachers_per_classroom > 0),
    administrators         int  not null check (administrators >= 0),
    valid_from             date not null,
    valid_until            date,
    circular               text not null check (circular <> ''),
    starting_figure        boolean not null default false,
    created_by             bigint,
    created_at             timestamptz not null default now(),
    check (students_to is null or students_to >= students_from),
    check (valid_until is null or valid_until > valid_from),
    check (students_per_teacher is not null or teachers_per_classroom is not null),
    check ((teachers_per_classroom is null) = (students_per_classroom is null))
);
create index staffing_formula_valid_idx on personnel.staffing_formula (valid_from, valid_until);

-- The six small-school bands of the ก.ค.ศ. criterion for schools under OBEC, as starting figures: the office checks
-- them against the circular in force (ว 23/2563). From the first academic year of that circular (16 May 2020).
insert into personnel.staffing_band (students_from, students_to, administrators, teachers, valid_from, circular,
                                     starting_figure)
values (1, 20, 1, 1, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true),
       (21, 40, 1, 2, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true),
       (41, 60, 1, 3, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true),
       (61, 80, 1, 4, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true),
       (81, 100, 1, 5, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true),
       (101, 120, 1, 6, date '2020-05-16', 'ก.ค.ศ. ว 23/2563', true);

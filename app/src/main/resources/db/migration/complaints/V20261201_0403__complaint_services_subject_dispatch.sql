-- The other services of the centre ride the same cases, deadlines and tracking: one-stop service requests,
-- information requests under the Official Information Act 2540, consultation, and suggestions.
alter table complaint drop constraint complaint_category_check;
alter table complaint add constraint complaint_category_check check (category in (
    'UNFAIR', 'HELP', 'TIP_OFF', 'STAFF_CONDUCT', 'OTHER',
    'ONE_STOP_SERVICE', 'INFORMATION_REQUEST', 'CONSULTATION', 'SUGGESTION'));
alter table complaint_deadline drop constraint complaint_deadline_category_check;
alter table complaint_deadline add constraint complaint_deadline_category_check check (category in (
    'UNFAIR', 'HELP', 'TIP_OFF', 'STAFF_CONDUCT', 'OTHER',
    'ONE_STOP_SERVICE', 'INFORMATION_REQUEST', 'CONSULTATION', 'SUGGESTION'));
-- The office's own service times; administrators change them on the deadlines screen.
insert into complaint_deadline (category, step, working_days, first_day) values
    ('ONE_STOP_SERVICE', 'INVESTIGATING', 5, '2024-01-01'),
    ('INFORMATION_REQUEST', 'INVESTIGATING', 15, '2024-01-01'),
    ('CONSULTATION', 'INVESTIGATING', 5, '2024-01-01'),
    ('SUGGESTION', 'INVESTIGATING', 15, '2024-01-01');

-- The person of the registry a complaint is about, named by the centre. The case is hidden from that person's
-- account and from the director of that person's school.
alter table complaint add column subject_person_id bigint references person (id);

-- Rapid mobile unit dispatches (หน่วยปฏิบัติการเคลื่อนที่เร็ว): a team sent to a place on a day, and its report.
create table complaint_dispatch (
    id           bigint generated always as identity primary key,
    complaint_id bigint      not null references complaint (id),
    team         text        not null check (length(team) between 1 and 500),
    on_day       date        not null,
    place        text        not null check (length(place) between 1 and 300),
    report       text check (length(report) <= 10000),
    reported_at  timestamptz,
    created_by   bigint      not null references app_user (id),
    created_at   timestamptz not null default now()
);
create index complaint_dispatch_case on complaint_dispatch (complaint_id);

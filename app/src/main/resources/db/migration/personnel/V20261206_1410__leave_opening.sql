-- What a person's leave stood at before the office used Khet (issue 15, leave): for a fiscal year, the days carried
-- over into it from the years Khet does not hold (vacation) and the days already taken in it on paper. Entered by the
-- personnel group from the office's leave register; the balance counts them as it counts Khet's own requests.
create table personnel.leave_opening (
    person_id   bigint not null references registry.person (id),
    leave_type  text not null check (leave_type in ('SICK', 'MATERNITY', 'CHILDCARE', 'PATERNITY', 'PERSONAL',
        'VACATION', 'ORDINATION', 'MILITARY', 'STUDY', 'INTERNATIONAL', 'SPOUSE', 'REHABILITATION')),
    fiscal_year int not null check (fiscal_year between 2500 and 2700),
    carried     numeric(6, 1) not null default 0 check (carried >= 0),
    taken       numeric(6, 1) not null default 0 check (taken >= 0 and taken <= 366),
    note        text not null default '' check (length(note) <= 300),
    entered_by  bigint not null,
    entered_at  timestamptz not null default now(),
    primary key (person_id, leave_type, fiscal_year)
);

-- How many working days a recipient has to accept or reject an urgent letter before it is raised to the recipient's
-- director and its sender is told: data an administrator sets from a date on, never constants. The regulation sets
-- no number; the figures below are Khet's starting point (ด่วนที่สุด the same working day, ด่วนมาก the next, ด่วน
-- two), to be set by each office's practice. A letter "urgent by" a set time is raised once that time has passed.
create table correspondence.acknowledge_rule (
    id           bigserial primary key,
    urgency      text    not null check (urgency in ('URGENT', 'VERY_URGENT', 'MOST_URGENT')),
    working_days integer not null check (working_days between 0 and 30),
    first_day    date    not null,
    set_by       bigint,
    set_at       timestamptz not null default now(),
    unique (urgency, first_day)
);
insert into correspondence.acknowledge_rule (urgency, working_days, first_day) values
    ('MOST_URGENT', 0, date '2020-01-01'),
    ('VERY_URGENT', 1, date '2020-01-01'),
    ('URGENT', 2, date '2020-01-01');

alter table correspondence.delivery add column escalated_at timestamptz;
comment on column correspondence.delivery.escalated_at is
    'When an urgent letter left unacknowledged past its rule was raised to the recipient''s director (UrgentEscalations)';

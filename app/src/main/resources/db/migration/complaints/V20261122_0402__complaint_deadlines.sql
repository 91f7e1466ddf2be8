-- How long a case may stay at a step, in working days, as the office's procedure says; per category or for
-- every category (category null), from a date on. Administrators change them when a circular does.
create table complaint_deadline (
    id           bigint generated always as identity primary key,
    category     text check (category in ('UNFAIR', 'HELP', 'TIP_OFF', 'STAFF_CONDUCT', 'OTHER')),
    step         text not null check (step in ('RECEIVED', 'ACCEPTED', 'REOPENED', 'ASSIGNED', 'INVESTIGATING',
                                               'RESOLVED', 'NOT_OURS', 'FORWARDED')),
    working_days int  not null check (working_days between 1 and 365),
    first_day    date not null,
    unique (category, step, first_day)
);
insert into complaint_deadline (category, step, working_days, first_day) values
    (null, 'RECEIVED', 3, '2024-01-01'),        -- acknowledge and screen within 3 working days
    (null, 'ACCEPTED', 3, '2024-01-01'),        -- assign or forward
    (null, 'REOPENED', 3, '2024-01-01'),
    (null, 'ASSIGNED', 5, '2024-01-01'),        -- the officer starts
    (null, 'INVESTIGATING', 30, '2024-01-01'),  -- finish within 30 working days
    ('TIP_OFF', 'INVESTIGATING', 45, '2024-01-01'),
    (null, 'RESOLVED', 5, '2024-01-01'),        -- close after answering
    (null, 'NOT_OURS', 5, '2024-01-01'),
    (null, 'FORWARDED', 15, '2024-01-01');

-- The office's days off besides Saturdays and Sundays. area_id null: a national holiday for every area.
create table office_holiday (
    id      bigint generated always as identity primary key,
    area_id bigint references area (id),
    day     date not null,
    name_th text not null,
    unique nulls not distinct (area_id, day)
);
insert into office_holiday (day, name_th) values
    ('2026-01-01', 'วันขึ้นปีใหม่'), ('2026-03-03', 'วันมาฆบูชา'), ('2026-04-06', 'วันจักรี'),
    ('2026-04-13', 'วันสงกรานต์'), ('2026-04-14', 'วันสงกรานต์'), ('2026-04-15', 'วันสงกรานต์'),
    ('2026-05-01', 'วันแรงงานแห่งชาติ'), ('2026-05-04', 'วันฉัตรมงคล'), ('2026-06-01', 'ชดเชยวันวิสาขบูชา'),
    ('2026-06-03', 'วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี'), ('2026-07-28', 'วันเฉลิมพระชนมพรรษา ร.10'),
    ('2026-07-29', 'วันอาสาฬหบูชา'), ('2026-07-30', 'วันเข้าพรรษา'), ('2026-08-12', 'วันแม่แห่งชาติ'),
    ('2026-10-13', 'วันนวมินทรมหาราช'), ('2026-10-23', 'วันปิยมหาราช'), ('2026-12-07', 'ชดเชยวันพ่อแห่งชาติ'),
    ('2026-12-10', 'วันรัฐธรรมนูญ'), ('2026-12-31', 'วันสิ้นปี');

-- When the case must leave its present step, and how far an overrun has been raised (1 legal group, 2 director).
alter table complaint
    add column due_on     date,
    add column escalation int not null default 0 check (escalation between 0 and 2);
create index complaint_due on complaint (status, due_on) where due_on is not null;

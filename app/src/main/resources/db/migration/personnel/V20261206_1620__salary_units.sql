-- Salary-raise rounds allocate to the office's own units too (issue 15: "its allocation to schools and units"). A unit's
-- share sits in a table of its own (a unit has no criterion, colour group or cluster): its government staff with a
-- salary on record, the weight it was given (the rule's "no data" weight) and its base and quality parts. A person's
-- result names the school or the unit it was entered for — exactly one of them.
create table personnel.salary_unit_allocation (
    round_id      bigint not null references personnel.salary_round (id) on delete cascade,
    unit_id       bigint not null,
    unit_code     text not null,
    unit_name     text not null,
    staff         int not null check (staff > 0),
    weight        numeric(6, 2) not null,
    base_share    numeric(14, 4) not null,
    quality_share numeric(14, 4) not null,
    received      numeric(14, 2) not null,
    primary key (round_id, unit_id)
);

alter table personnel.salary_result alter column school_id drop not null;
alter table personnel.salary_result add column unit_id bigint;
alter table personnel.salary_result add constraint salary_result_one_place check (num_nonnulls(school_id, unit_id) = 1);
create index salary_result_unit on personnel.salary_result (round_id, unit_id) where unit_id is not null;

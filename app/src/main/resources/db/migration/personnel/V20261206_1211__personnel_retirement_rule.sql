-- The age of retirement as dated data (issue 15): a government official leaves at the end of the fiscal year in which
-- they reach this age. A new law sets a new row from its day; the rule that applies to a person is the one in force
-- on the day they would retire under it (Retirement, RetirementRules).
create table personnel.retirement_rule (
    id              bigint generated always as identity primary key,
    age             int  not null check (age between 50 and 80),
    valid_from      date not null,
    valid_until     date,
    circular        text not null default '',
    starting_figure boolean not null default false,
    created_at      timestamptz not null default now(),
    created_by      bigint,
    check (valid_until is null or valid_until > valid_from),
    unique (valid_from)
);

-- Age 60: the Government Pension Act B.E. 2494, section 19 — a statute, not a starting figure to check.
insert into personnel.retirement_rule (age, valid_from, circular, starting_figure)
values (60, date '1951-01-01', 'พระราชบัญญัติบำเหน็จบำนาญข้าราชการ พ.ศ. 2494 มาตรา 19', false);

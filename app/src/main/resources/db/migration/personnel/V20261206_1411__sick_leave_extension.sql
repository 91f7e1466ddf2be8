-- Sick leave beyond the year's days (issue 15, leave): the head of the office may approve up to extension_days more
-- in a fiscal year (sick leave with pay: 60 working days a year, and up to 60 more with the head's approval, under the
-- royal decree on salary during leave, พ.ร.ฎ. การจ่ายเงินเดือน…ระหว่างลา พ.ศ. 2535 — a starting figure, like the
-- row it is added to). A request reaching into the extension goes to extension_approver, and records how many of its
-- days lie beyond the year's own.
alter table personnel.leave_rule
    add column extension_days numeric(6, 1) check (extension_days > 0),
    add column extension_approver text check (extension_approver in ('SCHOOL_DIRECTOR', 'UNIT_HEAD', 'AREA_DIRECTOR')),
    add check ((extension_days is null) = (extension_approver is null));

update personnel.leave_rule set extension_days = 60, extension_approver = 'AREA_DIRECTOR'
where leave_type = 'SICK' and valid_from = date '2012-05-22' and created_by is null;

alter table personnel.leave_request
    add column beyond_days numeric(6, 1) not null default 0 check (beyond_days >= 0 and beyond_days <= days);

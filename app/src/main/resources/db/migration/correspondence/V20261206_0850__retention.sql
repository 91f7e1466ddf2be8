-- Retention of what each organisation keeps (ระเบียบงานสารบรรณ ข้อ 57-66): each office and school keeps its own copy
-- of a letter, one register entry each, and decides its own retention; so the class belongs to the register entry.

-- The classes offered, as data an administrator changes with an effective date: a new version of a class is a row
-- with a later valid_from; a class no longer offered gets valid_until (the first day it is not offered). years null:
-- kept permanently.
create table correspondence.retention_class (
    code        text    not null,
    years       integer check (years is null or years > 0),
    label_th    text    not null,
    label_en    text    not null,
    valid_from  date    not null,
    valid_until date,
    primary key (code, valid_from),
    constraint retention_class_span check (valid_until is null or valid_until > valid_from)
);

-- The class an entry has when nobody chose one: the row with the latest valid_from on or before its registration.
create table correspondence.retention_default (
    valid_from date primary key,
    code       text not null
);

-- The 2526 regulation (in force 1 June 2526) gives these four, ten years by default.
insert into correspondence.retention_class (code, years, label_th, label_en, valid_from) values
    ('ONE_YEAR', 1, 'เก็บไว้ 1 ปี', 'Kept 1 year', date '1983-06-01'),
    ('FIVE_YEARS', 5, 'เก็บไว้ 5 ปี', 'Kept 5 years', date '1983-06-01'),
    ('TEN_YEARS', 10, 'เก็บไว้ 10 ปี', 'Kept 10 years', date '1983-06-01'),
    ('PERMANENT', null, 'เก็บไว้ตลอดไป', 'Kept permanently', date '1983-06-01');
insert into correspondence.retention_default (valid_from, code) values (date '1983-06-01', 'TEN_YEARS');

-- The class an organisation chose for its own entry (none: the default); changes are in the audit log.
create table correspondence.entry_retention (
    entry_id bigint primary key references correspondence.register_entry (id),
    code     text   not null,
    set_at   timestamptz not null default now(),
    set_by   bigint not null
);

-- A destruction list (บัญชีหนังสือขอทำลาย) of an organisation for a year end (Buddhist Era), with its committee:
-- a chairperson and at least two members (ข้อ 67).
create table correspondence.destruction_list (
    id        bigserial primary key,
    area_id   bigint  not null,
    school_id bigint,
    year_end  integer not null,
    chair     text    not null check (btrim(chair) <> ''),
    members   text[]  not null check (cardinality(members) >= 2),
    saved_at  timestamptz not null default now(),
    saved_by  bigint  not null,
    constraint destruction_list_once unique nulls not distinct (area_id, school_id, year_end)
);

-- The committee's decision on each row: destroy, or keep longer until the end of keep_until (Buddhist Era).
create table correspondence.destruction_decision (
    list_id    bigint  not null references correspondence.destruction_list (id),
    entry_id   bigint  not null references correspondence.register_entry (id),
    destroy    boolean not null,
    keep_until integer,
    primary key (list_id, entry_id),
    constraint destruction_decision_whole check (destroy = (keep_until is null))
);
create index destruction_decision_entry_idx on correspondence.destruction_decision (entry_id);

-- What is due after each year end (ระเบียบงานสารบรรณ): the destruction list within 60 days of 31 December
-- (ข้อ 66) and the records of twenty years handed to the National Archives within January (ข้อ 58). The days are
-- data with the day they apply from, so that an amendment is a new row, not a new release.
create table correspondence.retention_deadline (
    valid_from         date    primary key,
    destruction_days   integer not null check (destruction_days between 1 and 366),
    transfer_days      integer not null check (transfer_days between 1 and 366),
    remind_days_before integer not null check (remind_days_before between 0 and 60),
    source             text    not null check (btrim(source) <> '')
);
insert into correspondence.retention_deadline (valid_from, destruction_days, transfer_days, remind_days_before, source)
values (date '1983-06-01', 60, 31, 14,
        'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 58 และข้อ 66');

-- Each reminder sent, once per organisation, year end, list and stage (OPEN after the year end, SOON before the
-- deadline, LATE after it); rows_due 0 means the list was empty and nobody was told. Two instances insert the same
-- row; only the one whose insert lands tells anyone.
create table correspondence.retention_reminder (
    area_id   bigint      not null,
    school_id bigint,
    year_end  integer     not null,
    list      text        not null check (list in ('DESTRUCTION', 'TRANSFER')),
    stage     text        not null check (stage in ('OPEN', 'SOON', 'LATE')),
    rows_due  integer     not null,
    sent_at   timestamptz not null default now(),
    constraint retention_reminder_once unique nulls not distinct (area_id, school_id, year_end, list, stage)
);

-- A handover of twenty-year records to the National Archives (บัญชีส่งมอบหนังสือครบ 20 ปี), once per organisation
-- and year end, with the entries it took: an entry handed over leaves every later list.
create table correspondence.archive_transfer (
    id              bigserial primary key,
    area_id         bigint      not null,
    school_id       bigint,
    year_end        integer     not null,
    handed_on       date        not null,
    covering_number text        not null default '',
    received_by     text        not null check (btrim(received_by) <> ''),
    saved_at        timestamptz not null default now(),
    saved_by        bigint      not null,
    constraint archive_transfer_once unique nulls not distinct (area_id, school_id, year_end)
);

create table correspondence.archive_transfer_entry (
    entry_id    bigint primary key references correspondence.register_entry (id),
    transfer_id bigint not null references correspondence.archive_transfer (id)
);
create index archive_transfer_entry_transfer_idx on correspondence.archive_transfer_entry (transfer_id);

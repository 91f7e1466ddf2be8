-- Official correspondence (สารบรรณ): letters, the registers each organisation keeps, and the deliveries of a sent
-- letter to the organisations it is addressed to. An organisation is the area office (school_id null) or one of its
-- schools. Years are Buddhist Era calendar years: register numbers restart on 1 January.
create schema if not exists correspondence;

-- The letter-number prefix of a school ("ศธ 04xxx.yyy"); the area office's own is the registry's area letter prefix.
create table correspondence.school_prefix (
    school_id  bigint primary key references registry.school (id),
    area_id    bigint not null references registry.area (id),
    prefix     text   not null check (length(prefix) between 1 and 40),
    updated_by bigint not null,
    updated_at timestamptz not null default now()
);
comment on table correspondence.school_prefix is 'The letter-number prefix a school writes before its numbers';

-- The last number given in each register of each organisation and year. Taking a number updates this row, which
-- holds its lock until the registering transaction ends: numbers are unique and gapless across instances, and a
-- rolled-back registration gives its number back.
create table correspondence.register_counter (
    area_id   bigint  not null,
    school_id bigint,
    register  text    not null,
    year      integer not null,
    last      integer not null,
    constraint register_counter_key unique nulls not distinct (area_id, school_id, register, year)
);

create table correspondence.letter (
    id           bigserial primary key,
    area_id      bigint  not null references registry.area (id),
    school_id    bigint references registry.school (id),
    kind         text    not null,
    sub_kind     text,
    subject      text    not null,
    body         text    not null default '',
    urgency      text    not null default 'NORMAL',
    urgent_by    timestamptz,
    secrecy      text    not null default 'NONE',
    circular     boolean not null default false,
    to_office    boolean not null default false,
    to_all_schools boolean not null default false,
    to_schools   bigint[] not null default '{}',
    to_networks  bigint[] not null default '{}',
    to_units     bigint[] not null default '{}',
    status       text    not null default 'DRAFT',
    register     text,
    year         integer,
    sequence     integer,
    number       text,
    sent_at      timestamptz,
    created_by   bigint  not null,
    created_at   timestamptz not null default now(),
    version      integer not null default 0,
    constraint letter_number_whole check ((status = 'DRAFT') = (sequence is null))
);
comment on column correspondence.letter.to_all_schools is
    'Addressed to every open school of the area; with to_schools, to_networks and to_units, resolved when sent';
create index letter_sender_idx on correspondence.letter (area_id, school_id, id desc);

-- A register's rows in the regulation's columns: number, the letter's own number (ที่), dated, from, to, subject,
-- action, remarks. A cancelled number stays, with why.
create table correspondence.register_entry (
    id               bigserial primary key,
    area_id          bigint  not null,
    school_id        bigint,
    register         text    not null,
    year             integer not null,
    sequence         integer not null,
    number           text    not null,
    registered_on    date    not null,
    registered_at    timestamptz not null default now(),
    registered_by    bigint  not null,
    letter_id        bigint  not null references correspondence.letter (id),
    letter_number    text    not null,
    dated            date    not null,
    from_name        text    not null,
    to_name          text    not null,
    subject          text    not null,
    secrecy          text    not null default 'NONE',
    action           text    not null default '',
    remarks          text    not null default '',
    cancelled_at     timestamptz,
    cancelled_by     bigint,
    cancelled_reason text,
    constraint register_entry_number unique nulls not distinct (area_id, school_id, register, year, sequence),
    constraint register_entry_cancel_whole check ((cancelled_at is null) = (cancelled_reason is null))
);
create index register_entry_letter_idx on correspondence.register_entry (letter_id);

-- One row per organisation a sent letter is addressed to, with where its acknowledgement stands.
create table correspondence.delivery (
    id              bigserial primary key,
    letter_id       bigint not null references correspondence.letter (id),
    area_id         bigint not null,
    school_id       bigint,
    unit_id         bigint,
    state           text   not null default 'NEW',
    opened_at       timestamptz,
    acted_at        timestamptz,
    acted_by        bigint,
    reason          text,
    receipt_entry_id bigint references correspondence.register_entry (id),
    reminded_at     timestamptz,
    constraint delivery_once unique nulls not distinct (letter_id, area_id, school_id, unit_id),
    constraint delivery_reason check (state <> 'REJECTED' or reason is not null)
);
-- A school's inbox, newest first, and its unread count, stay index look-ups however many letters the area holds.
create index delivery_school_inbox_idx on correspondence.delivery (school_id, letter_id desc) where school_id is not null;
create index delivery_school_unread_idx on correspondence.delivery (school_id) where state = 'NEW' and school_id is not null;
create index delivery_office_inbox_idx on correspondence.delivery (area_id, letter_id desc) where school_id is null;

-- Sending options beyond schools, networks and units: schools by size class, saved groups of addressees, named
-- people (delivered to their organisation, marked for them), external addressees with how the letter went, and
-- replies to a received letter.

alter table correspondence.letter
    add column to_sizes  integer[] not null default '{}',
    add column to_groups bigint[]  not null default '{}',
    add column to_people bigint[]  not null default '{}',
    add column reply_to  bigint references correspondence.letter (id);
comment on column correspondence.letter.to_groups is
    'Saved groups addressed; their members as of the sending day are delivered to (expanded when sent)';
comment on column correspondence.letter.to_sizes is
    'Size classes (ordinals of the area''s scheme in force) addressed; the schools in them on the sending day';
create index letter_reply_to_idx on correspondence.letter (reply_to) where reply_to is not null;

-- A named set of addressees an organisation (the office, or a school) keeps to pick when writing.
create table correspondence.recipient_group (
    id         bigserial primary key,
    area_id    bigint    not null references registry.area (id),
    school_id  bigint references registry.school (id),
    name       text      not null check (length(name) between 1 and 200),
    to_office  boolean   not null default false,
    schools    bigint[]  not null default '{}',
    networks   bigint[]  not null default '{}',
    sizes      integer[] not null default '{}',
    units      bigint[]  not null default '{}',
    version    integer   not null default 0,
    updated_by bigint    not null,
    updated_at timestamptz not null default now(),
    constraint recipient_group_name unique nulls not distinct (area_id, school_id, name)
);

-- The people a delivery is for: a letter addressed to a person goes to their organisation's inbox, marked for them.
create table correspondence.delivery_person (
    delivery_id bigint not null references correspondence.delivery (id),
    person_id   bigint not null,
    primary key (delivery_id, person_id)
);

-- Addressees outside Khet (a ministry, a hospital, a parent): no delivery, the way it went and when.
create table correspondence.external_addressee (
    id          bigserial primary key,
    letter_id   bigint  not null references correspondence.letter (id),
    position    integer not null,
    name        text    not null check (length(name) between 1 and 300),
    via         text    not null check (via in ('POST', 'EMAIL', 'HAND')),
    detail      text    not null default '' check (length(detail) <= 300),
    went_on     date,
    recorded_by bigint,
    recorded_at timestamptz,
    unique (letter_id, position)
);

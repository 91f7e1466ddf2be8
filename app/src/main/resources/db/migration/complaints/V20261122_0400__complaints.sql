-- The complaint and integrity centre: each case, the complainant's identity kept apart from it, and every step.

create table complaint (
    id            bigint generated always as identity primary key,
    area_id       bigint      not null references area (id),
    tracking_code text        not null unique,
    secret_hash   text        not null,                      -- SHA-256 of a 130-bit random secret, shown once
    category      text        not null check (category in ('UNFAIR', 'HELP', 'TIP_OFF', 'STAFF_CONDUCT', 'OTHER')),
    channel       text        not null check (channel in ('WEB', 'API', 'WALK_IN', 'PHONE', 'LETTER', 'FACEBOOK',
                                                          'EMAIL', 'LINE')),
    subject       text        not null check (length(subject) between 1 and 200),
    details       text        not null check (length(details) between 1 and 10000),
    school_id     bigint      references school (id),
    anonymous     boolean     not null,
    status        text        not null default 'RECEIVED',
    received_at   timestamptz not null default now(),
    version       int         not null default 0
);
create index complaint_area on complaint (area_id, status, received_at desc);

-- Who complained, for named complaints only. Apart from the case so that a case can be read without it; only the
-- assigned officer and the legal group head read it, and every read is logged.
create table complainant (
    complaint_id bigint primary key references complaint (id),
    name         text   not null check (length(name) between 1 and 200),
    phone        text,
    email        text,
    notify_by    text[] not null default '{}'
);

-- What happened to a case, in order. public_note is what the complainant sees on the status page; from_public
-- marks what the complainant added.
create table complaint_step (
    id           bigint generated always as identity primary key,
    complaint_id bigint      not null references complaint (id),
    step         text        not null,
    at           timestamptz not null default now(),
    public_note  text,
    from_public  boolean     not null default false,
    user_id      bigint
);
create index complaint_step_case on complaint_step (complaint_id, at);

-- Photos and PDFs sent with a complaint. The files live outside the web root under the data directory, named by
-- a random id; photos are stored re-encoded, without their metadata (a phone's GPS position would name a sender).
create table complaint_attachment (
    id            bigint generated always as identity primary key,
    complaint_id  bigint      not null references complaint (id),
    stored_name   text        not null unique,
    original_name text        not null,
    content_type  text        not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes    int         not null check (size_bytes > 0),
    added_at      timestamptz not null default now()
);
create index complaint_attachment_case on complaint_attachment (complaint_id);

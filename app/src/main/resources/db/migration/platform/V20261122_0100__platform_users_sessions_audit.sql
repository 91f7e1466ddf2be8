-- Users, their scoped roles, API tokens, the audit log, web sessions and the event outbox.

create table app_user (
    id                  bigint generated always as identity primary key,
    username            text        not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash       text        not null,
    display_name        text        not null,
    email               text,
    locale              text        not null default 'th' check (locale in ('th', 'en')),
    enabled             boolean     not null default true,
    failed_attempts     int         not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    created_at          timestamptz not null default now(),
    password_changed_at timestamptz not null default now()
);

-- A role applies where it is granted: everywhere (system administrator), in one area office,
-- in one unit of that office, or in one school. Area and school ids refer to the registry.
create table role_grant (
    id        bigint generated always as identity primary key,
    user_id   bigint not null references app_user (id) on delete cascade,
    role      text   not null,
    area_id   bigint,
    unit_id   bigint,
    school_id bigint,
    unique nulls not distinct (user_id, role, area_id, unit_id, school_id)
);
create index role_grant_user on role_grant (user_id);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    prefix       text        not null,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    user_id     bigint,
    username    text        not null,
    area_id     bigint,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    summary     text,
    before      jsonb,
    after       jsonb
);
create index audit_event_at on audit_event (at desc);
create index audit_event_entity on audit_event (entity_type, entity_id);
create index audit_event_username on audit_event (username);
create index audit_event_area on audit_event (area_id, at desc);

create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Notifications for every module, in their own schema. Accounts are referred to by id without a foreign key:
-- app_user belongs to the platform's schema, and a module does not tie its tables to another module's.
create schema if not exists notifications;

-- The outbox: one row per delivery (one recipient on one channel), written in the transaction of the step that
-- caused it, so a rolled-back step sends nothing; each row is retried on its own.
create table notifications.delivery (
    id              bigserial primary key,
    account_id      bigint,
    address         text not null,
    channel         text not null check (channel in ('EMAIL', 'SMS', 'LINE')),
    language        text not null default 'th',
    subject         text,
    body            text not null,
    state           text not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    module          text not null,
    about           text
);
create index delivery_due on notifications.delivery (next_attempt_at) where state in ('PENDING', 'FAILED');
create index delivery_account on notifications.delivery (account_id, created_at desc) where account_id is not null;
create index delivery_trouble on notifications.delivery (created_at desc) where state in ('FAILED', 'GAVE_UP');

-- The channels each person chose (none chosen: e-mail, when the account has an address) and their SMS number:
-- app_user keeps an e-mail address but no telephone.
create table notifications.preference (
    account_id bigint primary key,
    channels   text[] not null default '{}',
    phone      text,
    updated_at timestamptz not null default now()
);

-- A person's LINE account, linked by a code they sent to the office's Official Account. One LINE user, one account.
create table notifications.line_link (
    account_id   bigint primary key,
    line_user_id text not null unique,
    linked_at    timestamptz not null default now()
);

-- One-time linking codes, stored as SHA-256 hashes; each account has at most one that is still open.
create table notifications.line_code (
    code_hash  text primary key,
    account_id bigint not null unique,
    expires_at timestamptz not null
);

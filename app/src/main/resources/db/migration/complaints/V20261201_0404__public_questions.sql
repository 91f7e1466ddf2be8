-- The public Q&A on transfers, promotions and appointments (ถาม-ตอบ การย้าย การเลื่อน การแต่งตั้ง): anyone asks
-- without an account and nothing about the asker is kept; the office's staff answer, and only answered
-- questions are published. A question may be edited by the staff before publishing (to take out a name).
create table public_question (
    id          bigint generated always as identity primary key,
    area_id     bigint      not null references area (id),
    topic       text        not null check (topic in ('TRANSFER', 'PROMOTION', 'APPOINTMENT', 'OTHER')),
    question    text        not null check (length(question) between 1 and 2000),
    asked_at    timestamptz not null default now(),
    status      text        not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED', 'REJECTED')),
    answer      text check (length(answer) <= 5000),
    answered_by bigint references app_user (id),
    answered_at timestamptz,
    version     int         not null default 0,
    check (status <> 'PUBLISHED' or answer is not null)
);
create index public_question_area on public_question (area_id, status, answered_at desc);

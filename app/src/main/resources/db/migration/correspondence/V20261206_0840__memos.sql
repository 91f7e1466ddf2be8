-- Memos for approval (บันทึกข้อความเสนอ): a memo written by someone of an organisation goes round a circuit
-- (draft → submitted → opinion requested → approved, returned or rejected), one step at a time by whoever holds it.
-- Its text is a letter of kind MEMO (correspondence.letter, a draft until approved, then numbered); this row keeps
-- where the circuit stands and who holds the memo. version goes up with every step, so a form read before another
-- step is refused.
create table correspondence.memo (
    id         bigserial primary key,
    letter_id  bigint  not null unique references correspondence.letter (id),
    area_id    bigint  not null,
    school_id  bigint,
    state      text    not null check (state in ('DRAFT', 'SUBMITTED', 'OPINION_REQUESTED', 'RETURNED', 'APPROVED',
                                                 'REJECTED')),
    writer     bigint  not null,
    approver   bigint,
    holder     bigint,
    version    integer not null default 0,
    updated_at timestamptz not null default now(),
    constraint memo_holder check ((state in ('APPROVED', 'REJECTED')) = (holder is null)),
    constraint memo_approver check (state = 'DRAFT' or approver is not null)
);
create index memo_holder_idx on correspondence.memo (holder, updated_at) where holder is not null;
create index memo_writer_idx on correspondence.memo (writer, id desc);
comment on column correspondence.memo.approver is 'The person the writer submitted the memo to for approval';
comment on column correspondence.memo.holder is 'Who takes the next step; none once approved or rejected';

-- Each step of a memo's circuit: who took it (with their name as their account showed it, the typed-name
-- signature), when, from which state to which, to whom it went and what they wrote.
create table correspondence.memo_step (
    id           bigserial primary key,
    memo_id      bigint  not null references correspondence.memo (id),
    area_id      bigint  not null,
    action       text    not null check (action in ('EDIT', 'SUBMIT', 'ASK_OPINION', 'GIVE_OPINION', 'APPROVE',
                                                    'RETURN', 'REJECT')),
    from_state   text    not null,
    to_state     text    not null,
    by_user      bigint  not null,
    by_name      text    not null,
    to_user      bigint,
    comment      text    not null default '',
    signed_as    text    check (signed_as in ('SELF', 'ON_BEHALF', 'ACTING')),
    on_behalf_of text,
    at           timestamptz not null default now(),
    constraint memo_step_signature check ((action = 'APPROVE') = (signed_as is not null)),
    constraint memo_step_delegation check (signed_as is null or (signed_as = 'SELF') = (on_behalf_of is null))
);
create index memo_step_memo_idx on correspondence.memo_step (memo_id, id);
comment on column correspondence.memo_step.by_name is
    'The signer''s name as their account showed it when they signed (the typed-name signature of amendment No. 4)';

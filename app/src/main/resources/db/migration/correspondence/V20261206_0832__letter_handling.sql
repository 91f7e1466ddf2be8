-- How a received letter moves inside the organisation that accepted it: the clerk passes it to a group head, the
-- head to an officer, the director endorses it (เกษียนหนังสือ) with an instruction and their typed-name signature,
-- and the officer marks it done. Each step is a row; the letter is held by the person the last step passed it to.
-- A signature records whether it was the signer's own, "ปฏิบัติราชการแทน" (delegated) or "รักษาราชการแทน" (acting in
-- the post), and for whom.
create table correspondence.handling_step (
    id            bigserial primary key,
    delivery_id   bigint  not null references correspondence.delivery (id),
    area_id       bigint  not null,
    kind          text    not null check (kind in ('PASS', 'ENDORSE', 'DONE')),
    by_user       bigint  not null,
    by_name       text    not null,
    to_user       bigint,
    instruction   text    not null default '',
    signed_as     text    check (signed_as in ('SELF', 'ON_BEHALF', 'ACTING')),
    on_behalf_of  text,
    reply_by      date,
    at            timestamptz not null default now(),
    constraint handling_signature check ((kind = 'ENDORSE') = (signed_as is not null)),
    constraint handling_delegation check (signed_as is null or (signed_as = 'SELF') = (on_behalf_of is null))
);
create index handling_step_delivery_idx on correspondence.handling_step (delivery_id, id);
create index handling_step_holder_idx on correspondence.handling_step (to_user, id);
comment on column correspondence.handling_step.by_name is
    'The signer''s name as their account showed it when they signed (the typed-name signature of amendment No. 4)';
alter table correspondence.handling_step add column reply_reminded_at timestamptz;
comment on column correspondence.handling_step.reply_reminded_at is
    'When the holder was reminded that the reply is due (ReplyDeadlines), once per step';

-- Procurement (issue 14), step 3 of docs/decisions/0012-procurement-design.md: the documents the law asks for are
-- produced from the records; what they need besides is kept here. The day the reference price (ราคากลาง) was set,
-- which the reference-price disclosure prints; contract amendments; files attached to a procurement.

-- The day the reference price was set: filled by the database whenever the price itself is set or changed (and
-- cleared with it), so that no form or API can forget it and the disclosure never prints a day the clerk typed twice.
alter table procurement.procurement add column reference_set_on date;
update procurement.procurement set reference_set_on = (created_at at time zone 'Asia/Bangkok')::date
 where reference_price is not null;

create function procurement.reference_set_on() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' or new.reference_price is distinct from old.reference_price then
        new.reference_set_on := case when new.reference_price is null then null
                                     else (now() at time zone 'Asia/Bangkok')::date end;
    end if;
    return new;
end $$;

create trigger procurement_reference_set_on before insert or update of reference_price on procurement.procurement
    for each row execute function procurement.reference_set_on();

-- A change to a signed contract, as OCDS's contract amendment has it: the day, why, what changed, and the new value
-- or end of the contract when those changed. Kept, never edited: a correction is another amendment.
create table procurement.amendment (
    id             bigserial primary key,
    procurement_id bigint  not null references procurement.procurement (id) on delete cascade,
    amended_on     date    not null,
    rationale      text    not null check (btrim(rationale) <> ''),
    description    text    not null default '',
    new_value      numeric(16, 2) check (new_value is null or new_value > 0),
    new_end        date,
    created_at     timestamptz not null default now(),
    created_by     bigint  not null
);
create index amendment_procurement_idx on procurement.amendment (procurement_id, amended_on);

-- A file attached to a procurement (a signed contract, the bidding documents, ...) in the platform's file store,
-- with its OCDS documentType and a title; the content hash shows a later change of the file.
create table procurement.document (
    id             bigserial primary key,
    procurement_id bigint  not null references procurement.procurement (id) on delete cascade,
    document_type  text    not null check (document_type in ('procurementPlan', 'tenderNotice', 'biddingDocuments',
                       'technicalSpecifications', 'marketStudies', 'evaluationReports', 'awardNotice',
                       'contractSigned', 'contractAnnexe', 'completionCertificate', 'cancellationDetails')),
    title          text    not null check (btrim(title) <> ''),
    file_name      text    not null check (btrim(file_name) <> ''),
    media_type     text    not null,
    file_key       text    not null,
    sha256         text    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes     bigint  not null check (size_bytes > 0),
    created_at     timestamptz not null default now(),
    created_by     bigint  not null
);
create index document_procurement_idx on procurement.document (procurement_id);

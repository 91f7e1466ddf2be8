-- Files attached to a letter (the scan of a paper letter, spreadsheets, documents), kept by the platform's file
-- store outside the web root under a random key, with the SHA-256 of each taken when it was attached. Sending
-- seals the letter: content_sha256 is the hash of its subject, text and its files' hashes at that moment, so any
-- later change to the text or to a file shows when the letter is checked.
create table correspondence.attachment (
    id           bigserial primary key,
    letter_id    bigint not null references correspondence.letter (id),
    name         text   not null check (length(name) between 1 and 200),
    content_type text   not null,
    size_bytes   bigint not null,
    sha256       text   not null,
    stored_key   text   not null unique,
    added_by     bigint not null,
    added_at     timestamptz not null default now()
);
create index attachment_letter_idx on correspondence.attachment (letter_id, id);

alter table correspondence.letter add column content_sha256 text;
comment on column correspondence.letter.content_sha256 is
    'SHA-256 of the letter as sent: subject, text and its attachments'' hashes (LetterSeal); null for a draft';

-- Letters that arrive on paper: the central clerk scans one, types its number, date, sender and subject, and
-- registers it in the organisation's receipt register. Such a letter belongs to the organisation that received it
-- (area_id, school_id), comes from outside (external_from, external_number, external_dated) and has a delivery to
-- that organisation, accepted, so that it is listed and routed like a letter that came through Khet.
alter table correspondence.letter add column origin text not null default 'KHET';
alter table correspondence.letter add column external_from text;
alter table correspondence.letter add column external_number text;
alter table correspondence.letter add column external_dated date;
alter table correspondence.letter drop constraint letter_number_whole;
alter table correspondence.letter add constraint letter_number_whole
    check ((status = 'DRAFT' or origin = 'PAPER') = (sequence is null));
alter table correspondence.letter add constraint letter_paper_whole
    check ((origin = 'PAPER') = (external_from is not null));
comment on column correspondence.letter.origin is
    'KHET: written and sent in Khet by the organisation in area_id/school_id; PAPER: received on paper by it';

-- The public procurement portal (issue 14, step 2): each procurement's words for Thai search (its title, buyer, items,
-- bidders and contract number, split into words by Khet, as Thai is written without spaces), kept current in the
-- transaction of every change; and the orders the portal lists in, newest change first, for an area and a school.
alter table procurement.procurement add column search tsvector;
create index procurement_search_idx on procurement.procurement using gin (search);
create index procurement_area_changed_idx on procurement.procurement (area_id, updated_at desc, id desc);
create index procurement_school_changed_idx on procurement.procurement (school_id, updated_at desc, id desc)
    where school_id is not null;

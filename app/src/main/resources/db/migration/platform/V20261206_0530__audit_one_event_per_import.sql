-- One audit event per import holds the rows it changed, instead of one audit row per record: an import of 3,736
-- people wrote 3,736 rows with four indexes each, about half of the import's time and disk. The rows go in one
-- jsonb array ({type, id, area, before, after} per changed record), written in one statement and compressed with
-- the event; the audit page opens them a page at a time. Older events keep their one row per record.
alter table audit_event
    add column changes      jsonb,
    add column change_count int,
    add column changed_ids  text[],
    add column area_ids     bigint[];

-- "What happened to this school, person or result?" finds the import events that changed it through this index,
-- without reading the events' arrays.
create index audit_event_changed_ids on audit_event using gin (changed_ids) where changed_ids is not null;

-- Procurement (issue 14), step 2 of docs/decisions/0012-procurement-design.md: every change of a procurement as the
-- OCDS 1.1 release Khet published for it, written in the changing transaction and never changed afterwards. The
-- export and the change feed read them in (date, id) order; the buyer's code and fiscal year are kept beside the
-- JSON so that a filter needs no look into it.
create table procurement.release (
    id             text        primary key,
    ocid           text        not null references procurement.procurement (ocid),
    date           timestamptz not null,
    tag            text[]      not null check (cardinality(tag) > 0),
    buyer_code     text        not null check (buyer_code ~ '^([0-9]{4}|[0-9]{8})$'),
    fiscal_year    integer     not null,
    release        jsonb       not null,
    constraint release_is_its_row check (release ->> 'id' = id and release ->> 'ocid' = ocid)
);
create index release_order_idx on procurement.release (date, id);
create index release_buyer_idx on procurement.release (buyer_code, date, id);
create index release_ocid_idx on procurement.release (ocid, date, id);

-- Published is published: a correction is a new release, so the table refuses changes and deletions.
create function procurement.release_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'procurement.release is append-only (release %)', old.id;
end $$;
create trigger release_append_only before update or delete on procurement.release
    for each row execute function procurement.release_append_only();

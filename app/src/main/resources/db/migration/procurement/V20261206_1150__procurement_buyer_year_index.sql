-- The red flags read a buyer's purchases of a few fiscal years (procurement.FlagComputation's buyer_values): a buyer
-- is an area office (no school) or a school, so the index is on the school or 0, which an equality can use.
create index procurement_buyer_year_idx on procurement.procurement (area_id, (coalesce(school_id, 0)), fiscal_year);

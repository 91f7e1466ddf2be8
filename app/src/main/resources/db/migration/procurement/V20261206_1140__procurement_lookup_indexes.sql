-- Every read of a procurement reads its committee, and a procurement's page lists all its flags (closed ones too):
-- without these indexes each read scanned the whole table (the procurement benchmark measured 45 ms a read at
-- 288,000 committee members).
create index committee_member_procurement_idx on procurement.committee_member (procurement_id);
create index flag_procurement_idx on procurement.flag (procurement_id, computed_at);

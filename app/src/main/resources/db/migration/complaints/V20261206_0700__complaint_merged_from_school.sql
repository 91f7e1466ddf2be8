-- The school a case was about before a school merge moved it to the school that took over its work (the first such
-- school, if merges moved it more than once). When the area office later names another receiving school for that
-- merge, the open cases that came with it follow to the school now named, instead of staying at the first one.
alter table complaints.complaint add column merged_from_school_id bigint;
comment on column complaints.complaint.merged_from_school_id is
    'The school the case was about before a school merge moved it (SchoolMerges); null when no merge moved it';
create index complaint_merged_from_school_idx on complaints.complaint (merged_from_school_id)
    where merged_from_school_id is not null;

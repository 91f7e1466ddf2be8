-- When and by whom a person's date at the current school was last given by hand (the personnel record's form changing it, or a
-- people import row with the column filled): a registry move the same user makes right after it keeps that date
-- instead of restarting the time at the school on the day of the move.
alter table personnel.employment add column at_school_since_given_at timestamptz;
alter table personnel.employment add column at_school_since_given_by bigint;

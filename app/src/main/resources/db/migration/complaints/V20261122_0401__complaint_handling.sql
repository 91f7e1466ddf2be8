-- Handling a case: the unit and officer it is assigned to, where it was forwarded (Service Link), its outcome;
-- and the office's own note on each step, which the complainant never sees.
alter table complaint
    add column unit_id       bigint references unit (id),
    add column officer_id    bigint references app_user (id),
    add column outcome       text,
    add column forwarded_to  text,
    add column forwarded_ref text,
    add column forwarded_on  date;
alter table complaint_step add column internal_note text;

-- The school the person a case is about was at when the centre named them. The case stays hidden from that school's
-- director after the person moves to another school (edited, or by the yearly people import), as well as from the
-- director of the school they are at now.
alter table complaint add column subject_school_id bigint references school (id);

-- Cases named before this column: the person's school today is the best record there is. This backfill is the one
-- place the migration reads org's person table.
update complaint c set subject_school_id = p.school_id
from person p
where p.id = c.subject_person_id and c.subject_school_id is null;

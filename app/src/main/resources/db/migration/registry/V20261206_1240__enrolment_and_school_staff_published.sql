-- Published for the workforce plan (personnel, issue 15): a school's students per grade and academic year, and who
-- works at each school in which position. Registry owns both; personnel reads them through these views only.

create view registry.school_enrolment as
select e.school_id, s.area_id, e.academic_year, e.grade, e.students
from registry.enrolment e
join registry.school s on s.id = e.school_id;
comment on view registry.school_enrolment is
    'Published by registry: students per grade (K1–M6, or ALL when only a total is known) of a school and academic year.';

create view registry.school_staff as
select p.id as person_id, p.area_id, p.school_id, pos.code as position_code, p.active
from registry.person p
left join registry.position pos on pos.id = p.position_id
where p.school_id is not null;
comment on view registry.school_staff is
    'Published by registry: the people of each school with their position''s code (null when none) and whether active.';

-- A person's name, position and place, for modules that list people with their school (personnel's retirements).
-- Never their national ID or contacts.
create view registry.person_placement as
select p.id, p.area_id, p.title, p.first_name_th, p.last_name_th, p.active,
       pos.code as position_code, pos.name_th as position_th, pos.name_en as position_en,
       p.school_id, s.code as school_code, s.name_th as school_name_th, p.unit_id, u.name_th as unit_name_th
from registry.person p
left join registry.position pos on pos.id = p.position_id
left join registry.school s on s.id = p.school_id
left join registry.unit u on u.id = p.unit_id;
comment on view registry.person_placement is
    'Published by registry: a person''s name, position (code and names) and school (code, name) or unit, and whether active.';

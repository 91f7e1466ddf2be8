-- A school's size class, published for other modules (correspondence addresses letters "to all small schools"):
-- the class its latest student count puts it in under its area's size scheme in force today, and the classes of
-- that scheme for each area, so a sender can choose among them even before any school falls in one.

create view registry.area_size_class as
select a.id as area_id, c.ordinal, c.name_th, c.name_en
from registry.area a
join lateral (select s.id from registry.size_scheme s
              where s.code = a.size_scheme and s.effective_from <= current_date
              order by s.effective_from desc limit 1) scheme on true
join registry.size_class c on c.scheme_id = scheme.id;
comment on view registry.area_size_class is
    'Published by registry: the size classes (ordinal, names) of each area''s size scheme in force today.';

create view registry.school_size as
select s.id as school_id, s.area_id, c.ordinal as size_ordinal
from registry.school s
join registry.area a on a.id = s.area_id
join lateral (select st.students from registry.school_students st where st.school_id = s.id
              order by st.academic_year desc limit 1) l on true
join registry.size_class c on c.id = registry.size_class_of(a.size_scheme, l.students, current_date);
comment on view registry.school_size is
    'Published by registry: the size class (its ordinal in the area''s scheme in force) of each school with a student count.';

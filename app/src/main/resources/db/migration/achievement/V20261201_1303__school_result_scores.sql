-- The students' scores of a result aggregated from student scores, sorted, kept with it: the lower-limit rule
-- counts the scores above a limit with a binary search (width_bucket) over some 116,000 results instead of
-- reading a million student rows on every grouping. student_score stays the record; this is derived from it in
-- the same transaction by every student import.
alter table school_result add column scores numeric(6, 2)[];
update school_result r set scores = s.scores
from (select academic_year, exam, grade, school_id, subject, array_agg(score order by score) as scores
      from student_score group by academic_year, exam, grade, school_id, subject) s
where r.from_students
  and (r.academic_year, r.exam, r.grade, r.school_id, r.subject)
    = (s.academic_year, s.exam, s.grade, s.school_id, s.subject);

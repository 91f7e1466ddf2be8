-- One number that changes whenever anything the achievement pages show changes: results, references, student
-- scores, policies, targets, rewards, exams and their subjects. Pages keep what they computed until it moves.
-- It is bumped by statement triggers, so every way of writing (the app, a script, an operator in psql) counts,
-- and inside the writing transaction, so a reader who sees the new number also sees the new rows.
create table achievement_revision (
    id       int    primary key default 1 check (id = 1),
    revision bigint not null
);
insert into achievement_revision (id, revision) values (1, 1);

create function achievement_revision_bump() returns trigger language plpgsql as $$
begin
    update achievement_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['exam', 'exam_subject', 'school_result', 'student_score', 'reference_result',
                             'quality_policy', 'achievement_target', 'quality_reward']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       || 'for each statement execute function achievement_revision_bump()', t || '_revision', t);
    end loop;
end $$;

-- Achievement's tables and function move from public into the schema achievement, which only achievement's
-- migrations change. Indexes, constraints, identities and triggers follow their table; a table already moved or
-- not there is skipped.
create schema if not exists achievement;

do $$
declare
    t text;
begin
    foreach t in array array['exam', 'exam_subject', 'school_result', 'student_score', 'reference_result',
                             'quality_policy', 'quality_reward', 'achievement_target', 'achievement_revision']
    loop
        if to_regclass(format('public.%I', t)) is not null then
            execute format('alter table public.%I set schema achievement', t);
        end if;
    end loop;
    if to_regprocedure('public.achievement_revision_bump()') is not null then
        alter function public.achievement_revision_bump() set schema achievement;
    end if;
end $$;

-- Its body is resolved when it runs, by the caller's search_path: name the table with its schema.
create or replace function achievement.achievement_revision_bump() returns trigger language plpgsql as $$
begin
    update achievement.achievement_revision set revision = revision + 1 where id = 1;
    return null;
end $$;

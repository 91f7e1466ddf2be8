-- The platform's tables move from public into the schema platform, which only platform's migrations change.
-- Indexes, constraints, identities and triggers follow their table. A table that is missing here (moved by an
-- earlier migration, or not yet made) is skipped, so this runs on every database that reached this version.
-- Spring Session's and Spring Modulith's tables move too: both are configured to find them here
-- (spring.session.jdbc.table-name, spring.modulith.events.jdbc.schema). Flyway's own history table stays in
-- public: Flyway looks for it before any migration runs, so moving it would strand every existing install.
create schema if not exists platform;

do $$
declare
    t text;
begin
    foreach t in array array['app_user', 'role_grant', 'api_token', 'audit_event', 'rate_limit_bucket',
                             'spring_session', 'spring_session_attributes', 'event_publication',
                             'event_publication_archive']
    loop
        if to_regclass(format('public.%I', t)) is not null then
            execute format('alter table public.%I set schema platform', t);
        end if;
    end loop;
end $$;

-- Published for other modules (the comment marks it so; SchemaBoundariesTest allows only marked views across
-- schemas): who an account is, without its password, e-mail or sign-in state.
create view platform.user_summary as
select id, username, display_name, enabled
from platform.app_user;
comment on view platform.user_summary is
    'Published by platform: an account''s id, username, display name and whether it may sign in.';

-- Published: the roles each account holds and where (an area, a unit of it, or a school).
create view platform.user_role as
select user_id, role, area_id, unit_id, school_id
from platform.role_grant;
comment on view platform.user_role is
    'Published by platform: each role an account holds, in an area, a unit or a school.';

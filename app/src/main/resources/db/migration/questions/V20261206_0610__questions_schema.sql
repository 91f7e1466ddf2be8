-- The public Q&A leaves the complaint centre for its own module and schema: the same table with its rows, identity,
-- index and constraints (its references to registry.area and platform.app_user stay). The runtime role gets the
-- new schema from afterMigrate__runtime_role_privileges.sql, which grants every schema the migrating role owns.
create schema if not exists questions;
alter table complaints.public_question set schema questions;

-- Personnel (issue 15): the module's own schema. See docs/decisions/0013-personnel-design.md.
create schema if not exists personnel;

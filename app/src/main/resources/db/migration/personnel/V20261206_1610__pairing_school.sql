-- One pairing per school per academic year, held by the database too (the Java check before it gives the friendly
-- message; this catches two offices' clerks drafting at the same moment): each school of a pairing, host or partner,
-- is one row keyed by the year and the school. The pairing's own columns stay as they are (the host in
-- pairing.host_school_id, the partners with their routes in pairing_partner); this table is written with them when a
-- pairing is drafted and goes with it when a draft is deleted.
alter table personnel.pairing add constraint pairing_id_year_key unique (id, academic_year);

create table personnel.pairing_school (
    academic_year int    not null,
    school_id     bigint not null,
    pairing_id    bigint not null,
    primary key (academic_year, school_id),
    foreign key (pairing_id, academic_year) references personnel.pairing (id, academic_year) on delete cascade
);
create index pairing_school_pairing_idx on personnel.pairing_school (pairing_id);

-- The pairings drafted so far went through the Java check, so their schools are already one pairing a year each.
insert into personnel.pairing_school (academic_year, school_id, pairing_id)
select academic_year, host_school_id, id from personnel.pairing;
insert into personnel.pairing_school (academic_year, school_id, pairing_id)
select p.academic_year, pp.school_id, p.id
from personnel.pairing_partner pp join personnel.pairing p on p.id = pp.pairing_id;

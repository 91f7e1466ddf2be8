-- Which sign-in account is which person of the registry: how Khet knows that the user reading a record is the
-- person it is about (a complaint about a staff member is hidden from that staff member). One account per person.
create table person_account (
    person_id bigint primary key references person (id) on delete cascade,
    user_id   bigint not null unique references app_user (id) on delete cascade
);

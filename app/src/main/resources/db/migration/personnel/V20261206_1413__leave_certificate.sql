-- A medical certificate with long sick leave (issue 15, leave): sick leave of 30 days or more needs one (the 2555
-- regulation; a starting figure on the shipped row), so such a request records that it needs one and cannot be
-- approved before a file is attached. Files are kept in the platform's file store (folder "personnel"), named here.
alter table personnel.leave_rule add column certificate_from_days numeric(6, 1) check (certificate_from_days > 0);

update personnel.leave_rule set certificate_from_days = 30
where leave_type = 'SICK' and valid_from = date '2012-05-22' and created_by is null;

alter table personnel.leave_request add column needs_certificate boolean not null default false;

create table personnel.leave_attachment (
    id          bigint generated always as identity primary key,
    request_id  bigint not null references personnel.leave_request (id),
    file_name   text not null check (length(file_name) between 1 and 200),
    media_type  text not null,
    stored_key  text not null,
    sha256      text not null,
    size_bytes  bigint not null check (size_bytes > 0),
    uploaded_by bigint not null,
    uploaded_at timestamptz not null default now()
);
create index leave_attachment_request on personnel.leave_attachment (request_id);

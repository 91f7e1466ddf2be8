-- An account whose password someone else chose for its owner (made for a whole area, or reset by an administrator)
-- is sent to change it at first sign-in; it makes no API tokens until then.
alter table app_user add column must_change_password boolean not null default false;

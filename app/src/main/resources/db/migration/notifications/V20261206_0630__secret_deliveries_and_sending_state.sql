-- A delivery that carries a secret (a first-sign-in password). Its subject and body hold the secret masked; the
-- secret itself waits in its own column only until the row is sent or gives up, and the statement that marks the
-- row so wipes it. The checks keep it so even against a mistaken update.
alter table notifications.delivery
    add column kind text not null default 'NOTICE' check (kind in ('NOTICE', 'SECRET')),
    add column secret text,
    add constraint delivery_secret_only_while_due
        check (secret is null or (kind = 'SECRET' and state in ('PENDING', 'SENDING', 'FAILED')));

-- SENDING: claimed by one instance, one row at a time, until next_attempt_at (its lease); a row whose instance died
-- mid-send comes due again when that passes.
alter table notifications.delivery drop constraint delivery_state_check;
alter table notifications.delivery
    add constraint delivery_state_check check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'GAVE_UP'));

drop index notifications.delivery_due;
create index delivery_due on notifications.delivery (next_attempt_at) where state in ('PENDING', 'SENDING', 'FAILED');
drop index notifications.delivery_trouble;
create index delivery_trouble on notifications.delivery (created_at desc, id desc)
    where state in ('FAILED', 'GAVE_UP') or (state = 'SENDING' and last_error is not null);

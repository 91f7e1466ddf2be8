-- Each claim of a row gets a random token of its own: the dispatcher that claimed it marks it sent or failed only
-- while the row still carries that token. The attempt count could not tell two claims apart once "retry now" had
-- set it back to nought, so a late answer from an old claim could mark a newer attempt.
alter table notifications.delivery add column claim uuid;

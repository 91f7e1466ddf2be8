-- When the account was last locked, until its owner has seen the notice on their profile.
alter table app_user add column lock_noticed_at timestamptz;

-- Every token expires. One made before expiry existed lasts a year from when it was made, as a new one does by
-- default, but at least 30 days from this upgrade, so no integration stops without time to make a new token.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = greatest(created_at + interval '1 year', now() + interval '30 days');
alter table api_token alter column expires_at set not null;

-- An anonymous filing and a public question keep nothing that leads to the sender: no actor in the audit, and
-- only the hour of what the sender did, so that no proxy log or session can be joined on an exact moment. New
-- filings are written so; this brings what was filed before to the same.
update complaint set received_at = date_trunc('hour', received_at) where anonymous;

update complaint_step s set at = date_trunc('hour', s.at)
from complaint c
where c.id = s.complaint_id and c.anonymous and (s.step = 'RECEIVED' or s.from_public);

update complaint_attachment a set added_at = date_trunc('hour', a.added_at)
from complaint c
where c.id = a.complaint_id and c.anonymous;

update public_question set asked_at = date_trunc('hour', asked_at);

update audit_event set user_id = null, username = 'anonymous', at = date_trunc('hour', at)
where action = 'CREATE'
  and ((entity_type = 'complaint' and after ->> 'anonymous' = 'true' and after ->> 'channel' in ('WEB', 'API'))
       or entity_type = 'public_question');

-- A finished publication of a case's first step is history nobody reads; it kept the exact moment of the filing.
delete from event_publication
where completion_date is not null and event_type like '%.CaseStepped' and serialized_event like '%RECEIVED%';

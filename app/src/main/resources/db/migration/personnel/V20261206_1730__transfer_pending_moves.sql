-- Decided transfers wait for the round's effective day: a placed request is moved (moved_at) on that day by the
-- hourly job, as the group member who decided the round (decided_by); a move the registry refuses on the day (the
-- person left, the school closed, the decider no longer works for the area) keeps its reason (move_problem) for the
-- group and is not tried again.
alter table personnel.transfer_round add column decided_by bigint;
alter table personnel.transfer_request add column moved_at timestamptz;
alter table personnel.transfer_request add column move_problem text check (move_problem in ('LEFT', 'SCHOOL', 'ACCESS'));

-- Rounds decided before this version moved everyone at once.
update personnel.transfer_request r set moved_at = t.decided_at
from personnel.transfer_round t
where t.id = r.round_id and t.state = 'DECIDED' and r.state = 'FILED' and r.proposed_school_id is not null;

create index transfer_request_to_move on personnel.transfer_request (round_id)
    where proposed_school_id is not null and moved_at is null and move_problem is null;

-- A teacher whose decided transfer waits for its effective day but who was moved from their old school by other
-- means meanwhile (the registry's form, the people import) is not moved a second time on that day: the request keeps
-- MOVED as its problem for the personnel group.
alter table personnel.transfer_request drop constraint transfer_request_move_problem_check;
alter table personnel.transfer_request add constraint transfer_request_move_problem_check
    check (move_problem in ('LEFT', 'SCHOOL', 'ACCESS', 'MOVED'));

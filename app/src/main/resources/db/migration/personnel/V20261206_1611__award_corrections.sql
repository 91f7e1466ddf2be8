-- Awards corrected or withdrawn: by whoever entered one until the personnel group verified it, by the group after.
-- A withdrawn award stays (with who withdrew it, when and why) but is listed nowhere; every step is audited.
alter table personnel.award drop constraint award_status_check;
alter table personnel.award add constraint award_status_check
    check (status in ('PENDING', 'VERIFIED', 'WITHDRAWN'));
alter table personnel.award
    add column updated_by bigint,
    add column updated_at timestamptz,
    add column withdrawn_by bigint,
    add column withdrawn_at timestamptz,
    add column withdrawal_reason text check (withdrawal_reason is null or length(btrim(withdrawal_reason)) between 1 and 1000),
    add check (status <> 'WITHDRAWN' or withdrawal_reason is not null);

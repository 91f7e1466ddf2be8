-- Procurement (issue 14), step 5 of docs/decisions/0012-procurement-design.md: red flags with their evidence, the
-- thresholds they read, and the internal audit unit's decisions on them.

-- The figures an indicator compares against, as dated data an administrator edits: the value of parameter
-- `parameter` of indicator `code` from valid_from until the day before valid_until (null: still in force). A new
-- value ends the previous one from its first day; rows are never deleted. `shipped` marks the starting figures
-- Khet ships, for the office to check against the circular or the audit unit's practice.
create table procurement.threshold (
    id          bigserial primary key,
    code        text           not null check (code ~ '^[A-Z0-9_]+$'),
    parameter   text           not null check (parameter ~ '^[a-z0-9_A-Z]+$'),
    value       numeric(16, 4) not null check (value >= 0),
    valid_from  date           not null,
    valid_until date,
    note        text           not null default '',
    shipped     boolean        not null default false,
    created_at  timestamptz    not null default now(),
    created_by  bigint,
    constraint threshold_span check (valid_until is null or valid_until > valid_from)
);
create index threshold_code_idx on procurement.threshold (code, parameter, valid_from);

insert into procurement.threshold (code, parameter, value, valid_from, note, shipped) values
    ('R003', 'min_days_E_BIDDING', 5, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 45: ประกาศไม่น้อยกว่า 5 วันทำการ (วงเงินไม่เกิน 5 ล้านบาท)', true),
    ('R003', 'min_days_E_MARKET', 3, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 32: ไม่น้อยกว่า 3 วันทำการ', true),
    ('R003', 'min_days_PRICE_INQUIRY', 5, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 47', true),
    ('R003', 'min_days_SELECTION', 3, date '2017-08-23', 'ตามแนวปฏิบัติของหน่วยตรวจสอบภายใน', true),
    ('R035', 'min_disqualified', 1, date '2017-08-23', 'Cardinal R035: at least 1 other bidder disqualified', true),
    ('KHET_CLOSE_TO_REFERENCE', 'max_difference_percent', 0.5, date '2017-08-23', 'ราคาที่ชนะห่างจากราคากลางไม่เกินร้อยละนี้', true),
    ('R011', 'window_days', 30, date '2017-08-23', 'ACT Ai: ซื้อซ้ำภายใน 30 วัน', true),
    ('KHET_YEAR_END_SPECIFIC', 'last_days', 30, date '2017-08-23', 'วันสุดท้ายของปีงบประมาณ', true),
    ('KHET_YEAR_END_SPECIFIC', 'max_share_percent', 30, date '2017-08-23', 'ส่วนของมูลค่าวิธีเฉพาะเจาะจงทั้งปี', true),
    ('CONCENTRATION', 'max_share_percent', 50, date '2017-08-23', 'ส่วนของมูลค่าที่ผู้ซื้อทำสัญญาทั้งปี', true),
    ('CONCENTRATION', 'min_awards', 3, date '2017-08-23', 'จำนวนรายการที่ได้รับการคัดเลือกขั้นต่ำของผู้ซื้อในปี', true);

-- An indicator's answer for a procurement: flagged (with the rows and figures that made it so), clear, or not
-- applicable (with the reason). One open row per procurement and indicator; a recomputation whose answer differs
-- closes it (closed_at, closed_why) and opens a new one. Rows are never deleted: the audit trail of what was flagged.
create table procurement.flag (
    id             bigserial primary key,
    procurement_id bigint      not null references procurement.procurement (id),
    code           text        not null,
    version        integer     not null,
    state          text        not null check (state in ('flagged', 'clear', 'not_applicable')),
    reason         text,
    evidence       jsonb       not null default '{}',
    threshold      jsonb       not null default '{}',
    computed_at    timestamptz not null default now(),
    closed_at      timestamptz,
    closed_why     text,
    constraint flag_reason check (state <> 'not_applicable' or reason is not null),
    constraint flag_closed check ((closed_at is null) = (closed_why is null))
);
create unique index flag_open_idx on procurement.flag (procurement_id, code) where closed_at is null;
create index flag_queue_idx on procurement.flag (computed_at desc) where closed_at is null and state = 'flagged';

-- The audit unit's decisions on a flag: looked at (REVIEWED), dismissed with a reason, or escalated to the area
-- director. The latest decides the flag's review state; every one is also in the audit log.
create table procurement.flag_review (
    id         bigserial primary key,
    flag_id    bigint      not null references procurement.flag (id),
    action     text        not null check (action in ('REVIEWED', 'DISMISSED', 'ESCALATED')),
    reason     text        not null default '',
    by_id      bigint      not null,
    by_name    text        not null,
    at         timestamptz not null default now(),
    constraint flag_review_reason check (action <> 'DISMISSED' or btrim(reason) <> '')
);
create index flag_review_flag_idx on procurement.flag_review (flag_id, at desc);

-- Procurement (issue 14), step 4 of docs/decisions/0012-procurement-design.md: reference prices (ราคากลาง) from
-- evidence. An area's catalogue of things bought, by name and unit, optionally with the classification (scheme and
-- code) procurement items carry; the market quotes recorded for each entry; and the rule that says how far back the
-- evidence reaches and how much of it a reference needs, as dated data an administrator edits.
create table procurement.reference_entry (
    id         bigserial primary key,
    area_id    bigint  not null references registry.area (id),
    name       text    not null check (btrim(name) <> ''),
    unit       text    not null check (btrim(unit) <> ''),
    -- An item matches the entry by scheme, code and unit when the entry has a code; by its description and unit
    -- when it has none.
    scheme     text    not null default '',
    code       text    not null default '',
    created_at timestamptz not null default now(),
    created_by bigint  not null,
    constraint reference_entry_code check (code = '' or btrim(scheme) <> '')
);
create unique index reference_entry_name_once on procurement.reference_entry (area_id, lower(name), lower(unit));
create unique index reference_entry_code_once on procurement.reference_entry (area_id, scheme, code, lower(unit))
    where code <> '';

-- A market quote: a shop's quotation, a website's price, or a government price list, on the day it was taken.
-- recorded_by is the account that typed it (never published).
create table procurement.price_quote (
    id          bigserial primary key,
    entry_id    bigint  not null references procurement.reference_entry (id),
    source_kind text    not null check (source_kind in ('SHOP', 'WEBSITE', 'PRICE_LIST')),
    source      text    not null check (btrim(source) <> ''),
    quoted_on   date    not null,
    unit_price  numeric(16, 2) not null check (unit_price > 0),
    recorded_at timestamptz not null default now(),
    recorded_by bigint  not null
);
create index price_quote_entry_idx on procurement.price_quote (entry_id, quoted_on);

-- The evidence a reference rests on: quotes and awarded unit prices dated within the last window_months months of
-- the day asked about, at least min_evidence of them. One rule is in force on a day (the latest valid_from);
-- adding one ends the one before it. shipped marks the starting figures installed with Khet, which the office
-- checks against the circular in force.
create table procurement.reference_rule (
    id            bigserial primary key,
    window_months integer not null check (window_months between 1 and 120),
    min_evidence  integer not null check (min_evidence between 1 and 100),
    valid_from    date    not null,
    valid_until   date,
    source        text    not null check (btrim(source) <> ''),
    shipped       boolean not null default false,
    created_at    timestamptz not null default now(),
    created_by    bigint,
    constraint reference_rule_span check (valid_until is null or valid_until > valid_from)
);

insert into procurement.reference_rule (window_months, min_evidence, valid_from, source, shipped) values
    (12, 3, date '2017-08-23',
     'ค่าเริ่มต้นที่ติดตั้งมากับระบบ (ราคาย้อนหลัง 12 เดือน หลักฐานอย่างน้อย 3 รายการ) ตามแนวทาง พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560 ม.4 นิยาม "ราคากลาง" โปรดตรวจกับหนังสือเวียนที่ใช้อยู่',
     true);

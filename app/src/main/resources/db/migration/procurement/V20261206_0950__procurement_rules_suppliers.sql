-- Procurement (issue 14), first step: the rules that say which method a purchase may use, and the area's suppliers
-- with the government's list of debarred ones. See docs/decisions/0012-procurement-design.md.
create schema if not exists procurement;

-- The value bands that allow each method, as data with the day they apply from and the circular they come from: a
-- purchase of budget B may use a method when above < B <= up_to (up_to null: no ceiling) and, where e_catalogue is
-- set, only for goods that are (true) or are not (false) in the e-catalogue. min_invited: the fewest suppliers the
-- method invites. A rule no longer in force gets valid_until (the first day it does not apply).
create table procurement.method_rule (
    id           bigserial primary key,
    method       text    not null check (method in ('SPECIFIC', 'SELECTION', 'E_MARKET', 'E_BIDDING', 'PRICE_INQUIRY')),
    variant      text    not null default '' check (variant in ('', 'E_RFQ', 'E_AUCTION')),
    e_catalogue  boolean,
    above        numeric(16, 2) not null default 0 check (above >= 0),
    up_to        numeric(16, 2) check (up_to is null or up_to > above),
    min_invited  integer check (min_invited is null or min_invited > 0),
    valid_from   date    not null,
    valid_until  date,
    source       text    not null check (btrim(source) <> ''),
    created_at   timestamptz not null default now(),
    constraint method_rule_span check (valid_until is null or valid_until > valid_from)
);
create index method_rule_method_idx on procurement.method_rule (method, valid_from);

-- Starting figures (พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560 มาตรา 55-56 and the Finance Ministry's rules on e-market and
-- e-bidding); the operator guide asks the office to check them against the circular in force.
insert into procurement.method_rule (method, variant, e_catalogue, above, up_to, min_invited, valid_from, source) values
    ('SPECIFIC', '', null, 0, 500000, 1, date '2017-08-23', 'พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560 ม.56 (2) (ข); กฎกระทรวงกำหนดวงเงิน 2560'),
    ('E_MARKET', 'E_RFQ', true, 500000, 5000000, null, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 30; ว 119/2560'),
    ('E_MARKET', 'E_AUCTION', true, 5000000, null, null, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 30; ว 119/2560'),
    ('E_BIDDING', '', false, 500000, null, null, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 40'),
    ('SELECTION', '', null, 0, null, 3, date '2017-08-23', 'พ.ร.บ.การจัดซื้อจัดจ้างฯ 2560 ม.56 (1)'),
    ('PRICE_INQUIRY', '', false, 500000, 5000000, null, date '2017-08-23', 'ระเบียบกระทรวงการคลังฯ 2560 ข้อ 45 (พื้นที่ที่ใช้ระบบ e-GP ไม่ได้)');

-- The area's suppliers, shared by the office and its schools: the tax ID (13 digits with the national ID's check
-- digit; starting 0 for a juristic person, otherwise a person's national ID, which is personal data and never shown
-- unmasked outside the office), name and address as entered. Addressed by id, never by tax ID.
create table procurement.supplier (
    id         bigserial primary key,
    area_id    bigint  not null references registry.area (id),
    tax_id     text    not null check (tax_id ~ '^[0-9]{13}$'),
    name       text    not null check (btrim(name) <> ''),
    address    text    not null default '',
    created_at timestamptz not null default now(),
    created_by bigint  not null,
    version    integer not null default 0,
    constraint supplier_once unique (area_id, tax_id)
);

create table procurement.supplier_director (
    supplier_id bigint  not null references procurement.supplier (id) on delete cascade,
    position    integer not null,
    name        text    not null check (btrim(name) <> ''),
    primary key (supplier_id, position)
);

-- The government's list of debarred suppliers (ผู้ทิ้งงาน) as an administrator last imported it: each import
-- replaces the list whole; the imports themselves are kept.
create table procurement.debarred_import (
    id          bigserial primary key,
    file_name   text        not null,
    rows_count  integer     not null,
    imported_at timestamptz not null default now(),
    imported_by bigint      not null
);

create table procurement.debarred (
    tax_id     text    primary key check (tax_id ~ '^[0-9]{13}$'),
    name       text    not null,
    listed_on  date,
    reference  text    not null default '',
    import_id  bigint  not null references procurement.debarred_import (id)
);

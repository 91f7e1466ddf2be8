-- Procurement (issue 14), step 1 of docs/decisions/0012-procurement-design.md: the records themselves. A procurement
-- of the office (school_id null) or one of its schools, its items, the bids, the award, the contract and the
-- committee. Amounts are numeric(16,2) baht, never floating point.
create table procurement.procurement (
    id              bigint  primary key,
    ocid            text    not null unique,
    area_id         bigint  not null references registry.area (id),
    school_id       bigint  references registry.school (id),
    fiscal_year     integer not null check (fiscal_year between 2500 and 2700),
    title           text    not null check (btrim(title) <> ''),
    category        text    not null check (category in ('goods', 'works', 'services')),
    method          text    not null check (method in ('SPECIFIC', 'SELECTION', 'E_MARKET', 'E_BIDDING', 'PRICE_INQUIRY')),
    e_catalogue     boolean not null default false,
    budget          numeric(16, 2) not null check (budget > 0),
    -- ราคากลาง and how it was set. It may exceed the budget: the law then asks the office to find more money,
    -- negotiate or cancel, and the record must show that figure rather than refuse it.
    reference_price numeric(16, 2) check (reference_price is null or reference_price > 0),
    reference_basis text    not null default '',
    tender_start    date,
    tender_end      date,
    status          text    not null default 'PLANNED'
                    check (status in ('PLANNED', 'TENDER', 'AWARDED', 'CONTRACTED', 'CANCELLED')),
    version         integer not null default 0,
    created_at      timestamptz not null default now(),
    created_by      bigint  not null,
    updated_at      timestamptz not null default now(),
    updated_by      bigint  not null,
    constraint procurement_period check (tender_end is null or tender_start is null or tender_end >= tender_start)
);
create sequence procurement.procurement_id_seq owned by procurement.procurement.id;
create index procurement_buyer_idx on procurement.procurement (area_id, school_id, fiscal_year);

create table procurement.item (
    procurement_id bigint  not null references procurement.procurement (id) on delete cascade,
    position       integer not null,
    description    text    not null check (btrim(description) <> ''),
    scheme         text    not null default '',
    code           text    not null default '',
    quantity       numeric(16, 3) not null check (quantity > 0),
    unit           text    not null check (btrim(unit) <> ''),
    unit_price     numeric(16, 2) not null check (unit_price >= 0),
    primary key (procurement_id, position)
);

-- A bid names a supplier of the buyer's area by id; one bid per supplier. A disqualified bid says why.
create table procurement.bid (
    id                  bigserial primary key,
    procurement_id      bigint  not null references procurement.procurement (id) on delete cascade,
    supplier_id         bigint  not null references procurement.supplier (id),
    amount              numeric(16, 2) not null check (amount > 0),
    disqualified        boolean not null default false,
    disqualified_reason text    not null default '',
    created_at          timestamptz not null default now(),
    created_by          bigint  not null,
    constraint bid_once unique (procurement_id, supplier_id),
    constraint bid_reason check (not disqualified or btrim(disqualified_reason) <> '')
);

create table procurement.award (
    procurement_id bigint primary key references procurement.procurement (id) on delete cascade,
    bid_id         bigint not null references procurement.bid (id),
    amount         numeric(16, 2) not null check (amount > 0),
    awarded_on     date   not null,
    created_at     timestamptz not null default now(),
    created_by     bigint not null
);

create table procurement.contract (
    procurement_id bigint primary key references procurement.procurement (id) on delete cascade,
    number         text   not null check (btrim(number) <> ''),
    signed_on      date   not null,
    value          numeric(16, 2) not null check (value > 0),
    created_at     timestamptz not null default now(),
    created_by     bigint not null
);

create table procurement.committee_member (
    id             bigserial primary key,
    procurement_id bigint  not null references procurement.procurement (id) on delete cascade,
    name           text    not null check (btrim(name) <> ''),
    role           text    not null check (btrim(role) <> ''),
    community      boolean not null default false,
    created_at     timestamptz not null default now(),
    created_by     bigint  not null
);

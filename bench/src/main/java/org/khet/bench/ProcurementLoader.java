package org.khet.bench;

/**
 * TEST-DATA LOADER, not the app: writes procurements of fiscal year 2569 (October 2025 to September 2026) straight
 * into the procurement tables with set-based SQL in psql ({@code generate_series}), one transaction per load, so that
 * the app's OCDS export can be measured at national scale. Procurement {@code g} (1, 2, …) belongs to the registry's
 * school number {@code g mod schools} (by code), every twentieth to an area office instead; its title, category,
 * budget (80 % up to 100,000 baht, 17 % up to 500,000, 3 % above: e-bidding), status (4 % planned, 4 % out to
 * tender, 4 % awarded, 84 % under contract, 4 % cancelled), 1–5 items and 1–5 bids (one in ten of the second and
 * later bids disqualified, with a reason) are drawn from hashes of {@code g}, so every run writes the same rows. An
 * awarded procurement's award is its lowest qualified bid; one under contract has its contract at that amount. No
 * committee members: {@code procurement.committee_member} has no index on {@code procurement_id}, so every read of a
 * procurement scans it (45 ms at 288,000 rows, a committee of three each), which held the app's release backfill to
 * 25–35 releases/s at 100,000 procurements (docs/benchmarks.md, 2026-12-06); the export is what this measures. The suppliers are 40 companies per area (juristic tax IDs
 * starting 0, with a valid check digit). No release is written here: that is the app's work, measured after.
 */
final class ProcurementLoader {

    static final int FISCAL_YEAR = 2569;
    static final int SUPPLIERS_PER_AREA = 40;

    private final Psql psql;
    private final long admin;

    ProcurementLoader(Psql psql) {
        this.psql = psql;
        this.admin = Long.parseLong(psql.run("select id from platform.app_user where username = 'admin'")
                .orThrow()
                .output());
    }

    /** The area suppliers every load's bids name; answers psql's seconds. */
    double suppliers() {
        return psql.run("""
                        insert into procurement.supplier (area_id, tax_id, name, address, created_by)
                        select area_id, d || ((11 - (select sum(substr(d, i, 1)::int * (14 - i))
                                                     from generate_series(1, 12) i) %% 11) %% 10),
                               'บริษัท ' || (array['สยามวัสดุ', 'ไทยพัฒนา', 'รุ่งเรืองกิจ', 'เจริญการค้า',
                                   'ศึกษาภัณฑ์'])[1 + s %% 5] || ' ' || code || '-' || s || ' จำกัด',
                               'เลขที่ ' || s || ' ถนนสายหลัก', %d
                        from (select a.id as area_id, a.code, s, '0' || a.code || lpad(s::text, 7, '0') as d
                              from registry.area a cross join generate_series(1, %d) s) x""".formatted(admin, SUPPLIERS_PER_AREA)).orThrow().seconds();
    }

    /** Procurements {@code have + 1} … {@code have + count} with their parts, in one transaction; psql's seconds. */
    double load(long have, long count) {
        return psql.run(generate(have, count) + parts()).orThrow().seconds();
    }

    private String generate(long have, long count) {
        return """
                create temp table gen on commit drop as
                with schools as (select id, area_id, row_number() over (order by code) - 1 as k from registry.school),
                     areas as (select id, row_number() over (order by code) - 1 as k from registry.area),
                     n as (select (select count(*) from schools) as s, (select count(*) from areas) as a),
                     g as (select g, hashint8(g)::bigint & 2147483647 as h1,
                                  hashint8(g + 1000003)::bigint & 2147483647 as h2
                           from generate_series(%d, %d) g)
                select g.g, h1, h2, nextval('procurement.procurement_id_seq') as id,
                       coalesce(sc.area_id, ar.id) as area_id, sc.id as school_id,
                       h2 %% 12 as t, 1 + h2 / 1000000 %% 5 as items, 1 + h1 / 1000000 %% 5 as bids,
                       date '2025-10-01' + (h1 / 10000 %% 330)::int as planned_on,
                       (case when h1 / 100 %% 100 < 80 then 5000 + h2 / 100 %% 95000
                             when h1 / 100 %% 100 < 97 then 100000 + h2 / 100 %% 400000
                             else 500001 + h2 / 100 %% 4500000 end)::numeric(16, 2) as budget,
                       case when h1 %% 100 < 4 then 'PLANNED' when h1 %% 100 < 8 then 'TENDER'
                            when h1 %% 100 < 12 then 'AWARDED' when h1 %% 100 < 96 then 'CONTRACTED'
                            else 'CANCELLED' end as status
                from g cross join n
                left join schools sc on g.g %% 20 <> 0 and sc.k = g.g %% n.s
                left join areas ar on g.g %% 20 = 0 and ar.k = (g.g / 20) %% n.a;
                """.formatted(have + 1, have + count);
    }

    private String parts() {
        String by = Long.toString(admin);
        return """
                insert into procurement.procurement (id, ocid, area_id, school_id, fiscal_year, title, category,
                    method, e_catalogue, budget, reference_price, reference_basis, tender_start, tender_end, status,
                    created_at, created_by, updated_at, updated_by)
                select id, 'ocds-khet00-' || id, area_id, school_id, %d,
                       (array['จัดซื้อวัสดุสำนักงาน', 'จัดซื้อวัสดุการศึกษา', 'จัดซื้อครุภัณฑ์คอมพิวเตอร์',
                              'จัดซื้ออาหารเสริม (นม)', 'จัดซื้อหนังสือเรียน', 'จัดซื้อวัสดุกีฬา',
                              'จัดซื้อวัสดุงานบ้านงานครัว', 'จ้างซ่อมแซมอาคารเรียน', 'จ้างปรับปรุงห้องน้ำนักเรียน',
                              'จ้างเหมาบริการทำความสะอาด', 'จ้างเหมารถรับส่งนักเรียน',
                              'จ้างเหมาประกอบอาหารกลางวัน'])[t + 1] || ' ครั้งที่ ' || g,
                       case when t < 7 then 'goods' when t < 9 then 'works' else 'services' end,
                       case when budget > 500000 then 'E_BIDDING' else 'SPECIFIC' end, false, budget,
                       round(budget * (0.92 + h2 %% 8 / 100.0), 2), 'ราคาที่ได้จากการสืบราคาจากท้องตลาด',
                       case when status <> 'PLANNED' then planned_on + 5 end,
                       case when status <> 'PLANNED' then planned_on + 12 end, status,
                       (planned_on + time '09:00') at time zone 'Asia/Bangkok', %s,
                       (planned_on + 20 + time '15:00') at time zone 'Asia/Bangkok', %s
                from gen;
                insert into procurement.item (procurement_id, position, description, quantity, unit, unit_price)
                select gen.id, i, 'รายการที่ ' || i || ' ตามบัญชีแนบท้าย', q,
                       (array['ชิ้น', 'ชุด', 'เล่ม', 'งาน', 'เดือน'])[1 + (g + i) %% 5],
                       round(budget / items / q, 2)
                from gen cross join lateral generate_series(1, items) i
                cross join lateral (select 1 + (g * i) %% 20 as q) x;
                create temp table sup on commit drop as
                select id, area_id, row_number() over (partition by area_id order by id) - 1 as k
                from procurement.supplier;
                insert into procurement.bid (procurement_id, supplier_id, amount, disqualified, disqualified_reason,
                    created_at, created_by)
                select gen.id, sup.id, round(budget * (0.84 + (g * 31 + j * 17) %% 16 / 100.0), 2),
                       j > 1 and (g + j) %% 10 = 0,
                       case when j > 1 and (g + j) %% 10 = 0 then 'เอกสารไม่ครบถ้วนตามเงื่อนไข' else '' end,
                       (planned_on + 12 + time '10:00') at time zone 'Asia/Bangkok', %s
                from gen cross join lateral generate_series(1, bids) j
                join sup on sup.area_id = gen.area_id and sup.k = (g + j * 7) %% %d
                where status in ('TENDER', 'AWARDED', 'CONTRACTED');
                insert into procurement.award (procurement_id, bid_id, amount, awarded_on, created_at, created_by)
                select distinct on (b.procurement_id) b.procurement_id, b.id, b.amount, gen.planned_on + 15,
                       (gen.planned_on + 15 + time '11:00') at time zone 'Asia/Bangkok', %s
                from procurement.bid b join gen on gen.id = b.procurement_id
                where gen.status in ('AWARDED', 'CONTRACTED') and not b.disqualified
                order by b.procurement_id, b.amount, b.id;
                insert into procurement.contract (procurement_id, number, signed_on, value, created_at, created_by)
                select gen.id, 'สัญญาเลขที่ ' || g || '/' || %d, a.awarded_on + 7, a.amount,
                       (a.awarded_on + 7 + time '13:00') at time zone 'Asia/Bangkok', %s
                from gen join procurement.award a on a.procurement_id = gen.id
                where gen.status = 'CONTRACTED';
                """.formatted(FISCAL_YEAR, by, by, by, SUPPLIERS_PER_AREA, by, FISCAL_YEAR, by);
    }
}

package org.khet.procurement;

import static org.khet.procurement.DocumentText.money;
import static org.khet.procurement.DocumentText.th;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A buyer's yearly and monthly documents as tables, written from the records: the annual procurement plan
 * (แผนการจัดซื้อจัดจ้างประจำปี) of a fiscal year, and the monthly summary สขร. 1 of the procurements awarded in a month
 * (what was bought, budget, reference price, method, bidders and their prices, the winner and the agreed price, why it
 * won, the contract's number and date). Bidders are named, never with their tax IDs.
 */
@Component
class ProcurementReports {

    private static final List<Float> PLAN_WIDTHS = List.of(6f, 30f, 9f, 12f, 17f, 13f, 13f);
    private static final List<Float> MONTHLY_WIDTHS = List.of(5f, 16f, 10f, 9f, 9f, 17f, 13f, 10f, 11f);

    private final ProcurementStore store;
    private final JdbcClient jdbc;

    ProcurementReports(ProcurementStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    Report plan(Buyer buyer, int fiscalYear) {
        List<Procurement> all = new ArrayList<>(store.list(buyer, fiscalYear));
        java.util.Collections.reverse(all);
        List<List<Cell>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (Procurement p : all) {
            List<Cell> row = List.of(
                    Cell.count(++n),
                    Cell.text(p.title()),
                    Cell.text(DocumentText.verb(p)),
                    Cell.baht(p.budget()),
                    Cell.text(DocumentText.method(p)),
                    Cell.text(p.tenderStart() == null ? "–" : month(YearMonth.from(p.tenderStart()))),
                    Cell.text(th("procurement.status." + p.status().name())));
            rows.add(p.status() == Procurement.Status.CANCELLED ? struck(row) : row);
            total = p.status() == Procurement.Status.CANCELLED ? total : total.add(p.budget());
        }
        rows.add(List.of(
                Cell.text(""),
                Cell.text(th("procurement.docs.plan.total", Integer.toString(n))),
                Cell.text(""),
                Cell.baht(total),
                Cell.text(""),
                Cell.text(""),
                Cell.text("")));
        List<String> header = new ArrayList<>(List.of(th("procurement.docs.col.seq")));
        List.of("title", "category", "budget", "method", "period", "status")
                .forEach(c -> header.add(th("procurement.docs.plan.col." + c)));
        String year = Integer.toString(fiscalYear);
        return new Report(
                th("procurement.docs.plan.title", year),
                buyer.name(),
                List.of(new Report.Table(
                        th("procurement.docs.plan.table", Integer.toString(n)), header, rows, PLAN_WIDTHS)));
    }

    /** สขร. 1 of the procurements {@code buyer} awarded in {@code month}. */
    Report monthly(Buyer buyer, YearMonth month) {
        List<String> ocids = jdbc.sql("""
                        select p.ocid from procurement.procurement p
                        join procurement.award a on a.procurement_id = p.id
                        where p.area_id = :area and p.school_id is not distinct from cast(:school as bigint)
                          and a.awarded_on >= :from and a.awarded_on < :until
                        order by a.awarded_on, p.id""")
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .param("from", month.atDay(1))
                .param("until", month.plusMonths(1).atDay(1))
                .query(String.class)
                .list();
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (String ocid : ocids) {
            rows.add(summary(++n, store.byOcid(ocid).orElseThrow()));
        }
        List<String> header = new ArrayList<>(List.of(th("procurement.docs.col.seq")));
        List.of("item", "budget", "reference", "method", "bidders", "winner", "reason", "contract")
                .forEach(c -> header.add(th("procurement.docs.monthly.col." + c)));
        return new Report(
                th("procurement.docs.monthly.title", month(month)),
                rows.isEmpty() ? buyer.name() + " · " + th("procurement.docs.monthly.none") : buyer.name(),
                List.of(new Report.Table(
                        th("procurement.docs.monthly.table", Integer.toString(n)), header, rows, MONTHLY_WIDTHS)));
    }

    private static List<Cell> summary(int n, Procurement p) {
        Procurement.Award a = p.award().orElseThrow();
        return List.of(
                Cell.count(n),
                Cell.text(DocumentText.verbBefore(p) + p.title()),
                Cell.baht(p.budget()),
                Cell.baht(p.referencePrice()),
                Cell.text(DocumentText.method(p)),
                Cell.text(String.join("\n", DocumentText.offers(p))),
                Cell.text(th("procurement.docs.offer", a.supplierName(), money(a.amount()))),
                Cell.text(th(
                        lowest(p, a)
                                ? "procurement.docs.monthly.reason.lowest"
                                : "procurement.docs.monthly.reason.terms")),
                Cell.text(p.contract()
                        .map(c -> th(
                                "procurement.docs.monthly.contract", c.number(), DocumentText.shortDate(c.signedOn())))
                        .orElse(th("procurement.docs.monthly.noContract"))));
    }

    /** Whether the winning bid is the lowest of those that met the terms. */
    private static boolean lowest(Procurement p, Procurement.Award a) {
        BigDecimal winning = p.bids().stream()
                .filter(b -> b.id() == a.bidId())
                .map(Procurement.Bid::amount)
                .findFirst()
                .orElse(a.amount());
        return p.bids().stream()
                .filter(b -> !b.disqualified())
                .allMatch(b -> b.amount().compareTo(winning) >= 0);
    }

    /** ธันวาคม 2569. */
    static String month(YearMonth month) {
        return BuddhistDates.monthName(month.getMonthValue()) + " " + BuddhistDates.toBuddhistYear(month.getYear());
    }

    private static List<Cell> struck(List<Cell> row) {
        return row.stream().map(Cell::struckThrough).toList();
    }
}

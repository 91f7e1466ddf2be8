package org.khet.procurement;

import static org.khet.procurement.DocumentText.money;
import static org.khet.procurement.DocumentText.th;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference-price disclosure (ตารางแสดงวงเงินงบประมาณที่ได้รับจัดสรรและราคากลาง) of one procurement, written from
 * its record: the project, the buyer, the budget, the reference price with the day it was set (kept by the database
 * when the price is set), how it was set and its sources, the committee, and each item's price.
 */
@Component
class ProcurementSheets {

    private final JdbcClient jdbc;

    ProcurementSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The disclosure; not found while the procurement has no reference price. */
    Report referencePrice(Procurement p) {
        if (p.referencePrice() == null) {
            throw new NotFoundException("reference price");
        }
        LocalDate setOn = jdbc.sql("select reference_set_on from procurement.procurement where id = :id")
                .param("id", p.id())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        String none = th("procurement.docs.reference.none");
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("project", p.title()));
        rows.add(row("owner", p.buyer().name()));
        rows.add(row("budget", th("procurement.docs.reference.baht", money(p.budget()))));
        rows.add(row("price", th("procurement.docs.reference.baht", money(p.referencePrice()))));
        rows.add(row("setOn", setOn == null ? none : DocumentText.date(setOn)));
        rows.add(row("basis", p.referenceBasis().isBlank() ? none : p.referenceBasis()));
        rows.add(row(
                "committee",
                p.committee().isEmpty()
                        ? none
                        : String.join(
                                "\n",
                                p.committee().stream()
                                        .map(m -> th("procurement.docs.reference.member", m.name(), m.role()))
                                        .toList())));
        List<Report.Table> tables = new ArrayList<>();
        tables.add(new Report.Table(
                th("procurement.docs.reference.table"),
                List.of(th("procurement.docs.reference.col.topic"), th("procurement.docs.reference.col.detail")),
                rows,
                List.of(35f, 65f)));
        if (!p.items().isEmpty()) {
            tables.add(items(p));
        }
        return new Report(th("procurement.docs.reference.title"), p.buyer().name() + " · " + p.ocid(), tables);
    }

    private static Report.Table items(Procurement p) {
        List<List<Cell>> rows = new ArrayList<>();
        int n = 0;
        for (Procurement.Item i : p.items()) {
            rows.add(List.of(
                    Cell.count(++n),
                    Cell.text(i.description()),
                    Cell.text(i.quantity().stripTrailingZeros().toPlainString()),
                    Cell.text(i.unit()),
                    Cell.baht(i.unitPrice()),
                    Cell.baht(i.total())));
        }
        return new Report.Table(
                th("procurement.docs.reference.items"),
                List.of("seq", "item", "quantity", "unit", "unitPrice", "total").stream()
                        .map(c -> th("procurement.docs.col." + c))
                        .toList(),
                rows,
                List.of(8f, 40f, 10f, 10f, 16f, 16f));
    }

    private static List<Cell> row(String topic, String detail) {
        return List.of(Cell.text(th("procurement.docs.reference." + topic)), Cell.text(detail));
    }
}

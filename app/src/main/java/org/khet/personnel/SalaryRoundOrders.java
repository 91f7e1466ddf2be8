package org.khet.personnel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Report.Cell;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The orders of an approved round as a report (Excel and PDF through the platform's report files): every person's
 * raise — school, name, level, salary, percent, raise, new salary — then the allocation by school, the same figures
 * as the pages; when the office's own units share in the round, the people raised in them and their allocation
 * follow in tables of their own (a unit has no network or colour group).
 */
@Component
class SalaryRoundOrders {

    record Line(
            String schoolCode,
            String schoolName,
            String name,
            String salaryLevel,
            BigDecimal salary,
            BigDecimal percent,
            BigDecimal raise) {}

    private final JdbcClient jdbc;
    private final SalaryAllocationRows allocation;
    private final SalaryRoundUnits units;

    SalaryRoundOrders(JdbcClient jdbc, SalaryAllocationRows allocation, SalaryRoundUnits units) {
        this.jdbc = jdbc;
        this.allocation = allocation;
        this.units = units;
    }

    /** The people raised at the round's schools. */
    List<Line> lines(long roundId) {
        return lines(roundId, "a.school_code, a.school_name", """
                personnel.salary_allocation a on a.round_id = r.round_id and a.school_id = r.school_id""");
    }

    /** The people raised in the office's units (school_code and school_name hold the unit's). */
    List<Line> unitLines(long roundId) {
        return lines(roundId, "a.unit_code as school_code, a.unit_name as school_name", """
                personnel.salary_unit_allocation a on a.round_id = r.round_id and a.unit_id = r.unit_id""");
    }

    private List<Line> lines(long roundId, String place, String placeJoin) {
        return jdbc.sql("""
                        select %s,
                               concat_ws(' ', nullif(p.title, ''), p.first_name_th, p.last_name_th) as name,
                               coalesce(e.salary_level, '') as salary_level, r.salary, r.percent, r.raise
                        from personnel.salary_result r
                        join %s
                        join registry.person_placement p on p.id = r.person_id
                        left join personnel.employment e on e.person_id = r.person_id
                        where r.round_id = :r and r.percent > 0
                        order by 1, p.first_name_th, p.last_name_th""".formatted(place, placeJoin))
                .param("r", roundId)
                .query(Line.class)
                .list();
    }

    private static List<List<Cell>> people(List<Line> lines) {
        List<List<Cell>> people = new ArrayList<>();
        int n = 0;
        for (Line l : lines) {
            people.add(List.of(
                    Cell.count(++n),
                    Cell.text(l.schoolCode()),
                    Cell.text(l.schoolName()),
                    Cell.text(l.name()),
                    Cell.text(l.salaryLevel()),
                    Cell.baht(l.salary()),
                    Cell.number(l.percent()),
                    Cell.baht(l.raise()),
                    Cell.baht(l.salary().add(l.raise()))));
        }
        return people;
    }

    /** A share in baht for a pool round (grouped as money is written), in people for a headcount round. */
    private static Cell share(SalaryRound round, BigDecimal share) {
        return round.headcount() ? Cell.number(share) : Cell.baht(share);
    }

    Report of(Area area, SalaryRound round, String language) {
        String day = BuddhistDates.full(round.roundDate());
        List<List<Cell>> people = people(lines(round.id()));
        List<List<Cell>> schools = new ArrayList<>();
        for (SalaryAllocationRows.Row r : allocation.of(round.id())) {
            schools.add(List.of(
                    Cell.text(r.schoolCode()),
                    Cell.text(r.schoolName()),
                    Cell.text(r.cluster()),
                    Cell.count(r.criterionTeachers()),
                    Cell.text(text(
                            r.colourGroup() == null
                                    ? "personnel.salary.group.none"
                                    : "personnel.salary.group." + r.colourGroup(),
                            language)),
                    share(round, r.baseShare()),
                    share(round, r.qualityShare()),
                    share(round, r.received())));
        }
        List<Report.Table> tables = new ArrayList<>(List.of(
                new Report.Table(
                        text("personnel.salary.orders.people", language),
                        peopleHeader(language, "orders.col.schoolCode", "orders.col.school"),
                        people),
                new Report.Table(
                        text("personnel.salary.orders.schools", language),
                        header(
                                language,
                                "orders.col.schoolCode",
                                "orders.col.school",
                                "orders.col.cluster",
                                "orders.col.teachers",
                                "orders.col.group",
                                "orders.col.base",
                                "orders.col.quality",
                                "orders.col.received"),
                        schools)));
        tables.addAll(unitTables(round, language));
        return new Report(
                text("personnel.salary.orders.title", language, day) + " " + area.nameTh(),
                text(
                        "personnel.salary.orders.subtitle",
                        language,
                        text("personnel.salary.state." + round.stateName(), language)),
                tables);
    }

    /** The people raised in the office's units and the units' allocation; none when no unit shares in the round. */
    private List<Report.Table> unitTables(SalaryRound round, String language) {
        List<SalaryRoundUnits.Row> rows = units.of(round.id());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Cell>> shares = new ArrayList<>();
        for (SalaryRoundUnits.Row u : rows) {
            shares.add(List.of(
                    Cell.text(u.unitCode()),
                    Cell.text(u.unitName()),
                    Cell.count(u.staff()),
                    share(round, u.baseShare()),
                    share(round, u.qualityShare()),
                    share(round, u.received())));
        }
        return List.of(
                new Report.Table(
                        text("personnel.salary.unit.ordersPeople", language),
                        peopleHeader(language, "unit.col.code", "unit.col.unit"),
                        people(unitLines(round.id()))),
                new Report.Table(
                        text("personnel.salary.unit.ordersUnits", language),
                        header(
                                language,
                                "unit.col.code",
                                "unit.col.unit",
                                "unit.col.staff",
                                "orders.col.base",
                                "orders.col.quality",
                                "orders.col.received"),
                        shares));
    }

    /** The columns of a table of people raised, the place (a school or a unit) named by {@code code} and {@code name}. */
    private static List<String> peopleHeader(String language, String code, String name) {
        return header(
                language,
                "orders.col.seq",
                code,
                name,
                "orders.col.name",
                "orders.col.level",
                "orders.col.salary",
                "orders.col.percent",
                "orders.col.raise",
                "orders.col.newSalary");
    }

    private static List<String> header(String language, String... columns) {
        List<String> header = new ArrayList<>();
        for (String c : columns) {
            header.add(text("personnel.salary." + c, language));
        }
        return header;
    }

    private static String text(String key, String language, Object... args) {
        return Texts.of(key, args).in(language);
    }
}

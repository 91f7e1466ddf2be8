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
 * as the pages.
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

    SalaryRoundOrders(JdbcClient jdbc, SalaryAllocationRows allocation) {
        this.jdbc = jdbc;
        this.allocation = allocation;
    }

    List<Line> lines(long roundId) {
        return jdbc.sql("""
                        select a.school_code, a.school_name,
                               concat_ws(' ', nullif(p.title, ''), p.first_name_th, p.last_name_th) as name,
                               coalesce(e.salary_level, '') as salary_level, r.salary, r.percent, r.raise
                        from personnel.salary_result r
                        join personnel.salary_allocation a on a.round_id = r.round_id and a.school_id = r.school_id
                        join registry.person_placement p on p.id = r.person_id
                        left join personnel.employment e on e.person_id = r.person_id
                        where r.round_id = :r and r.percent > 0
                        order by a.school_code, p.first_name_th, p.last_name_th""").param("r", roundId).query(Line.class).list();
    }

    /** A share in baht for a pool round (grouped as money is written), in people for a headcount round. */
    private static Cell share(SalaryRound round, BigDecimal share) {
        return round.headcount() ? Cell.number(share) : Cell.baht(share);
    }

    Report of(Area area, SalaryRound round, String language) {
        String day = BuddhistDates.full(round.roundDate());
        List<List<Cell>> people = new ArrayList<>();
        int n = 0;
        for (Line l : lines(round.id())) {
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
        return new Report(
                text("personnel.salary.orders.title", language, day) + " " + area.nameTh(),
                text(
                        "personnel.salary.orders.subtitle",
                        language,
                        text("personnel.salary.state." + round.stateName(), language)),
                List.of(
                        new Report.Table(
                                text("personnel.salary.orders.people", language),
                                header(
                                        language,
                                        "seq",
                                        "schoolCode",
                                        "school",
                                        "name",
                                        "level",
                                        "salary",
                                        "percent",
                                        "raise",
                                        "newSalary"),
                                people),
                        new Report.Table(
                                text("personnel.salary.orders.schools", language),
                                header(
                                        language,
                                        "schoolCode",
                                        "school",
                                        "cluster",
                                        "teachers",
                                        "group",
                                        "base",
                                        "quality",
                                        "received"),
                                schools)));
    }

    private static List<String> header(String language, String... columns) {
        List<String> header = new ArrayList<>();
        for (String c : columns) {
            header.add(text("personnel.salary.orders.col." + c, language));
        }
        return header;
    }

    private static String text(String key, String language, Object... args) {
        return Texts.of(key, args).in(language);
    }
}

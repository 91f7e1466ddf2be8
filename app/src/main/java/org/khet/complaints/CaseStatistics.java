package org.khet.complaints;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaint figures of an area for a fiscal year (October to September, as ITA asks): counts by month, category,
 * channel, unit and outcome, the cases still open and overdue, and the days taken to close. Never a subject, a
 * detail or a complainant: the same figures serve the public summary.
 */
@Component
class CaseStatistics {

    /** One received case, reduced to what the figures need. */
    private record Row(
            String category,
            String channel,
            CaseStatus status,
            String unit,
            LocalDate received,
            LocalDate closed,
            String outcome,
            LocalDate due) {}

    /** The figures; maps keep a fixed order (months from October, categories as the form lists them). */
    record Figures(
            FiscalYear year,
            int received,
            int closed,
            int open,
            int overdue,
            Double meanDaysToClose,
            Integer medianDaysToClose,
            Map<Integer, int[]> byMonth,
            Map<String, Integer> byCategory,
            Map<String, Integer> byChannel,
            Map<String, Integer> byUnit,
            Map<String, Integer> byOutcome) {}

    /** The statuses a closed case's outcome is counted by: the last of them it took. */
    private static final String[] OUTCOMES = {
        StepKind.RESOLVED.name(), StepKind.NOT_OURS.name(), StepKind.FORWARDED.name()
    };

    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Figures of(long areaId, FiscalYear year, LocalDate today) {
        List<Row> rows = jdbc.sql("""
                        select c.category, c.channel, c.status, u.name_th as unit,
                               (c.received_at at time zone 'Asia/Bangkok')::date as received,
                               (select max(s.at at time zone 'Asia/Bangkok')::date from complaints.complaint_step s
                                where s.complaint_id = c.id and s.step = :closed) as closed,
                               (select s.step from complaints.complaint_step s where s.complaint_id = c.id
                                  and s.step = any(:outcomes) order by s.at desc, s.id desc limit 1) as outcome,
                               c.due_on
                        from complaints.complaint c left join registry.unit_summary u on u.id = c.unit_id
                        where c.area_id = :a and (c.received_at at time zone 'Asia/Bangkok')::date between :from and :to""")
                .param("a", areaId)
                .param("closed", StepKind.CLOSED.name())
                .param("outcomes", OUTCOMES)
                .param("from", year.start())
                .param("to", year.end())
                .query((rs, n) -> new Row(
                        rs.getString("category"),
                        rs.getString("channel"),
                        CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("unit"),
                        rs.getObject("received", LocalDate.class),
                        rs.getObject("closed", LocalDate.class),
                        rs.getString("outcome"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
        Map<Integer, int[]> byMonth = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            byMonth.put(year.start().plusMonths(i).getMonthValue(), new int[2]);
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.name(), 0);
        }
        Map<String, Integer> byChannel = new TreeMap<>();
        Map<String, Integer> byUnit = new TreeMap<>();
        Map<String, Integer> byOutcome = new TreeMap<>();
        List<Long> days = new ArrayList<>();
        int closed = 0;
        int overdue = 0;
        for (Row r : rows) {
            byMonth.get(r.received().getMonthValue())[0]++;
            byCategory.merge(r.category(), 1, Integer::sum);
            byChannel.merge(r.channel(), 1, Integer::sum);
            if (r.unit() != null) {
                byUnit.merge(r.unit(), 1, Integer::sum);
            }
            if (r.status() == CaseStatus.CLOSED && r.closed() != null) {
                closed++;
                days.add(ChronoUnit.DAYS.between(r.received(), r.closed()));
                byOutcome.merge(r.outcome() == null ? CaseStatus.CLOSED.name() : r.outcome(), 1, Integer::sum);
                int[] month = byMonth.get(r.closed().getMonthValue());
                if (month != null && year.contains(r.closed())) {
                    month[1]++;
                }
            } else if (r.due() != null && r.due().isBefore(today)) {
                overdue++;
            }
        }
        days.sort(null);
        Double mean = days.isEmpty()
                ? null
                : days.stream().mapToLong(Long::longValue).average().orElse(0);
        Integer median = days.isEmpty() ? null : days.get(days.size() / 2).intValue();
        return new Figures(
                year,
                rows.size(),
                closed,
                rows.size() - closed,
                overdue,
                mean,
                median,
                byMonth,
                byCategory,
                byChannel,
                byUnit,
                byOutcome);
    }
}

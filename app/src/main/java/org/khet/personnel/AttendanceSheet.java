package org.khet.personnel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.calendar.OfficeCalendar;
import org.khet.platform.KhetUser;
import org.khet.registry.Unit;
import org.khet.registry.Units;
import org.khet.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The day's sheet of the office's staff for a group head (their unit) or the personnel group (every unit): each
 * person present (with times, late or not), on approved leave, on approved official travel (as the one who asked
 * or a companion), or absent — so no one on leave or travel is counted absent. A day the area's calendar does not
 * work has no sheet. The month's summary counts the same per person over the working days up to today.
 */
@Component
class AttendanceSheet {

    enum Status {
        PRESENT,
        LEAVE,
        TRAVEL,
        ABSENT
    }

    /** One person's line; the leave's type is never shown (it may reveal health or religion). */
    record Row(
            long personId,
            String name,
            String position,
            long unitId,
            String unitName,
            OffsetDateTime signedInAt,
            OffsetDateTime signedOutAt,
            boolean late,
            boolean onLeave,
            boolean onTravel) {

        public String in() {
            return Attendance.clock(signedInAt);
        }

        public String out() {
            return Attendance.clock(signedOutAt);
        }

        /** Signed in beats everything (one came in after all); then leave, then travel; else absent. */
        public Status status() {
            if (signedInAt != null) {
                return Status.PRESENT;
            }
            return onLeave ? Status.LEAVE : onTravel ? Status.TRAVEL : Status.ABSENT;
        }
    }

    /** A day's sheet; {@code workingDay} false and no rows on a day the office does not work. */
    record Sheet(LocalDate day, boolean workingDay, List<Row> rows) {

        public long count(String status) {
            return rows.stream().filter(r -> r.status().name().equals(status)).count();
        }

        public long late() {
            return rows.stream().filter(Row::late).count();
        }
    }

    /** A person's month: working days counted, and how many of each. */
    record Summary(
            long personId,
            String name,
            String unitName,
            int workingDays,
            int present,
            int late,
            int leave,
            int travel,
            int absent) {}

    private static final String DAY = """
            select pp.id as person_id, coalesce(pp.title, '') || pp.first_name_th || ' ' || pp.last_name_th as name,
                   coalesce(pp.position_th, '') as position, pp.unit_id, coalesce(pp.unit_name_th, '') as unit_name,
                   a.signed_in_at, a.signed_out_at, coalesce(a.late, false) as late,
                   exists (select 1 from personnel.leave_request l where l.person_id = pp.id
                           and l.status in ('APPROVED', 'CANCEL_REQUESTED')
                           and cast(:d as date) between l.first_day and l.last_day) as on_leave,
                   exists (select 1 from personnel.travel_request t where t.status = 'APPROVED'
                           and cast(:d as date) between t.first_day and t.last_day
                           and (t.person_id = pp.id or exists (select 1 from personnel.travel_companion c
                                where c.request_id = t.id and c.person_id = pp.id))) as on_travel
            from registry.person_placement pp
            left join personnel.attendance a on a.person_id = pp.id and a.day = :d
            where pp.area_id = :area and pp.active and pp.unit_id = any(:units)
            order by pp.unit_name_th, pp.first_name_th, pp.last_name_th, pp.id""";

    private final JdbcClient jdbc;
    private final Units units;
    private final PersonnelAccess personnel;
    private final OfficeCalendar calendar;

    AttendanceSheet(JdbcClient jdbc, Units units, PersonnelAccess personnel, OfficeCalendar calendar) {
        this.jdbc = jdbc;
        this.units = units;
        this.personnel = personnel;
        this.calendar = calendar;
    }

    /** The units whose sheet the user sees: every unit for the personnel group, else the units they head. */
    List<Unit> unitsSeen(KhetUser user, long areaId) {
        boolean all = personnel.manages(user, areaId);
        return units.inArea(areaId).stream()
                .filter(u -> all
                        || units.headsOf(u.id()).stream().anyMatch(h -> h.userId() != null && h.userId() == user.id()))
                .toList();
    }

    /** The day's sheet of {@code unitId} (null: every unit the user sees). */
    Sheet day(KhetUser user, long areaId, Long unitId, LocalDate day) {
        Long[] seen = seen(user, areaId, unitId);
        if (!calendar.isWorkingDay(areaId, day)) {
            return new Sheet(day, false, List.of());
        }
        return new Sheet(day, true, rows(areaId, seen, day));
    }

    /** Each person's month up to {@code today}, over the working days of the area's calendar. */
    List<Summary> month(KhetUser user, long areaId, Long unitId, YearMonth month, LocalDate today) {
        Long[] seen = seen(user, areaId, unitId);
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Row> people = new LinkedHashMap<>();
        int working = 0;
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()) && !d.isAfter(today); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(areaId, d)) {
                continue;
            }
            working++;
            for (Row r : rows(areaId, seen, d)) {
                people.putIfAbsent(r.personId(), r);
                int[] c = counts.computeIfAbsent(r.personId(), k -> new int[5]);
                c[r.status().ordinal()]++;
                if (r.late()) {
                    c[4]++;
                }
            }
        }
        List<Summary> out = new ArrayList<>();
        for (var e : people.entrySet()) {
            int[] c = counts.get(e.getKey());
            Row r = e.getValue();
            out.add(new Summary(r.personId(), r.name(), r.unitName(), working, c[0], c[4], c[1], c[2], c[3]));
        }
        return out;
    }

    private Long[] seen(KhetUser user, long areaId, Long unitId) {
        Long[] seen = unitsSeen(user, areaId).stream()
                .map(Unit::id)
                .filter(id -> unitId == null || id.equals(unitId))
                .toArray(Long[]::new);
        if (seen.length == 0) {
            throw new ForbiddenException("read the attendance sheet");
        }
        return seen;
    }

    private List<Row> rows(long areaId, Long[] seen, LocalDate day) {
        return jdbc.sql(DAY)
                .param("d", day)
                .param("area", areaId)
                .param("units", seen)
                .query(Row.class)
                .list();
    }
}

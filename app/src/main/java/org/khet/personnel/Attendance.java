package org.khet.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.khet.calendar.OfficeCalendar;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Person;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's own staff sign in and out for the day (ลงเวลาปฏิบัติราชการ): once each, at the server's time in
 * Thailand, on a working day of the area's calendar; a sign-in after the rule's time is late.
 */
@Component
class Attendance {

    /** The person's row of a day; {@code signedOutAt} null until they sign out. */
    record Day(LocalDate day, OffsetDateTime signedInAt, boolean late, OffsetDateTime signedOutAt) {

        public String in() {
            return clock(signedInAt);
        }

        public String out() {
            return clock(signedOutAt);
        }
    }

    private final JdbcClient jdbc;
    private final LeaveAccess access;
    private final AttendanceRules rules;
    private final OfficeCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Attendance(
            JdbcClient jdbc,
            LeaveAccess access,
            AttendanceRules rules,
            OfficeCalendar calendar,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A time of day as the office's clock shows it (HH:mm, Thailand); empty for none. */
    static String clock(OffsetDateTime at) {
        return at == null
                ? ""
                : at.atZoneSameInstant(OfficeTime.THAILAND)
                        .toLocalTime()
                        .toString()
                        .substring(0, 5);
    }

    ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(OfficeTime.THAILAND));
    }

    /** The office person behind the user; school staff sign in at their school, not here. */
    Person officePerson(KhetUser user) {
        Person p = access.applicant(user);
        if (p.unitId() == null) {
            throw RejectedException.of("person", Texts.of("personnel.attendance.notOffice"));
        }
        return p;
    }

    /** The user's row of today, if they signed in. */
    Optional<Day> today(Person p) {
        return jdbc.sql("select day, signed_in_at, late, signed_out_at from personnel.attendance"
                        + " where person_id = :p and day = :d")
                .param("p", p.id())
                .param("d", now().toLocalDate())
                .query(Day.class)
                .optional();
    }

    /** Whether today is a working day of the person's area (no sheet otherwise). */
    boolean workingToday(Person p) {
        return calendar.isWorkingDay(p.areaId(), now().toLocalDate());
    }

    @Transactional
    Day signIn(KhetUser user) {
        Person p = officePerson(user);
        ZonedDateTime now = now();
        LocalDate day = now.toLocalDate();
        if (!calendar.isWorkingDay(p.areaId(), day)) {
            throw RejectedException.of("day", Texts.of("personnel.attendance.notWorkingDay"));
        }
        boolean late = rules.lateAfter(p.areaId(), day)
                .map(t -> AttendanceRules.late(now.toLocalTime(), t))
                .orElse(false);
        int added = jdbc.sql("""
                        insert into personnel.attendance (area_id, person_id, day, signed_in_at, late)
                        values (:a, :p, :d, :at, :late) on conflict (person_id, day) do nothing""")
                .param("a", p.areaId())
                .param("p", p.id())
                .param("d", day)
                .param("at", now.toOffsetDateTime())
                .param("late", late)
                .update();
        if (added == 0) {
            throw RejectedException.of("day", Texts.of("personnel.attendance.signedInAlready"));
        }
        audit.changed(p.areaId(), "SIGN_IN", "attendance", p.id(), null, Map.of("day", day.toString()));
        return today(p).orElseThrow();
    }

    @Transactional
    Day signOut(KhetUser user) {
        Person p = officePerson(user);
        ZonedDateTime now = now();
        int changed = jdbc.sql("""
                        update personnel.attendance set signed_out_at = :at
                        where person_id = :p and day = :d and signed_out_at is null""")
                .param("at", now.toOffsetDateTime())
                .param("p", p.id())
                .param("d", now.toLocalDate())
                .update();
        if (changed == 0) {
            throw RejectedException.of(
                    "day",
                    Texts.of(
                            today(p).isPresent()
                                    ? "personnel.attendance.signedOutAlready"
                                    : "personnel.attendance.notSignedIn"));
        }
        audit.changed(
                p.areaId(),
                "SIGN_OUT",
                "attendance",
                p.id(),
                null,
                Map.of("day", now.toLocalDate().toString()));
        return today(p).orElseThrow();
    }
}

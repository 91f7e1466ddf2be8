package org.khet.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registers of each organisation: numbers taken one after another in each register and calendar year, never
 * twice and never skipped, also when two instances of Khet register at the same moment. A number is taken by
 * updating the register's counter row, whose lock the registering transaction holds until it ends; so the next
 * registration waits for it, and a registration that fails gives its number back with everything else it did.
 * Registration is dated today (Thailand): a register whose last row is dated later than today refuses, so numbers
 * and dates always run the same way.
 */
@Component
class Registers {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    /** What a row records of the letter it numbers, in the regulation's columns. */
    record Row(
            long letterId,
            String letterNumber,
            LocalDate dated,
            String fromName,
            String toName,
            String subject,
            Secrecy secrecy,
            String action,
            String remarks) {}

    /** A number as given: which register and year (Buddhist Era), the sequence and the full text. */
    record Numbered(long entryId, Register register, int year, int sequence, String number, LocalDate registeredOn) {}

    /** A register row as the register shows it. */
    record Entry(
            long id,
            int sequence,
            String number,
            LocalDate registeredOn,
            java.time.Instant registeredAt,
            long letterId,
            String letterNumber,
            LocalDate dated,
            String fromName,
            String toName,
            String subject,
            Secrecy secrecy,
            String action,
            String remarks,
            java.time.Instant cancelledAt,
            String cancelledReason) {

        boolean cancelled() {
            return cancelledAt != null;
        }

        String status() {
            return cancelled() ? "CANCELLED" : "REGISTERED";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Registers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(THAILAND));
    }

    /** The time now in Thailand, as registration stamps it. */
    java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock.withZone(THAILAND));
    }

    static int buddhistYear(LocalDate day) {
        return day.getYear() + 543;
    }

    /**
     * Gives {@code row} the next number of {@code org}'s {@code register} for this year, within the caller's
     * transaction (whose end releases the register for the next one).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Numbered register(Organisation org, Register register, Row row, KhetUser by) {
        LocalDate today = today();
        int year = buddhistYear(today);
        int sequence = jdbc.sql("""
                        insert into correspondence.register_counter (area_id, school_id, register, year, last)
                        values (:area, :school, :register, :year, 1)
                        on conflict on constraint register_counter_key
                        do update set last = correspondence.register_counter.last + 1
                        returning last""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("register", register.name())
                .param("year", year)
                .query(Integer.class)
                .single();
        refuseBackDating(org, register, year, today);
        String number = register.number(org.prefix(), year, sequence);
        long id = jdbc.sql("""
                        insert into correspondence.register_entry (area_id, school_id, register, year, sequence, number,
                            registered_on, registered_by, letter_id, letter_number, dated, from_name, to_name, subject,
                            secrecy, action, remarks)
                        values (:area, :school, :register, :year, :sequence, :number, :on, :by, :letter, :letterNumber,
                            :dated, :from, :to, :subject, :secrecy, :action, :remarks)
                        returning id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("register", register.name())
                .param("year", year)
                .param("sequence", sequence)
                .param("number", number)
                .param("on", today)
                .param("by", by.id())
                .param("letter", row.letterId())
                .param("letterNumber", row.letterNumber() == null ? number : row.letterNumber())
                .param("dated", row.dated() == null ? today : row.dated())
                .param("from", row.fromName())
                .param("to", row.toName())
                .param("subject", row.subject())
                .param("secrecy", row.secrecy().name())
                .param("action", row.action() == null ? "" : row.action())
                .param("remarks", row.remarks() == null ? "" : row.remarks())
                .query(Long.class)
                .single();
        return new Numbered(id, register, year, sequence, number, today);
    }

    /** Checked after the counter's lock is held, so no registration of the same register runs between. */
    private void refuseBackDating(Organisation org, Register register, int year, LocalDate today) {
        LocalDate last = jdbc.sql("""
                        select max(registered_on) from correspondence.register_entry
                        where %s and register = :register and year = :year""".formatted(org.rows("")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("register", register.name())
                .param("year", year)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        if (last != null && last.isAfter(today)) {
            throw RejectedException.of("registeredOn", Texts.of("correspondence.backDated", last, today));
        }
    }

    /** The rows of {@code org}'s {@code register} in {@code year} (Buddhist Era), cancelled ones included, in order. */
    List<Entry> rows(Organisation org, Register register, int year) {
        return jdbc.sql("""
                        select id, sequence, number, registered_on, registered_at, letter_id, letter_number, dated,
                               from_name, to_name, subject, secrecy, action, remarks, cancelled_at, cancelled_reason
                        from correspondence.register_entry
                        where %s and register = :register and year = :year
                        order by sequence""".formatted(org.rows("")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("register", register.name())
                .param("year", year)
                .query(Entry.class)
                .list();
    }

    /**
     * Cancels a number: the row stays in the register, marked cancelled with {@code reason}, and the number is never
     * given again.
     */
    @Transactional
    void cancel(Organisation org, long entryId, String reason, KhetUser by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new RejectedException(
                    Texts.of("correspondence.cancel.reason"),
                    List.of(new FieldError(0, "reason", Texts.of("correspondence.cancel.reason"))));
        }
        int changed = jdbc.sql("""
                        update correspondence.register_entry
                        set cancelled_at = now(), cancelled_by = :by, cancelled_reason = :reason
                        where id = :id and area_id = :area and school_id is not distinct from :school
                          and cancelled_at is null""")
                .param("by", by.id())
                .param("reason", why)
                .param("id", entryId)
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .update();
        if (changed == 0) {
            boolean exists = jdbc.sql("""
                            select count(*) > 0 from correspondence.register_entry
                            where id = :id and area_id = :area and school_id is not distinct from :school""")
                    .param("id", entryId)
                    .param("area", org.areaId())
                    .param("school", org.schoolId())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                throw new NotFoundException("register entry");
            }
            throw new ConflictException(new FieldError(0, "reason", Texts.of("correspondence.cancel.already")));
        }
    }
}

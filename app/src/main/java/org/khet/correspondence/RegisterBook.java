package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.thai.BuddhistDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A register as its reader sees it, on the page and on paper: the rows of a period in the regulation's columns,
 * dates in the reader's language (Buddhist Era in Thai), a secret letter's subject only for the one who directs the
 * organisation, and a cancelled row kept with its reason.
 */
@Component
class RegisterBook {

    /** One row as shown; {@code subject} is what the reader may read (a secret one replaced by its class). */
    record Line(
            long id,
            int sequence,
            String number,
            LocalDate day,
            String registeredOn,
            String letterNumber,
            String dated,
            String from,
            String to,
            String subject,
            boolean hidden,
            String action,
            String remarks,
            boolean cancelled,
            String cancelledReason) {}

    private final Registers registers;
    private final JdbcClient jdbc;

    RegisterBook(Registers registers, JdbcClient jdbc) {
        this.registers = registers;
        this.jdbc = jdbc;
    }

    /** The rows of {@code org}'s {@code register} registered within {@code period}, as {@code reader} may see them. */
    List<Line> lines(Organisation org, Register register, RegisterPeriod period, KhetUser reader) {
        boolean secrets = Organisations.directs(reader, org);
        String language = reader.language();
        return registers.rows(org, register, period.year()).stream()
                .filter(e -> period.holds(e.registeredOn()))
                .map(e -> line(e, secrets, language))
                .toList();
    }

    /** The years {@code org} has registered in, with this year and the one {@code shown}, newest first. */
    List<Integer> years(Organisation org, int shown) {
        List<Integer> kept = jdbc.sql("""
                        select distinct year from correspondence.register_counter
                        where area_id = :area and school_id is not distinct from :school""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(Integer.class)
                .list();
        return Stream.concat(kept.stream(), Stream.of(thisYear(), shown))
                .distinct()
                .sorted((a, b) -> b - a)
                .toList();
    }

    int thisYear() {
        return Registers.buddhistYear(registers.today());
    }

    LocalDate today() {
        return registers.today();
    }

    private static Line line(Registers.Entry e, boolean secrets, String language) {
        boolean hidden = e.secrecy().secret() && !secrets;
        return new Line(
                e.id(),
                e.sequence(),
                e.number(),
                e.registeredOn(),
                date(e.registeredOn(), language),
                e.letterNumber(),
                date(e.dated(), language),
                e.fromName(),
                e.toName(),
                hidden
                        ? Texts.of(
                                        "correspondence.registers.secret",
                                        e.secrecy().label().th(),
                                        e.secrecy().label().en())
                                .in(language)
                        : e.subject(),
                hidden,
                e.action(),
                e.remarks(),
                e.cancelled(),
                e.cancelledReason());
    }

    /** A day as a register's heading gives it: "6 ธันวาคม 2569" in Thai, "6 December 2026" in English. */
    static String day(LocalDate day, String language) {
        return "en".equals(language)
                ? day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : BuddhistDates.full(day);
    }

    /** A date as the reader writes it: "6 ธ.ค. 2569" in Thai, "6 Dec 2026" in English. */
    static String date(LocalDate day, String language) {
        if (day == null) {
            return "";
        }
        return "en".equals(language)
                ? day.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH))
                : BuddhistDates.abbreviated(day);
    }
}

package org.khet.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover of an organisation's twenty-year records to the National Archives after a year end: the day, the
 * covering letter's number and who received them, with every row of the transfer list as it stood, once per year
 * end. A row handed over leaves the lists of every later year end.
 */
@Component
class ArchiveTransfers {

    /** A handover as recorded. */
    record Handover(long id, int yearEnd, LocalDate handedOn, String coveringNumber, String receivedBy, int rows) {}

    private final JdbcClient jdbc;
    private final DestructionLists lists;
    private final Registers registers;
    private final AuditLog audit;

    ArchiveTransfers(JdbcClient jdbc, DestructionLists lists, Registers registers, AuditLog audit) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.registers = registers;
        this.audit = audit;
    }

    /** The refusal of a handover day outside the days after {@code yearEnd} up to today. */
    static RejectedException wrongDay(int yearEnd) {
        LocalDate first = firstDayAfter(yearEnd);
        return RejectedException.of(
                "handedOn",
                Texts.of("correspondence.archives.day", RegisterBook.day(first, "th"), RegisterBook.day(first, "en")));
    }

    private static LocalDate firstDayAfter(int yearEnd) {
        return LocalDate.of(yearEnd - 543 + 1, 1, 1);
    }

    /** {@code org}'s handover after the end of {@code yearEnd}, if recorded. */
    Optional<Handover> of(Organisation org, int yearEnd) {
        return jdbc.sql("""
                        select t.id, t.year_end, t.handed_on, t.covering_number, t.received_by,
                               (select count(*) from correspondence.archive_transfer_entry x
                                where x.transfer_id = t.id) as rows
                        from correspondence.archive_transfer t
                        where %s and t.year_end = :yearEnd""".formatted(org.rows("t")))
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", yearEnd)
                .query(Handover.class)
                .optional();
    }

    /**
     * Records that {@code org} handed the transfer list of {@code yearEnd} to the archives on {@code handedOn}
     * (after the year end, not in the future), received by {@code receivedBy}. Refused, changing nothing, when the
     * list is empty, the day or the receiver is wrong, or the handover is already recorded.
     */
    @Transactional
    Handover record(
            Organisation org, int yearEnd, LocalDate handedOn, String coveringNumber, String receivedBy, KhetUser by) {
        if (!Organisations.actsFor(by, org)) {
            throw new ForbiddenException("hand over records");
        }
        if (handedOn == null || handedOn.isBefore(firstDayAfter(yearEnd)) || handedOn.isAfter(registers.today())) {
            throw wrongDay(yearEnd);
        }
        if (receivedBy == null || receivedBy.isBlank()) {
            throw RejectedException.of("receivedBy", Texts.of("correspondence.archives.receiver"));
        }
        of(org, yearEnd).ifPresent(h -> {
            throw new ConflictException(new FieldError(
                    0,
                    "yearEnd",
                    Texts.of(
                            "correspondence.archives.twice",
                            String.valueOf(yearEnd),
                            RegisterBook.day(h.handedOn(), "th"),
                            RegisterBook.day(h.handedOn(), "en"))));
        });
        List<Long> rows = lists.transfer(org, yearEnd).stream()
                .map(DestructionLists.Row::entryId)
                .toList();
        if (rows.isEmpty()) {
            throw RejectedException.of("yearEnd", Texts.of("correspondence.archives.empty", String.valueOf(yearEnd)));
        }
        long id = jdbc.sql("""
                        insert into correspondence.archive_transfer
                            (area_id, school_id, year_end, handed_on, covering_number, received_by, saved_by)
                        values (:area, :school, :yearEnd, :handedOn, :covering, :receiver, :by)
                        returning id""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .param("yearEnd", yearEnd)
                .param("handedOn", handedOn)
                .param("covering", coveringNumber == null ? "" : coveringNumber.strip())
                .param("receiver", receivedBy.strip())
                .param("by", by.id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into correspondence.archive_transfer_entry (entry_id, transfer_id)
                        select unnest(cast(:rows as bigint[])), :id""").param("rows", rows.toArray(Long[]::new)).param("id", id).update();
        audit.changed(
                org.areaId(),
                "ARCHIVE_TRANSFER_RECORDED",
                "archive_transfer",
                id,
                null,
                Map.of(
                        "yearEnd", yearEnd,
                        "handedOn", handedOn.toString(),
                        "receivedBy", receivedBy.strip(),
                        "rows", rows.size()));
        return of(org, yearEnd).orElseThrow();
    }
}

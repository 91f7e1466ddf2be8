package org.khet.personnel.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.registry.PersonMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A person's date at the current school ({@code employment.at_school_since}, from which the transfer rule counts the
 * minimum months) starts again whenever they move to another school: by a transfer or a swap (on its effective day)
 * and by an ordinary change of the registry (the person's form or the people import; registry {@link PersonMoved}),
 * on the day the event names or else today in the office's time. A date the move's editor gave by hand within
 * {@link #SAME_CHANGE} before (the personnel record's form changing it, or an import row filling the column: {@code
 * at_school_since_given_at/_by}) is theirs and stays; their other changes of the record (a salary) do not count. Setting the date it
 * already holds changes nothing, so a transfer's own setting and the event it publishes agree. A move to a unit of
 * the office, or of a person with no personnel record, leaves nothing to set. Audited with the editor as actor.
 */
@Component
class AtSchoolSince {

    /** How recent a date given by hand is taken as part of the move itself. */
    static final java.time.Duration SAME_CHANGE = java.time.Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AtSchoolSince(JdbcClient jdbc, Accounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonMoved moved) {
        if (moved.toSchool() == null || (moved.movedOn() == null && enteredWithTheMove(moved))) {
            return;
        }
        LocalDate day = moved.movedOn() != null ? moved.movedOn() : OfficeTime.today(clock);
        KhetUser editor = Optional.ofNullable(moved.editor())
                .flatMap(accounts::byId)
                .map(accounts::signedIn)
                .orElse(null);
        set(moved.person(), moved.area(), moved.toSchool(), day, editor);
    }

    /**
     * Starts the person's time at the school {@code schoolId} on {@code day}, audited; false when they have no record
     * or it holds that day already.
     */
    boolean set(long personId, long areaId, long schoolId, LocalDate day, KhetUser by) {
        Optional<Optional<LocalDate>> before = jdbc.sql(
                        "select at_school_since from personnel.employment where person_id = :p for update")
                .param("p", personId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional();
        if (before.isEmpty() || before.get().filter(day::equals).isPresent()) {
            return false;
        }
        jdbc.sql("""
                        update personnel.employment set at_school_since = :d, updated_at = now(), updated_by = :by,
                            version = version + 1 where person_id = :p""")
                .param("d", day)
                .param("by", by == null ? null : by.id())
                .param("p", personId)
                .update();
        audit.changedBy(
                by,
                areaId,
                "UPDATE",
                "employment",
                personId,
                before.get().map(d -> Map.of("at_school_since", d.toString())).orElse(null),
                Map.of("at_school_since", day.toString(), "school_id", schoolId));
        return true;
    }

    /**
     * Whether the move's editor gave the person's date at the school by hand just now, with the move (the import row
     * that moved them, or the personnel record's form): then it is theirs and stays.
     */
    private boolean enteredWithTheMove(PersonMoved moved) {
        return moved.editor() != null
                && jdbc.sql("""
                        select coalesce(at_school_since_given_by = :by
                                        and at_school_since_given_at > now() - cast(:window as interval), false)
                        from personnel.employment where person_id = :p""")
                        .param("p", moved.person())
                        .param("by", moved.editor())
                        .param("window", SAME_CHANGE.toMinutes() + " minutes")
                        .query(Boolean.class)
                        .optional()
                        .orElse(false);
    }
}

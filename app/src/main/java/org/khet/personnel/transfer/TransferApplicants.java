package org.khet.personnel.transfer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.PersonAccounts;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may ask to move: a government teacher (registry position TEACHER or ASSISTANT_TEACHER, personnel employment
 * type GOVERNMENT) at a school, whose record holds the date at the current school and who has been there at least the
 * rule's minimum months on the day that counts (a round's closing day, a swap's filing day). A teacher with no
 * record, or a record without the date, is refused with a reason saying so: the personnel group enters the date on
 * the record first, so that the rule is never waived silently.
 */
@Component
class TransferApplicants {

    /** The facts of a person the transfer rules read; names only, never a national ID. */
    record Applicant(
            long personId,
            long areaId,
            Long schoolId,
            String schoolName,
            String firstNameTh,
            String lastNameTh,
            String positionCode,
            boolean active,
            String employmentType,
            LocalDate atSchoolSince,
            LocalDate appointedOn) {

        String name() {
            return firstNameTh + " " + lastNameTh;
        }
    }

    private final JdbcClient jdbc;
    private final PersonAccounts accounts;

    TransferApplicants(JdbcClient jdbc, PersonAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The person behind the signed-in account, if linked to one. */
    Optional<Applicant> of(KhetUser user) {
        return accounts.personOf(user.id()).flatMap(this::byId);
    }

    Optional<Applicant> byId(long personId) {
        return jdbc.sql("""
                        select pp.id as person_id, pp.area_id, pp.school_id, pp.school_name_th as school_name,
                               pp.first_name_th, pp.last_name_th, pp.position_code, pp.active, e.employment_type,
                               e.at_school_since, e.appointed_on
                        from registry.person_placement pp
                        left join personnel.employment e on e.person_id = pp.id
                        where pp.id = :id""").param("id", personId).query(Applicant.class).optional();
    }

    /** The signed-in person, or a refusal saying the account is linked to nobody. */
    Applicant require(KhetUser user) {
        return of(user).orElseThrow(() -> RejectedException.of("person", Texts.of("personnel.transfer.noPerson")));
    }

    /** Refuses, with a bilingual reason, a person the rules do not let ask to move counting time up to {@code day}. */
    void checkMayMove(Applicant a, int minMonths, LocalDate day) {
        boolean teacher = "TEACHER".equals(a.positionCode()) || "ASSISTANT_TEACHER".equals(a.positionCode());
        if (!a.active() || a.schoolId() == null || !teacher) {
            throw RejectedException.of("person", Texts.of("personnel.transfer.notTeacher", a.name()));
        }
        if (a.employmentType() != null && !"GOVERNMENT".equals(a.employmentType())) {
            throw RejectedException.of("person", Texts.of("personnel.transfer.notGovernment", a.name()));
        }
        if (movePending(a.personId())) {
            // a decided move waits for its day: another move now would be undone or doubled on that day
            throw RejectedException.of("person", Texts.of("personnel.transfer.movePending", a.name()));
        }
        if (a.atSchoolSince() == null) {
            throw RejectedException.of("atSchoolSince", Texts.of("personnel.transfer.noAtSchoolSince", a.name()));
        }
        long months = ChronoUnit.MONTHS.between(a.atSchoolSince(), day);
        if (months < minMonths) {
            throw RejectedException.of(
                    "atSchoolSince",
                    Texts.of(
                            "personnel.transfer.tooSoon",
                            a.name(),
                            String.valueOf(Math.max(months, 0)),
                            String.valueOf(minMonths)));
        }
    }

    /** Whether a decided transfer of the person waits for its effective day. */
    private boolean movePending(long personId) {
        return jdbc.sql("select exists (select 1 " + TransferMoves.WAITING + " and r.person_id = :p)")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }
}

package org.khet.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.PersonAccounts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personnel records, read and changed under {@link PersonnelAccess}: the person reads their own; the personnel group
 * and the area director read and change the area's; a school director reads their school's. Anyone else is told the
 * record does not exist. Every read by someone other than the person is audited, and so is every change, before and
 * after.
 */
@Component
class Employments {

    /** A person's record as one reader may see it. */
    record Viewed(Person person, Employment employment, boolean own, boolean edits) {}

    private final JdbcClient jdbc;
    private final People people;
    private final PersonAccounts accounts;
    private final PersonnelAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Employments(
            JdbcClient jdbc,
            People people,
            PersonAccounts accounts,
            PersonnelAccess access,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record of {@code personId} for {@code user}, the read audited unless it is their own. */
    @Transactional
    Viewed read(long personId, KhetUser user) {
        Viewed viewed = allowed(personId, user);
        if (!viewed.own()) {
            audit.viewed(viewed.person().areaId(), "employment", personId, "record");
        }
        return viewed;
    }

    /** The record of {@code personId} and what {@code user} may do with it; not found for one who may not read it. */
    Viewed allowed(long personId, KhetUser user) {
        Person person = jdbc.sql("select area_id from registry.person_placement where id = :id")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .flatMap(area -> people.inArea(personId, area))
                .orElseThrow(() -> new NotFoundException("person"));
        boolean own = accounts.personOf(user.id()).map(p -> p == personId).orElse(false);
        boolean edits = access.manages(user, person.areaId());
        boolean reads = own
                || edits
                || (person.schoolId() != null && access.readsSchool(user, person.areaId(), person.schoolId()));
        if (!reads) {
            throw new NotFoundException("person");
        }
        return new Viewed(person, of(personId).orElse(Employment.none(personId)), own, edits);
    }

    Optional<Employment> of(long personId) {
        return jdbc.sql("""
                        select person_id, birth_date, appointed_on, at_school_since, position_number, salary,
                               salary_level, standing_since, employment_type, version
                        from personnel.employment where person_id = :id""").param("id", personId).query(Employment.class).optional();
    }

    /** Saves the record as the form gives it; {@code version} is the one the form was read at. */
    @Transactional
    Employment save(Employment form, KhetUser user) {
        Viewed viewed = allowed(form.personId(), user);
        if (!viewed.edits()) {
            throw new NotFoundException("person");
        }
        check(form);
        Employment before = viewed.employment();
        if (before.version() != form.version()) {
            throw new ConflictException();
        }
        ensure(form.personId(), user);
        jdbc.sql("""
                        update personnel.employment set birth_date = :birth, appointed_on = :appointed,
                            at_school_since = :since, position_number = :number, salary = :salary,
                            at_school_since_given_at = case when at_school_since is distinct from :since then now()
                                else at_school_since_given_at end,
                            at_school_since_given_by = case when at_school_since is distinct from :since then :by
                                else at_school_since_given_by end,
                            salary_level = :level, standing_since = :standing, employment_type = :type,
                            updated_at = now(), updated_by = :by, version = version + 1
                        where person_id = :id""")
                .param("birth", form.birthDate())
                .param("appointed", form.appointedOn())
                .param("since", form.atSchoolSince())
                .param("number", form.positionNumber().strip())
                .param("salary", form.salary())
                .param("level", form.salaryLevel().strip())
                .param("standing", form.standingSince())
                .param("type", form.employmentType().name())
                .param("by", user.id())
                .param("id", form.personId())
                .update();
        Employment after = of(form.personId()).orElseThrow();
        audit.changedBy(
                user,
                viewed.person().areaId(),
                before.saved() ? "UPDATE" : "CREATE",
                "employment",
                form.personId(),
                before.saved() ? before : null,
                after);
        return after;
    }

    /** The record's row, made empty if the person has none yet (a qualification needs it). */
    void ensure(long personId, KhetUser user) {
        jdbc.sql("""
                        insert into personnel.employment (person_id, updated_by) values (:id, :by)
                        on conflict (person_id) do nothing""").param("id", personId).param("by", user.id()).update();
    }

    private void check(Employment form) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = OfficeTime.today(clock);
        EmploymentChecks.dates(
                form.birthDate(),
                form.appointedOn(),
                form.atSchoolSince(),
                today,
                (field, reason) -> errors.add(FieldError.of(field, reason)));
        if (form.positionNumber().strip().length() > 20) {
            errors.add(FieldError.of("position_number", Texts.of("import.cell.tooLong", 20)));
        }
        if (form.salaryLevel().strip().length() > 30) {
            errors.add(FieldError.of("salary_level", Texts.of("import.cell.tooLong", 30)));
        }
        if (form.salary() != null
                && (form.salary().signum() < 0 || form.salary().doubleValue() > 9_999_999)) {
            errors.add(FieldError.of("salary", Texts.of("personnel.record.badSalary")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("personnel.record.notSaved"), errors);
        }
    }
}

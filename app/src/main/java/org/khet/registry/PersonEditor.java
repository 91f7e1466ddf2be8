package org.khet.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.khet.thai.ThaiNationalId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes people, keeping them inside the editor's area and their national IDs valid and unique. */
@Component
class PersonEditor {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final People people;
    private final Schools schools;
    private final ApplicationEventPublisher events;

    PersonEditor(JdbcClient jdbc, AuditLog audit, People people, Schools schools, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.people = people;
        this.schools = schools;
        this.events = events;
    }

    @Transactional
    long create(long areaId, PersonForm f, KhetUser user) {
        Long schoolId = placeCheck(areaId, f, true);
        if (!people.mayEdit(Person.placedAt(areaId, schoolId, f.unitId()), user)) {
            throw new ForbiddenException("add person");
        }
        try {
            long id = jdbc.sql("""
                    insert into registry.person (area_id, school_id, unit_id, title, first_name_th, last_name_th, position_id,
                                        academic_standing, national_id, phone, email, active)
                    values (:area, :school, :unit, :title, :first, :last, :position, :standing, :nid, :phone, :email,
                            :active) returning id""")
                    .paramSource(params(
                            areaId,
                            schoolId,
                            f,
                            ThaiNationalId.parse(f.nationalId()).digits()))
                    .query(Long.class)
                    .single();
            audit.changed(areaId, "CREATE", "person", id, null, people.byId(id).orElseThrow());
            return id;
        } catch (DuplicateKeyException e) {
            throw duplicateId();
        }
    }

    @Transactional
    void update(long id, PersonForm f, KhetUser user) {
        Person before = people.readable(id, user);
        if (!people.mayEdit(before, user)) {
            throw new ForbiddenException("edit person");
        }
        Long schoolId = placeCheck(before.areaId(), f, false);
        if (!people.mayEdit(Person.placedAt(before.areaId(), schoolId, schoolId == null ? f.unitId() : null), user)) {
            throw new ForbiddenException("move person to a place the user does not manage");
        }
        boolean newId = f.nationalId() != null && !f.nationalId().isBlank();
        try {
            int n = jdbc.sql("""
                    update registry.person set school_id = :school, unit_id = :unit, title = :title, first_name_th = :first,
                           last_name_th = :last, position_id = :position, academic_standing = :standing,
                           national_id = coalesce(:nid, national_id), phone = :phone, email = :email,
                           active = :active, version = version + 1
                    where id = :id and version = :version""")
                    // Named parameters one by one: JdbcClient refuses a parameter source mixed with .param(...).
                    .params(params(
                            before.areaId(),
                            schoolId,
                            f,
                            newId ? ThaiNationalId.parse(f.nationalId()).digits() : null))
                    .param("id", id)
                    .param("version", f.version())
                    .update();
            if (n == 0) {
                throw new ConflictException();
            }
        } catch (DuplicateKeyException e) {
            throw duplicateId();
        }
        Person after = people.byId(id).orElseThrow();
        audit.changed(before.areaId(), "UPDATE", "person", id, before, after);
        publishChange(before, after, user);
    }

    /** A leaver, or a person whose school or unit changed; a leaver's event also ends what they held where they were. */
    void publishChange(Person before, Person after, KhetUser user) {
        publishChange(before, after, user, null);
    }

    /** As {@link #publishChange(Person, Person, KhetUser)}, a move taking effect on {@code movedOn} (null: today). */
    void publishChange(Person before, Person after, KhetUser user, java.time.LocalDate movedOn) {
        if (before.active() && !after.active()) {
            events.publishEvent(
                    new PersonLeft(after.id(), before.areaId(), before.schoolId(), before.unitId(), user.id()));
        } else if (after.active()
                && (before.schoolId() != null || before.unitId() != null)
                && !(Objects.equals(before.schoolId(), after.schoolId())
                        && Objects.equals(before.unitId(), after.unitId()))) {
            events.publishEvent(new PersonMoved(
                    after.id(),
                    before.areaId(),
                    before.schoolId(),
                    after.schoolId(),
                    before.unitId(),
                    after.unitId(),
                    user.id(),
                    movedOn));
        }
    }

    private java.util.Map<String, Object> params(long areaId, Long schoolId, PersonForm f, String nationalId) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("area", areaId);
        p.put("school", schoolId);
        p.put("unit", schoolId == null ? f.unitId() : null);
        p.put("title", f.title() == null ? "" : f.title().strip());
        p.put("first", f.firstNameTh().strip());
        p.put("last", f.lastNameTh().strip());
        p.put("position", f.positionId());
        p.put("standing", f.academicStanding() == null || f.academicStanding().isBlank() ? null : f.academicStanding());
        p.put("nid", nationalId);
        p.put("phone", blankToNull(f.phone()));
        p.put("email", blankToNull(f.email()));
        p.put("active", f.active());
        return p;
    }

    /** Checks the fields and returns the school id named by its code, if any. */
    private Long placeCheck(long areaId, PersonForm f, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (f.firstNameTh() == null || f.firstNameTh().isBlank()) {
            errors.add(FieldError.of("firstNameTh", Texts.of("registry.personEditor.firstNameRequired")));
        }
        if (f.lastNameTh() == null || f.lastNameTh().isBlank()) {
            errors.add(FieldError.of("lastNameTh", Texts.of("registry.personEditor.lastNameRequired")));
        }
        boolean idGiven = f.nationalId() != null && !f.nationalId().isBlank();
        if ((creating || idGiven) && !ThaiNationalId.isValid(f.nationalId() == null ? "" : f.nationalId())) {
            errors.add(FieldError.of("nationalId", Texts.of("registry.personEditor.invalidNationalId13")));
        }
        Long schoolId = null;
        if (f.schoolCode() != null && !f.schoolCode().isBlank()) {
            schoolId = schools.byCode(f.schoolCode().strip())
                    .filter(s -> s.areaId() == areaId)
                    .map(School::id)
                    .orElse(null);
            if (schoolId == null) {
                errors.add(FieldError.of("schoolCode", Texts.of("registry.personEditor.noSchoolCodeArea")));
            }
        } else if (f.unitId() != null
                && jdbc.sql("select count(*) from registry.unit where id = :u and area_id = :a")
                                .param("u", f.unitId())
                                .param("a", areaId)
                                .query(Long.class)
                                .single()
                        == 0) {
            errors.add(FieldError.of("unitId", Texts.of("registry.personEditor.unitNotInArea")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("registry.personEditor.invalidPerson"), errors);
        }
        return schoolId;
    }

    private static RejectedException duplicateId() {
        return RejectedException.of("nationalId", Texts.of("registry.personEditor.nationalIdAlreadyRegistered"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

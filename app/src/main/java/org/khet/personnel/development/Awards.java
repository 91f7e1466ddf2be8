package org.khet.personnel.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.Schools;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition and awards of an area's people and schools. The personnel group enters any, verified at once; a school
 * director enters those of their school and its people, which wait until the group verifies them. Everyone of the
 * area reads the verified ones; those who may enter an award also see what waits. Audited.
 */
@Component
public class Awards {

    private static final String SELECT = """
            select id, area_id, person_id, school_id, recipient_name, place_school_id, name, level, granting_body,
                   awarded_on, fiscal_year, note, status, entered_by
            from personnel.award""";

    /** What is entered: a person's id or a school's id (one of them), and the award. */
    public record NewAward(
            Long personId,
            Long schoolId,
            String name,
            AwardLevel level,
            String grantingBody,
            LocalDate awardedOn,
            String note) {}

    private final JdbcClient jdbc;
    private final DevelopmentAccess access;
    private final People people;
    private final Schools schools;
    private final DevelopmentRules rules;
    private final AuditLog audit;

    Awards(
            JdbcClient jdbc,
            DevelopmentAccess access,
            People people,
            Schools schools,
            DevelopmentRules rules,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.people = people;
        this.schools = schools;
        this.rules = rules;
        this.audit = audit;
    }

    /** Whether the user may enter awards in the area: the personnel group, or a school director. */
    public boolean mayEnter(KhetUser user, long areaId) {
        return access.managesArea(user, areaId)
                || !access.directedSchools(user, areaId).isEmpty();
    }

    @Transactional
    public long enter(long areaId, NewAward a, KhetUser by) {
        check(a);
        Long placeSchool;
        String recipient;
        if (a.personId() != null) {
            Person p = people.inArea(a.personId(), areaId)
                    .filter(Person::active)
                    .orElseThrow(() -> RejectedException.of("recipient", Texts.of("personnel.award.noRecipient")));
            placeSchool = p.schoolId();
            recipient = p.fullName();
        } else {
            var school = schools.openIn(areaId).stream()
                    .filter(s -> s.id() == a.schoolId())
                    .findFirst()
                    .orElseThrow(() -> RejectedException.of("recipient", Texts.of("personnel.award.noRecipient")));
            placeSchool = school.id();
            recipient = school.nameTh();
        }
        boolean group = access.managesArea(by, areaId);
        if (!group
                && (placeSchool == null || !access.directedSchools(by, areaId).contains(placeSchool))) {
            throw new ForbiddenException("enter an award");
        }
        long id = jdbc.sql("""
                        insert into personnel.award (area_id, person_id, school_id, recipient_name, place_school_id,
                            name, level, granting_body, awarded_on, fiscal_year, note, status, entered_by,
                            verified_by, verified_at)
                        values (:area, :person, :school, :recipient, :place, :name, :level, :body, :on, :year, :note,
                            :status, :by, :verifier, case when :verified then now() end)
                        returning id""")
                .param("area", areaId)
                .param("person", a.personId())
                .param("school", a.personId() == null ? a.schoolId() : null)
                .param("recipient", recipient)
                .param("place", placeSchool)
                .param("name", a.name().strip())
                .param("level", a.level().name())
                .param("body", a.grantingBody().strip())
                .param("on", a.awardedOn())
                .param("year", FiscalYear.of(a.awardedOn()).buddhistYear())
                .param("note", a.note() == null ? "" : a.note().strip())
                .param("status", group ? "VERIFIED" : "PENDING")
                .param("by", by.id())
                .param("verifier", group ? by.id() : null)
                .param("verified", group)
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                areaId,
                "CREATE",
                "award",
                id,
                null,
                Map.of("name", a.name().strip(), "level", a.level().name(), "recipient", recipient));
        return id;
    }

    /**
     * Enters an award for a school's own system (the API), in the recipient's area: not found (404) when neither the
     * person nor the school is of one of the user's areas; then as {@link #enter(long, NewAward, KhetUser)}.
     */
    @Transactional
    public long enter(NewAward a, KhetUser by) {
        check(a);
        long areaId = a.personId() != null
                ? access.inAreasOf(a.personId(), by)
                        .map(Person::areaId)
                        .orElseThrow(() -> new NotFoundException("person"))
                : schools.readableRef(a.schoolId(), by)
                        .map(s -> s.areaId())
                        .orElseThrow(() -> new NotFoundException("school"));
        return enter(areaId, a, by);
    }

    /** The personnel group verifies an award a school director entered. */
    @Transactional
    public void verify(long id, KhetUser by) {
        Award a = one(id, true);
        if (!access.managesArea(by, a.areaId())) {
            throw new ForbiddenException("verify an award");
        }
        if (!"PENDING".equals(a.status())) {
            throw RejectedException.of("status", Texts.of("personnel.award.verifiedAlready"));
        }
        jdbc.sql(
                        "update personnel.award set status = 'VERIFIED', verified_by = :by, verified_at = now() where id = :id")
                .param("by", by.id())
                .param("id", id)
                .update();
        audit.changedBy(
                by, a.areaId(), "VERIFY", "award", id, Map.of("status", "PENDING"), Map.of("status", "VERIFIED"));
    }

    /** The area's verified awards of the fiscal year, latest first. */
    public List<Award> verified(long areaId, FiscalYear year) {
        return jdbc.sql(SELECT + " where area_id = :a and fiscal_year = :y and status = 'VERIFIED'"
                        + " order by awarded_on desc, id desc")
                .param("a", areaId)
                .param("y", year.buddhistYear())
                .query(Award.class)
                .list();
    }

    /** What waits for verification that the user entered or may verify, oldest first. */
    public List<Award> waiting(long areaId, KhetUser user) {
        boolean group = access.managesArea(user, areaId);
        Set<Long> directed = access.directedSchools(user, areaId);
        return jdbc.sql(SELECT + " where area_id = :a and status = 'PENDING'"
                        + " and (:group or place_school_id = any(:schools)) order by created_at, id")
                .param("a", areaId)
                .param("group", group)
                .param("schools", directed.toArray(Long[]::new))
                .query(Award.class)
                .list();
    }

    /** The award {@code id}, for update when {@code locked}. */
    Award one(long id, boolean locked) {
        return jdbc.sql(SELECT + " where id = :id" + (locked ? " for update" : ""))
                .param("id", id)
                .query(Award.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("award"));
    }

    void check(NewAward a) {
        if ((a.personId() == null) == (a.schoolId() == null)) {
            throw RejectedException.of("recipient", Texts.of("personnel.award.noRecipient"));
        }
        if (blank(a.name()) || blank(a.grantingBody()) || a.level() == null || a.awardedOn() == null) {
            String field = blank(a.name())
                    ? "name"
                    : blank(a.grantingBody()) ? "grantingBody" : a.level() == null ? "level" : "awardedOn";
            throw RejectedException.of(field, Texts.of("personnel.award.missing"));
        }
        if (a.name().strip().length() > 300
                || a.grantingBody().strip().length() > 300
                || (a.note() != null && a.note().strip().length() > 1000)) {
            String field = a.name().strip().length() > 300
                    ? "name"
                    : a.grantingBody().strip().length() > 300 ? "grantingBody" : "note";
            throw RejectedException.of(field, Texts.of("personnel.award.tooLong"));
        }
        if (a.awardedOn().isAfter(rules.today())) {
            throw RejectedException.of("awardedOn", Texts.of("personnel.award.future"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

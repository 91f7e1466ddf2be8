package org.khet.registry;

import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ConflictException;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools: reading one within the user's scope and changing it. Area staff edit any school of their area; a
 * school's director and clerk edit their own school.
 */
@Component
public class Schools {

    private static final String COLUMNS = "id, area_id, code, code10, name_th, name_en, network_id, amphoe, tambon, "
            + "status, merged_into, phone, email, version";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Networks networks;
    private final ApplicationEventPublisher events;

    Schools(JdbcClient jdbc, AuditLog audit, Networks networks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.networks = networks;
        this.events = events;
    }

    public Optional<School> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from registry.school where code = :c")
                .param("c", code)
                .query(School.class)
                .optional();
    }

    Optional<School> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.school where id = :id")
                .param("id", id)
                .query(School.class)
                .optional();
    }

    /** A school the user may read; any other answers "not found" so scope does not reveal existence. */
    School readable(long id, KhetUser user) {
        return byId(id).filter(s -> user.canRead(s.areaId())).orElseThrow(() -> new NotFoundException("school"));
    }

    boolean canEdit(School s, KhetUser user) {
        return user.holds(Role.AREA_DIRECTOR, s.areaId())
                || user.holds(Role.AREA_STAFF, s.areaId())
                || user.holdsAtSchool(s.id(), Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK);
    }

    @Transactional
    public School update(long id, SchoolForm form, KhetUser user) {
        School before = readable(id, user);
        if (!canEdit(before, user)) {
            throw new ForbiddenException("edit school");
        }
        SchoolRules.check(form);
        boolean areaStaff =
                user.holds(Role.AREA_DIRECTOR, before.areaId()) || user.holds(Role.AREA_STAFF, before.areaId());
        if (!areaStaff && !form.status().equals(before.status())) {
            throw RejectedException.of("status", Texts.of("registry.schools.onlyAreaOfficeOpens"));
        }
        if (form.networkId() != null && !networks.belongsTo(form.networkId(), before.areaId())) {
            throw RejectedException.of("networkId", Texts.of("registry.schools.networkNotInArea"));
        }
        Long mergedInto = mergedInto(form, before);
        int n = jdbc.sql("""
                update registry.school set code10 = :code10, name_th = :th, name_en = :en, network_id = :net, amphoe = :amphoe,
                       tambon = :tambon, status = :status, merged_into = :merged, phone = :phone, email = :email,
                       version = version + 1
                where id = :id and version = :version""")
                .param("code10", blankToNull(form.code10()))
                .param("th", form.nameTh().strip())
                .param("en", blankToNull(form.nameEn()))
                .param("net", form.networkId())
                .param("amphoe", form.amphoe().strip())
                .param("tambon", form.tambon().strip())
                .param("status", form.status())
                .param("merged", mergedInto)
                .param("phone", blankToNull(form.phone()))
                .param("email", blankToNull(form.email()))
                .param("id", id)
                .param("version", form.version())
                .update();
        if (n == 0) {
            throw new ConflictException();
        }
        School after = byId(id).orElseThrow();
        audit.changed(after.areaId(), "UPDATE", "school", after.code(), before, after);
        if (after.mergedInto() != null && !after.mergedInto().equals(before.mergedInto())) {
            events.publishEvent(new SchoolMerged(after.id(), after.mergedInto(), after.areaId(), user.id()));
        }
        return after;
    }

    private Long mergedInto(SchoolForm form, School school) {
        if (!"MERGED".equals(form.status())) {
            return null;
        }
        String code = form.mergedIntoCode() == null ? "" : form.mergedIntoCode().strip();
        return byCode(code)
                .filter(s -> s.areaId() == school.areaId() && s.id() != school.id())
                .map(School::id)
                .orElseThrow(() ->
                        RejectedException.of("mergedIntoCode", Texts.of("registry.schools.giveCodeSchoolMerged")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A school's identity for modules that key their rows by school. */
    public record SchoolRef(long id, long areaId, String code, String nameTh) {}

    /** An area's open schools in Thai order: names anyone may see, for public forms that name a school. */
    public java.util.List<SchoolRef> openIn(long areaId) {
        return jdbc.sql("""
                        select id, area_id, code, name_th from registry.school where area_id = :a and status = 'OPEN'
                        order by name_th collate "th-x-icu\"""").param("a", areaId).query(SchoolRef.class).list();
    }

    /** The schools with these 8-digit codes, by code; unknown codes are simply absent. */
    public java.util.Map<String, SchoolRef> byCodes(java.util.Collection<String> codes) {
        java.util.Map<String, SchoolRef> found = new java.util.HashMap<>();
        jdbc.sql("select id, area_id, code, name_th from registry.school where code = any(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query(SchoolRef.class)
                .list()
                .forEach(s -> found.put(s.code(), s));
        return found;
    }

    /** The school with this id, if the user may read it. */
    public Optional<SchoolRef> readableRef(long id, KhetUser user) {
        return byId(id).filter(s -> user.canRead(s.areaId()))
                .map(s -> new SchoolRef(s.id(), s.areaId(), s.code(), s.nameTh()));
    }
}

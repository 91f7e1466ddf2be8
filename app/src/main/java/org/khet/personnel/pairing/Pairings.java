package org.khet.personnel.pairing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.personnel.PersonnelAccess;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The area's pairings of an academic year: drafted by the personnel group or the area director (a host and partner
 * schools of the area, open, none in another pairing of that year), arranged while a draft (which school teaches each
 * grade, each partner's distance and transport), then approved; a draft may be deleted. Every change is audited; only
 * those who manage the area's personnel change them; a school director reads the pairings their school is in.
 */
@Component
public class Pairings {

    /** One grade taught at one school of the pairing. */
    public record GradeAt(String grade, long schoolId) {}

    /** A partner's distance to the host (km, null: not known) and transport mode. */
    public record Route(long schoolId, BigDecimal distanceKm, Pairing.Transport transport) {}

    /** An open school of the area with its pupils of the year and the pairing it is in (null: none). */
    public record Candidate(long id, String code, String nameTh, String networkName, int students, Long pairingId) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PersonnelAccess access;
    private final PairingRules rules;
    private final org.khet.personnel.Forecast forecast;

    Pairings(
            JdbcClient jdbc,
            AuditLog audit,
            PersonnelAccess access,
            PairingRules rules,
            org.khet.personnel.Forecast forecast) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.rules = rules;
        this.forecast = forecast;
    }

    /**
     * The area's pairings of a year with their budgets under the rule in force on its first day: all of them, with the
     * area's schools to draft from, for those who manage the area's personnel; only those their school is in, and no
     * other school's pupils, for a school director (read-only).
     */
    PairingYear year(Area area, int academicYear, KhetUser user) {
        boolean manages = access.manages(user, area.id());
        Set<Long> directed = manages ? Set.of() : directedSchools(user);
        if (!manages && directed.isEmpty()) {
            throw new ForbiddenException("read the pairings of area " + area.id());
        }
        java.time.LocalDate day = org.khet.personnel.Workforce.criterionDay(academicYear);
        PairingRules.Rule rule = rules.ruleOn(day).orElse(null);
        Map<Long, Map<String, Integer>> enrolment = enrolment(area.id(), academicYear);
        List<Pairing> visible = of(area.id(), academicYear).stream()
                .filter(p -> manages || p.schools().stream().anyMatch(s -> directed.contains(s.id())))
                .toList();
        if (!manages) {
            Set<Long> theirs = new HashSet<>();
            visible.forEach(p -> p.schools().forEach(s -> theirs.add(s.id())));
            enrolment.keySet().retainAll(theirs);
        }
        List<PairingYear.Entry> entries = visible.stream()
                .map(p -> new PairingYear.Entry(
                        p,
                        PairingBudget.of(p, enrolment, rule),
                        PairingStaffing.of(
                                forecast.criteria(PairingStaffing.own(p, enrolment), day),
                                forecast.criteria(PairingStaffing.taught(p, enrolment), day))))
                .toList();
        return new PairingYear(
                area,
                academicYear,
                rule,
                entries,
                manages ? schools(area.id(), academicYear) : List.of(),
                enrolment,
                manages);
    }

    /** The schools the user directs. */
    private static Set<Long> directedSchools(KhetUser user) {
        Set<Long> directed = new HashSet<>();
        user.schoolIds().stream()
                .filter(s -> user.holdsAtSchool(s, org.khet.platform.Role.SCHOOL_DIRECTOR))
                .forEach(directed::add);
        return directed;
    }

    /** The area's open schools with their pupils of the year, by network and pupils. */
    List<Candidate> schools(long areaId, int academicYear) {
        return jdbc.sql("""
                        select s.id, s.code, s.name_th, coalesce(s.network_name_th, '') as network_name,
                               coalesce(sum(e.students), 0)::int as students,
                               (select ps.pairing_id from personnel.pairing_school ps
                                where ps.academic_year = :y and ps.school_id = s.id) as pairing_id
                        from registry.school_summary s
                        left join registry.school_enrolment e on e.school_id = s.id and e.academic_year = :y
                        where s.area_id = :a and s.status = 'OPEN'
                        group by s.id, s.code, s.name_th, s.network_name_th
                        order by coalesce(s.network_name_th, ''), s.code""")
                .param("a", areaId)
                .param("y", academicYear)
                .query(Candidate.class)
                .list();
    }

    void mustManage(KhetUser user, long areaId) {
        if (!access.manages(user, areaId)) {
            throw new ForbiddenException("manage the pairings of area " + areaId);
        }
    }

    List<Pairing> of(long areaId, int academicYear) {
        return jdbc
                .sql("select id from personnel.pairing where area_id = :a and academic_year = :y order by id")
                .param("a", areaId)
                .param("y", academicYear)
                .query(Long.class)
                .list()
                .stream()
                .map(this::one)
                .toList();
    }

    Pairing one(long id) {
        record Row(long id, long areaId, int academicYear, long hostSchoolId, Pairing.State state) {}
        Row row = jdbc.sql("select id, area_id, academic_year, host_school_id, state from personnel.pairing"
                        + " where id = :id")
                .param("id", id)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("pairing"));
        record PartnerRow(long schoolId, BigDecimal distanceKm, String transportMode) {}
        List<Pairing.Partner> partners = jdbc
                .sql("select school_id, distance_km, transport_mode from personnel.pairing_partner"
                        + " where pairing_id = :id order by school_id")
                .param("id", id)
                .query(PartnerRow.class)
                .list()
                .stream()
                .map(p -> new Pairing.Partner(school(p.schoolId()), p.distanceKm(), p.transportMode()))
                .toList();
        Map<String, Long> grades = new LinkedHashMap<>();
        jdbc.sql("select grade, school_id from personnel.pairing_grade where pairing_id = :id"
                        + " order by array_position(array['K1','K2','K3','P1','P2','P3','P4','P5','P6','M1','M2',"
                        + "'M3','M4','M5','M6'], grade)")
                .param("id", id)
                .query(GradeAt.class)
                .list()
                .forEach(g -> grades.put(g.grade(), g.schoolId()));
        return new Pairing(
                row.id(), row.areaId(), row.academicYear(), school(row.hostSchoolId()), partners, grades, row.state());
    }

    /** Each open school's pupils per grade of the area and year (grades with pupils; ALL is a total, not a grade). */
    Map<Long, Map<String, Integer>> enrolment(long areaId, int academicYear) {
        Map<Long, Map<String, Integer>> bySchool = new LinkedHashMap<>();
        jdbc.sql("select school_id, grade, students from registry.school_enrolment"
                        + " where area_id = :a and academic_year = :y and grade <> 'ALL' and students > 0")
                .param("a", areaId)
                .param("y", academicYear)
                .query((rs, n) -> bySchool.computeIfAbsent(rs.getLong(1), s -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getInt(3)))
                .list();
        return bySchool;
    }

    @Transactional
    long create(Area area, int academicYear, Long hostId, List<Long> partnerIds, KhetUser by) {
        mustManage(by, area.id());
        Set<Long> partners = new HashSet<>(partnerIds == null ? List.of() : partnerIds);
        if (hostId == null || partners.isEmpty() || partners.contains(hostId)) {
            throw RejectedException.of("partners", Texts.of("personnel.pairing.partnersMissing"));
        }
        List<Long> all = new ArrayList<>(partners);
        all.add(hostId);
        long open = jdbc.sql("select count(*) from registry.school_summary where id in (:ids) and area_id = :a"
                        + " and status = 'OPEN'")
                .param("ids", all)
                .param("a", area.id())
                .query(Long.class)
                .single();
        if (open != all.size()) {
            throw RejectedException.of("partners", Texts.of("personnel.pairing.notOpenSchools"));
        }
        List<String> paired = jdbc.sql("""
                        select s.name_th from registry.school_summary s where s.id in (:ids) and exists (
                            select 1 from personnel.pairing_school ps
                            where ps.academic_year = :y and ps.school_id = s.id)""")
                .param("ids", all)
                .param("y", academicYear)
                .query(String.class)
                .list();
        if (!paired.isEmpty()) {
            throw RejectedException.of(
                    "partners", Texts.of("personnel.pairing.alreadyPaired", String.join(", ", paired)));
        }
        long id = jdbc.sql("insert into personnel.pairing (area_id, academic_year, host_school_id, created_by)"
                        + " values (:a, :y, :host, :by) returning id")
                .param("a", area.id())
                .param("y", academicYear)
                .param("host", hostId)
                .param("by", by.id())
                .query(Long.class)
                .single();
        try {
            for (long school : all) {
                jdbc.sql("insert into personnel.pairing_school (academic_year, school_id, pairing_id)"
                                + " values (:y, :s, :p)")
                        .param("y", academicYear)
                        .param("s", school)
                        .param("p", id)
                        .update();
            }
        } catch (DuplicateKeyException e) {
            // Another draft took one of these schools since the check above.
            throw RejectedException.of("partners", Texts.of("personnel.pairing.pairedMeanwhile"));
        }
        for (long partner : partners) {
            jdbc.sql("insert into personnel.pairing_partner (pairing_id, school_id) values (:p, :s)")
                    .param("p", id)
                    .param("s", partner)
                    .update();
        }
        audit.changedBy(by, area.id(), "PAIRING_DRAFTED", "pairing", id, null, one(id));
        return id;
    }

    /** Sets which school teaches each grade and the partners' routes; refused once approved. */
    @Transactional
    void arrange(long id, List<GradeAt> grades, List<Route> routes, KhetUser by) {
        Pairing before = one(id);
        mustManage(by, before.areaId());
        if (!before.draft()) {
            throw RejectedException.of("state", Texts.of("personnel.pairing.notDraft"));
        }
        Set<Long> schools = new HashSet<>();
        before.schools().forEach(s -> schools.add(s.id()));
        Map<String, Long> taught = new LinkedHashMap<>();
        for (GradeAt g : grades) {
            if (!schools.contains(g.schoolId())
                    || g.grade() == null
                    || !g.grade().matches("[KPM][1-6]")) {
                throw RejectedException.of("grades", Texts.of("personnel.pairing.gradeNotInPairing", g.grade()));
            }
            Long other = taught.putIfAbsent(g.grade(), g.schoolId());
            if (other != null && other != g.schoolId()) {
                throw RejectedException.of("grades", Texts.of("personnel.pairing.gradeTwice", g.grade()));
            }
        }
        jdbc.sql("delete from personnel.pairing_grade where pairing_id = :id")
                .param("id", id)
                .update();
        taught.forEach((grade, school) -> jdbc.sql(
                        "insert into personnel.pairing_grade (pairing_id, grade, school_id) values (:id, :g, :s)")
                .param("id", id)
                .param("g", grade)
                .param("s", school)
                .update());
        for (Route r : routes) {
            if (r.distanceKm() != null
                    && (r.distanceKm().signum() < 0 || r.distanceKm().compareTo(BigDecimal.valueOf(999)) > 0)) {
                throw RejectedException.of("distanceKm", Texts.of("personnel.pairing.badDistance"));
            }
            jdbc.sql("update personnel.pairing_partner set distance_km = :d, transport_mode = :m"
                            + " where pairing_id = :id and school_id = :s")
                    .param("d", r.distanceKm())
                    .param("m", (r.transport() == null ? Pairing.Transport.OTHER : r.transport()).name())
                    .param("id", id)
                    .param("s", r.schoolId())
                    .update();
        }
        jdbc.sql("update personnel.pairing set version = version + 1 where id = :id")
                .param("id", id)
                .update();
        audit.changedBy(by, before.areaId(), "PAIRING_ARRANGED", "pairing", id, before, one(id));
    }

    @Transactional
    void approve(long id, KhetUser by) {
        Pairing before = one(id);
        mustManage(by, before.areaId());
        if (!before.draft()) {
            throw RejectedException.of("state", Texts.of("personnel.pairing.notDraft"));
        }
        if (before.grades().isEmpty()) {
            throw RejectedException.of("grades", Texts.of("personnel.pairing.noGrades"));
        }
        jdbc.sql("update personnel.pairing set state = 'APPROVED', approved_by = :by, approved_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("by", by.id())
                .param("id", id)
                .update();
        audit.changedBy(by, before.areaId(), "PAIRING_APPROVED", "pairing", id, before.state(), Pairing.State.APPROVED);
    }

    /** Deletes a draft (its partners, grades and schools go with it); refused once approved. */
    @Transactional
    void delete(long id, KhetUser by) {
        Pairing before = one(id);
        mustManage(by, before.areaId());
        int deleted = jdbc.sql("delete from personnel.pairing where id = :id and state = 'DRAFT'")
                .param("id", id)
                .update();
        if (deleted == 0) {
            throw RejectedException.of("state", Texts.of("personnel.pairing.notDraft"));
        }
        audit.changedBy(by, before.areaId(), "PAIRING_DELETED", "pairing", id, before, null);
    }

    private Pairing.School school(long id) {
        return jdbc.sql("select id, code, name_th from registry.school_summary where id = :id")
                .param("id", id)
                .query(Pairing.School.class)
                .single();
    }
}

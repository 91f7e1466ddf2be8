package org.khet.personnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.khet.personnel.common.OfficeTime;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who retires in a fiscal year: the area's active government officials whose personnel record has a birth date and
 * whose retirement day ({@link RetirementRules}) falls in that year. Contract and temporary staff leave by their
 * contracts and are not listed. The personnel group and the area director see the whole area; a school director sees
 * their own school's people.
 */
@Component
public class Retirements {

    /** One who retires; {@code schoolCode} null for the office's staff (then {@code unitNameTh} says where). */
    record Retiree(
            long personId,
            String title,
            String firstNameTh,
            String lastNameTh,
            String schoolCode,
            String schoolNameTh,
            String unitNameTh,
            String positionCode,
            String positionTh,
            LocalDate retiresOn) {}

    private final JdbcClient jdbc;
    private final RetirementRules rules;
    private final PersonnelAccess access;
    private final Clock clock;

    Retirements(JdbcClient jdbc, RetirementRules rules, PersonnelAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.access = access;
        this.clock = clock;
    }

    /** The fiscal year of today, in Thailand. */
    FiscalYear currentYear() {
        return FiscalYear.of(OfficeTime.today(clock));
    }

    /** Whether the user may see any of the area's retirements. */
    boolean mayList(KhetUser user, long areaId) {
        return access.manages(user, areaId) || !directedSchools(user, areaId).isEmpty();
    }

    /** Those of the area who retire in {@code year}, office staff first, then by school code and name. */
    List<Retiree> in(long areaId, FiscalYear year, KhetUser user) {
        boolean all = access.manages(user, areaId);
        Set<Long> schools = directedSchools(user, areaId);
        if (!all && schools.isEmpty()) {
            throw new ForbiddenException("personnel retirements");
        }
        RetirementRules.Ages ages = rules.ages();
        return jdbc
                .sql("""
                        select pp.id as person_id, pp.title, pp.first_name_th, pp.last_name_th, pp.school_code,
                               pp.school_name_th, pp.unit_name_th, pp.position_code, pp.position_th, e.birth_date
                        from personnel.employment e
                        join registry.person_placement pp on pp.id = e.person_id
                        where pp.area_id = :area and pp.active and e.employment_type = 'GOVERNMENT'
                          and e.birth_date between :born_from and :born_to
                          and (:all or pp.school_id = any(:schools))
                        order by pp.school_code nulls first, pp.first_name_th collate "th-x-icu",
                                 pp.last_name_th collate "th-x-icu", pp.id""")
                .param("area", areaId)
                .param("born_from", year.start().minusYears(ages.oldest() + 1L))
                .param("born_to", year.end().minusYears(ages.youngest() - 1L))
                .param("all", all)
                .param("schools", schools.toArray(Long[]::new))
                .query((rs, n) -> new Retiree(
                        rs.getLong("person_id"),
                        rs.getString("title"),
                        rs.getString("first_name_th"),
                        rs.getString("last_name_th"),
                        rs.getString("school_code"),
                        rs.getString("school_name_th"),
                        rs.getString("unit_name_th"),
                        rs.getString("position_code"),
                        rs.getString("position_th"),
                        ages.retiresOn(rs.getObject("birth_date", LocalDate.class))))
                .stream()
                .filter(r -> year.contains(r.retiresOn()))
                .toList();
    }

    /**
     * Per school of the area, how many government teachers in service today retire before {@code day} — the places
     * their leaving opens (transfer rounds propose them with the workforce plan's shortages).
     */
    public java.util.Map<Long, Integer> teachersLeavingBefore(long areaId, LocalDate day) {
        LocalDate today = OfficeTime.today(clock);
        RetirementRules.Ages ages = rules.ages();
        java.util.Map<Long, Integer> leaving = new java.util.HashMap<>();
        jdbc
                .sql("""
                        select pp.school_id, e.birth_date
                        from personnel.employment e
                        join registry.person_placement pp on pp.id = e.person_id
                        where pp.area_id = :area and pp.active and pp.school_id is not null
                          and e.employment_type = 'GOVERNMENT' and e.birth_date is not null
                          and pp.position_code in ('TEACHER', 'ASSISTANT_TEACHER')
                          and e.birth_date <= :born_by""")
                .param("area", areaId)
                .param("born_by", day.minusYears(ages.youngest() - 1L))
                .query((rs, n) -> java.util.Map.entry(
                        rs.getLong("school_id"), ages.retiresOn(rs.getObject("birth_date", LocalDate.class))))
                .stream()
                .filter(e -> !e.getValue().isBefore(today) && e.getValue().isBefore(day))
                .forEach(e -> leaving.merge(e.getKey(), 1, Integer::sum));
        return leaving;
    }

    private static Set<Long> directedSchools(KhetUser user, long areaId) {
        return user.grants().stream()
                .filter(g -> g.role() == Role.SCHOOL_DIRECTOR && g.inArea(areaId) && g.schoolId() != null)
                .map(g -> g.schoolId())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

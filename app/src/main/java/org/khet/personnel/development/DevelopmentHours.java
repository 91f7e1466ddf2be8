package org.khet.personnel.development;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.platform.KhetUser;
import org.khet.shared.ForbiddenException;
import org.khet.thai.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The development hours of an area's active people in a fiscal year against the target of their group: only
 * verified hours count; waiting hours are shown apart. The personnel group and the area director see the whole area,
 * a school director their own school's people, anyone else nothing.
 */
@Component
public class DevelopmentHours {

    /** A school's (or, with {@code schoolCode} null, the office's) people with a target, and how many are below. */
    public record PlaceSummary(String schoolCode, String name, int people, int below, BigDecimal verifiedHours) {}

    private final JdbcClient jdbc;
    private final DevelopmentRules rules;
    private final DevelopmentAccess access;

    DevelopmentHours(JdbcClient jdbc, DevelopmentRules rules, DevelopmentAccess access) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.access = access;
    }

    /** Whether the user may see any of the area's development: its personnel group, director or a school director. */
    public boolean mayList(KhetUser user, long areaId) {
        return access.managesArea(user, areaId)
                || !access.directedSchools(user, areaId).isEmpty();
    }

    /** The people of the area the user may see, office staff first, then by school code and name. */
    public List<DevelopmentRow> of(long areaId, FiscalYear year, KhetUser user) {
        boolean all = access.managesArea(user, areaId);
        Set<Long> schools = access.directedSchools(user, areaId);
        if (!all && schools.isEmpty()) {
            throw new ForbiddenException("personnel development");
        }
        return rows(areaId, year, "(:all or pp.school_id = any(:schools))", all, schools, null);
    }

    /** One person's row of the year. */
    public java.util.Optional<DevelopmentRow> ofPerson(long areaId, long personId, FiscalYear year) {
        return rows(areaId, year, "pp.id = :person", false, Set.of(), personId).stream()
                .findFirst();
    }

    /** The rows grouped by school (the office first), each with how many are below the target. */
    public static List<PlaceSummary> byPlace(Collection<DevelopmentRow> rows) {
        Map<String, List<DevelopmentRow>> places = new LinkedHashMap<>();
        rows.stream().filter(DevelopmentRow::hasTarget).forEach(r -> places.computeIfAbsent(
                        r.schoolCode() == null ? "" : r.schoolCode(), k -> new ArrayList<>())
                .add(r));
        return places.values().stream()
                .map(list -> new PlaceSummary(
                        list.get(0).schoolCode(),
                        list.get(0).schoolCode() == null ? null : list.get(0).schoolNameTh(),
                        list.size(),
                        (int) list.stream().filter(DevelopmentRow::below).count(),
                        TrainingHours.plain(list.stream()
                                .map(DevelopmentRow::verifiedHours)
                                .reduce(BigDecimal.ZERO, BigDecimal::add))))
                .toList();
    }

    private List<DevelopmentRow> rows(
            long areaId, FiscalYear year, String where, boolean all, Set<Long> schools, Long personId) {
        Map<DevelopmentGroup, BigDecimal> expected = rules.expected(areaId, year);
        return jdbc.sql("""
                        select pp.id, pp.title, pp.first_name_th, pp.last_name_th, pp.school_id, pp.school_code,
                               pp.school_name_th, pp.unit_name_th, pp.position_th, pp.position_code,
                               coalesce(sum(t.hours) filter (where t.status = 'VERIFIED'), 0) as verified,
                               coalesce(sum(t.hours) filter (where t.status = 'PENDING'), 0) as pending
                        from registry.person_placement pp
                        left join personnel.training_record t on t.person_id = pp.id and t.fiscal_year = :year
                        where pp.area_id = :area and pp.active""" + " and " + where + """

                        group by pp.id, pp.title, pp.first_name_th, pp.last_name_th, pp.school_id, pp.school_code,
                                 pp.school_name_th, pp.unit_name_th, pp.position_th, pp.position_code
                        order by pp.school_code nulls first, pp.first_name_th collate "th-x-icu",
                                 pp.last_name_th collate "th-x-icu", pp.id""")
                .param("area", areaId)
                .param("year", year.buddhistYear())
                .param("all", all)
                .param("schools", schools.toArray(Long[]::new))
                .param("person", personId == null ? -1L : personId)
                .query((rs, n) -> {
                    DevelopmentGroup group = DevelopmentGroup.of(
                                    rs.getString("position_code"), rs.getObject("school_id") != null)
                            .orElse(null);
                    return new DevelopmentRow(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("first_name_th"),
                            rs.getString("last_name_th"),
                            rs.getObject("school_id", Long.class),
                            rs.getString("school_code"),
                            rs.getString("school_name_th"),
                            rs.getString("unit_name_th"),
                            rs.getString("position_th"),
                            group,
                            rs.getBigDecimal("verified"),
                            rs.getBigDecimal("pending"),
                            group == null ? null : expected.get(group));
                })
                .list();
    }
}

package org.khet.achievement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rewards per group (the seed: green flies to another region, yellow goes by air-conditioned bus, black visits
 * within the province, red shares a khanom-jeen lunch at the office). A school earns the reward of its lowest
 * group across the subjects it has results in: all green earns the green reward.
 */
@Component
class Rewards {

    /** A group, its reward (null if none is set) and the schools earning it. */
    record Earned(QualityPolicy.Group group, String reward, List<AreaDashboard.SchoolRow> schools) {}

    private final JdbcClient jdbc;
    private final Exams exams;
    private final QualityPolicies policies;
    private final AreaDashboard dashboard;
    private final org.khet.platform.AuditLog audit;
    private final ViewCache cache;

    Rewards(
            JdbcClient jdbc,
            Exams exams,
            QualityPolicies policies,
            AreaDashboard dashboard,
            org.khet.platform.AuditLog audit,
            ViewCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.audit = audit;
        this.exams = exams;
        this.policies = policies;
        this.dashboard = dashboard;
    }

    /** The reward names per group code for a policy in a year: the area's own before the default. */
    Map<String, String> names(long areaId, String policy, int year, String language) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct on (group_code) group_code, name_th, name_en from achievement.quality_reward
                        where (area_id = :a or area_id is null) and policy = :p and first_year <= :y
                        order by group_code, area_id is null, first_year desc""")
                .param("a", areaId)
                .param("p", policy)
                .param("y", year)
                .query((rs, n) -> Map.entry(
                        rs.getString("group_code"), rs.getString("en".equals(language) ? "name_en" : "name_th")))
                .list()
                .forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /** The schools earning each group's reward, kept until the area's data changes. */
    List<Earned> earned(Selection s, String language) {
        return cache.get(s.area().id(), "rewards", List.of(s, language), () -> computeEarned(s, language));
    }

    private List<Earned> computeEarned(Selection s, String language) {
        QualityPolicy policy = policies.inForce(s.policy(), s.year());
        List<AreaDashboard.Column> subjects =
                exams.columns(exams.catalogue(), s.exam(), s.grade(), s.year(), language).stream()
                        .filter(c -> !Results.ALL.equals(c.code()))
                        .toList();
        List<AreaDashboard.SchoolRow> rows = AreaDashboard.schoolRows(dashboard.placements(s, policy, subjects));
        Map<String, String> names = names(s.area().id(), s.policy(), s.year(), language);
        Map<String, List<AreaDashboard.SchoolRow>> byGroup = new LinkedHashMap<>();
        policy.groups().forEach(g -> byGroup.put(g.code(), new ArrayList<>()));
        for (AreaDashboard.SchoolRow row : rows) {
            String lowest = null;
            for (AreaDashboard.Column c : subjects) {
                String g = row.cell(c.code()).group();
                if (g != null && (lowest == null || policy.ordinal(g) > policy.ordinal(lowest))) {
                    lowest = g;
                }
            }
            if (lowest != null) {
                byGroup.get(lowest).add(row);
            }
        }
        List<Earned> earned = new ArrayList<>();
        for (QualityPolicy.Group g : policy.groups()) {
            earned.add(new Earned(g, names.get(g.code()), byGroup.get(g.code())));
        }
        return earned;
    }

    /** Sets the area's own reward for a group of a policy from a year on (the director, unit staff, supervisors). */
    @org.springframework.transaction.annotation.Transactional
    void set(
            long areaId,
            String policy,
            String group,
            String nameTh,
            String nameEn,
            int fromYear,
            org.khet.platform.KhetUser by) {
        if (!ResultImport.mayImport(by, areaId)) {
            throw new org.khet.shared.ForbiddenException("set reward");
        }
        QualityPolicy inForce = policies.inForce(policy, fromYear);
        if (inForce.group(group).isEmpty()) {
            throw org.khet.shared.RejectedException.of("group", Texts.of("achievement.reward.noGroup", group));
        }
        if (nameTh == null || nameTh.isBlank() || nameTh.length() > 200) {
            throw org.khet.shared.RejectedException.of("nameTh", Texts.of("achievement.reward.name"));
        }
        String english = nameEn == null || nameEn.isBlank() ? nameTh.strip() : nameEn.strip();
        String before = names(areaId, policy, fromYear, "th").get(group);
        jdbc.sql("""
                        insert into achievement.quality_reward (area_id, policy, group_code, name_th, name_en, first_year)
                        values (:a, :p, :g, :th, :en, :y)
                        on conflict (area_id, policy, group_code, first_year)
                        do update set name_th = excluded.name_th, name_en = excluded.name_en""")
                .param("a", areaId)
                .param("p", policy)
                .param("g", group)
                .param("th", nameTh.strip())
                .param("en", english)
                .param("y", fromYear)
                .update();
        audit.changed(
                areaId,
                "UPDATE",
                "quality_reward",
                policy + "/" + group + "@" + fromYear,
                before == null ? null : Map.of("name_th", before),
                Map.of("name_th", nameTh.strip()));
    }
}

package org.khet.achievement;

import java.util.List;
import java.util.Map;
import org.khet.registry.Area;

/**
 * What a dashboard shows: an area, an exam and grade (a sitting), a year and a policy. Missing parts default to
 * the area's first sitting with results (O-NET first), its latest year, and the area's own policy SEED.
 */
record Selection(Area area, String exam, String grade, int year, String policy, List<Integer> years) {

    /** Chooses among the area's sittings and their years (latest first), as {@link Results#sittings} gives them. */
    static Selection of(
            Area area,
            String sitting,
            Integer year,
            String policy,
            Map<Results.Sitting, List<Integer>> sittings,
            QualityPolicies policies) {
        Results.Sitting chosen = sittings.keySet().stream()
                .filter(s -> (s.exam() + "-" + s.grade()).equals(sitting))
                .findFirst()
                .orElse(
                        sittings.isEmpty()
                                ? new Results.Sitting("ONET", "P6")
                                : sittings.keySet().iterator().next());
        List<Integer> years = sittings.getOrDefault(chosen, List.of());
        int y = year != null && years.contains(year) ? year : years.isEmpty() ? 0 : years.get(0);
        String p = policies.orDefault(policy);
        return new Selection(area, chosen.exam(), chosen.grade(), y, p, years);
    }

    public String sitting() {
        return exam + "-" + grade;
    }

    public boolean hasData() {
        return year > 0;
    }

    /** The year before, if the area has results for it. */
    public Integer previousYear() {
        return years.contains(year - 1) ? year - 1 : null;
    }
}

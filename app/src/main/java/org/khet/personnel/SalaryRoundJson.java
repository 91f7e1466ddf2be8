package org.khet.personnel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.khet.registry.Area;
import org.springframework.stereotype.Component;

/** The JSON of the salary-round API: a round with its schools', clusters' and units' shares, and a place's results. */
@Component
class SalaryRoundJson {

    private final SalaryAllocationRows allocation;
    private final SalaryRoundResults results;
    private final SalaryRoundUnits units;

    SalaryRoundJson(SalaryAllocationRows allocation, SalaryRoundResults results, SalaryRoundUnits units) {
        this.allocation = allocation;
        this.results = results;
        this.units = units;
    }

    Map<String, Object> placeResults(SalaryRound round, SalaryPlace place) {
        SalaryRoundResults.Budget budget = results.budget(round, place);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(place.unit() ? "unit_code" : "school_code", budget.code());
        m.put("received", budget.received());
        if (!place.unit()) {
            m.put("used_by_cluster", budget.usedByOthers());
        }
        m.put("available", budget.available());
        m.put(
                "people",
                results.people(round, place).stream()
                        .map(p -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("person_id", p.personId());
                            row.put("name", p.name());
                            row.put("salary_level", p.salaryLevel());
                            row.put("salary", p.salary());
                            row.put("ceiling", p.ceiling());
                            row.put("percent", p.percent());
                            row.put("raise", p.raise());
                            return row;
                        })
                        .toList());
        return m;
    }

    Map<String, Object> summary(SalaryRound r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("round_date", r.roundDate().toString());
        m.put("period_from", r.periodFrom().toString());
        m.put("period_until", r.periodUntil().toString());
        m.put("method", r.methodName());
        m.put("quality_year", r.qualityYear());
        m.put("state", r.stateName());
        m.put("salary_base", r.salaryBase());
        m.put("pool", r.pool());
        m.put("held_centrally", r.heldCentrally());
        return m;
    }

    Map<String, Object> round(Area area, SalaryRound r) {
        Map<String, Object> m = summary(r);
        m.put("area_code", area.code());
        m.put(
                "schools",
                allocation.of(r.id()).stream()
                        .map(a -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("school_code", a.schoolCode());
                            row.put("cluster", a.cluster());
                            row.put("criterion_teachers", a.criterionTeachers());
                            row.put("colour_group", a.colourGroup());
                            row.put("weight", a.weight());
                            row.put("base_share", a.baseShare());
                            row.put("quality_share", a.qualityShare());
                            row.put("received", a.received());
                            row.put("pooled", a.pooled());
                            return row;
                        })
                        .toList());
        m.put(
                "clusters",
                allocation.clusters(r.id()).stream()
                        .map(c -> Map.of("cluster", c.cluster(), "fractions", c.fractions(), "received", c.received()))
                        .toList());
        m.put(
                "units",
                units.of(r.id()).stream()
                        .map(u -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("unit_code", u.unitCode());
                            row.put("unit_name", u.unitName());
                            row.put("staff", u.staff());
                            row.put("weight", u.weight());
                            row.put("base_share", u.baseShare());
                            row.put("quality_share", u.qualityShare());
                            row.put("received", u.received());
                            return row;
                        })
                        .toList());
        return m;
    }
}

package org.khet.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's and each office unit's per-person results of an approved round: a percentage raise per government
 * staff member with a salary, checked against the rule's per-person cap, the ceiling of the person's salary level in
 * force on the round's date, and the place's share (a pooled school's cluster's): baht in a POOL round, people raised
 * in a HEADCOUNT round. A place's results are entered as a whole; anything over is refused in Thai and English and
 * changes nothing. The personnel group enters them for any place, a school's director for their school, the area
 * director (who manages the area) for a unit — a unit head does not rank their own staff; each entry is audited.
 */
@Component
class SalaryRoundResults {

    /** A person of the school and their entered result (null percent: none yet). */
    record Person(
            long personId,
            String name,
            String position,
            String salaryLevel,
            BigDecimal salary,
            BigDecimal ceiling,
            BigDecimal percent,
            BigDecimal raise) {}

    /** The place's share: what it (or its cluster) receives, what is used by the others of its cluster. */
    record Budget(String code, String name, BigDecimal received, BigDecimal usedByOthers) {

        public BigDecimal available() {
            return received.subtract(usedByOthers);
        }
    }

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final SalaryRules rules;
    private final SalaryAllocationRows allocation;
    private final SalaryRoundUnits units;
    private final AuditLog audit;

    SalaryRoundResults(
            JdbcClient jdbc,
            PersonnelAccess access,
            SalaryRules rules,
            SalaryAllocationRows allocation,
            SalaryRoundUnits units,
            AuditLog audit) {
        this.units = units;
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.allocation = allocation;
        this.audit = audit;
    }

    void checkEnters(Area area, SalaryPlace place, KhetUser user) {
        boolean director = !place.unit() && user.holdsAtSchool(place.id(), Role.SCHOOL_DIRECTOR);
        if (!access.manages(user, area.id()) && !director) {
            throw new ForbiddenException("enter the salary results of " + place);
        }
    }

    List<Person> people(SalaryRound round, SalaryPlace place) {
        return jdbc.sql("""
                        select p.id as person_id, concat_ws(' ', nullif(p.title, ''), p.first_name_th, p.last_name_th) as name,
                               coalesce(p.position_th, '') as position, coalesce(e.salary_level, '') as salary_level,
                               coalesce(r.salary, e.salary) as salary,
                               (select c.ceiling from personnel.salary_ceiling c where c.salary_level = e.salary_level
                                  and c.valid_from <= :day and (c.valid_until is null or c.valid_until > :day))
                                   as ceiling,
                               r.percent, r.raise
                        from registry.person_placement p
                        join personnel.employment e on e.person_id = p.id
                        left join personnel.salary_result r on r.round_id = :round and r.person_id = p.id
                        where %s and p.active and e.employment_type = 'GOVERNMENT'
                          and e.salary is not null
                        order by p.first_name_th, p.last_name_th, p.id""".formatted(place.peopleWhere()))
                .param("day", round.roundDate())
                .param("round", round.id())
                .param("place", place.id())
                .query(Person.class)
                .list();
    }

    Budget budget(SalaryRound round, SalaryPlace place) {
        if (place.unit()) {
            SalaryRoundUnits.Row unit =
                    units.of(round.id(), place.id()).orElseThrow(() -> new NotFoundException("unit in round"));
            return new Budget(unit.unitCode(), unit.unitName(), unit.received(), BigDecimal.ZERO);
        }
        long schoolId = place.id();
        SalaryAllocationRows.Row school = allocation.of(round.id()).stream()
                .filter(r -> r.schoolId() == schoolId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("school in round"));
        if (!school.pooled()) {
            return new Budget(school.schoolCode(), school.schoolName(), school.received(), BigDecimal.ZERO);
        }
        BigDecimal received = allocation.clusters(round.id()).stream()
                .filter(c -> c.cluster().equals(school.cluster()))
                .map(SalaryAllocationRows.Cluster::received)
                .findFirst()
                .orElse(BigDecimal.ZERO);
        BigDecimal used = jdbc.sql(round.headcount() ? USED_PEOPLE : USED_BAHT)
                .param("round", round.id())
                .param("cluster", school.cluster())
                .param("school", schoolId)
                .query(BigDecimal.class)
                .single();
        return new Budget(school.schoolCode(), school.schoolName(), received, used);
    }

    private static final String USED_OTHERS = """
            from personnel.salary_result r join personnel.salary_allocation a
              on a.round_id = r.round_id and a.school_id = r.school_id
            where r.round_id = :round and a.pooled and a.cluster = :cluster and r.school_id <> :school""";
    private static final String USED_BAHT = "select coalesce(sum(r.raise), 0) " + USED_OTHERS;
    private static final String USED_PEOPLE = "select count(*) filter (where r.percent > 0) " + USED_OTHERS;

    /** Replaces the place's results with {@code percents} (person id → percent), all checked first. */
    @Transactional
    void enter(Area area, SalaryRound round, SalaryPlace place, Map<Long, BigDecimal> percents, KhetUser by) {
        checkEnters(area, place, by);
        if (!round.approved()) {
            throw RejectedException.of("state", Texts.of("personnel.salary.results.notApproved"));
        }
        SalaryRules.Rule rule = rules.rule(round.ruleId());
        List<FieldError> errors = new ArrayList<>();
        BigDecimal raises = BigDecimal.ZERO;
        int raised = 0;
        List<Person> people = people(round, place);
        for (Person p : people) {
            BigDecimal percent = percents.get(p.personId());
            if (percent == null || percent.signum() == 0) {
                continue;
            }
            String field = "percent_" + p.personId();
            if (percent.signum() < 0 || percent.compareTo(rule.personCapPercent()) > 0) {
                errors.add(new FieldError(
                        0,
                        field,
                        Texts.of("personnel.salary.results.overCap", p.name(), plain(rule.personCapPercent()))));
                continue;
            }
            BigDecimal raise = raise(p.salary(), percent);
            if (p.ceiling() != null && p.salary().add(raise).compareTo(p.ceiling()) > 0) {
                errors.add(new FieldError(
                        0,
                        field,
                        Texts.of(
                                "personnel.salary.results.overCeiling",
                                p.name(),
                                p.salaryLevel(),
                                plain(p.ceiling()))));
                continue;
            }
            raises = raises.add(raise);
            raised++;
        }
        if (percents.keySet().stream().anyMatch(id -> people.stream().noneMatch(p -> p.personId() == id))) {
            errors.add(new FieldError(0, "person", Texts.of("personnel.salary.results.notHere")));
        }
        Budget budget = budget(round, place);
        BigDecimal used = round.headcount() ? BigDecimal.valueOf(raised) : raises;
        if (errors.isEmpty() && used.compareTo(budget.available()) > 0) {
            errors.add(new FieldError(
                    0,
                    place.unit() ? "unit" : "school",
                    Texts.of(
                            place.unit() ? "personnel.salary.unit.overShare" : "personnel.salary.results.overShare",
                            plain(used),
                            plain(budget.available()))));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(errors.get(0).message(), errors);
        }
        store(round, place, people, percents, by);
        audit.changedBy(
                by,
                area.id(),
                "SALARY_RESULTS_ENTERED",
                "salary_round",
                round.id(),
                null,
                Map.of(place.column(), place.id(), "people", people.size(), "used", used));
    }

    private void store(
            SalaryRound round, SalaryPlace place, List<Person> people, Map<Long, BigDecimal> percents, KhetUser by) {
        jdbc.sql("delete from personnel.salary_result where round_id = :r and " + place.column() + " = :s")
                .param("r", round.id())
                .param("s", place.id())
                .update();
        for (Person p : people) {
            BigDecimal percent = percents.getOrDefault(p.personId(), BigDecimal.ZERO);
            jdbc.sql("""
                            insert into personnel.salary_result (round_id, person_id, school_id, unit_id, salary,
                                percent, raise, entered_by)
                            values (:r, :p, :s, :u, :salary, :percent, :raise, :by)""")
                    .param("r", round.id())
                    .param("p", p.personId())
                    .param("s", place.unit() ? null : place.id(), Types.BIGINT)
                    .param("u", place.unit() ? place.id() : null, Types.BIGINT)
                    .param("salary", p.salary())
                    .param("percent", percent)
                    .param("raise", raise(p.salary(), percent))
                    .param("by", by.id())
                    .update();
        }
    }

    /** The raise in baht, rounded up to the next ten as the salary tables do. */
    static BigDecimal raise(BigDecimal salary, BigDecimal percent) {
        return salary.multiply(percent)
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING)
                .multiply(BigDecimal.TEN);
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}

package org.khet.personnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.khet.achievement.SchoolColourGroups;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.Area;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.khet.thai.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds of an area, for those who manage its personnel: a round is created for 1 April or 1 October; allocating
 * it computes the pool on its date under the rule in force then and shares it among the open schools (from the
 * workforce plan of the academic year of that date and the colour groups of its quality year) and the office's own
 * units with salaried government staff (their salaries in the POOL base, their staff in the HEADCOUNT quota, see
 * {@link SalaryAllocation}) — again as often as
 * needed until the committee approves it; approval freezes it and opens the schools' results. Each step is audited.
 */
@Component
class SalaryRounds {

    private static final String COLUMNS = """
            id, area_id, round_date, period_from, period_until, method, quality_year, state, rule_id, salary_base,
            pool, held_centrally, approved_by""";

    private final JdbcClient jdbc;
    private final PersonnelAccess access;
    private final SalaryRules rules;
    private final Workforce workforce;
    private final SchoolColourGroups colours;
    private final SalaryRoundUnits units;
    private final AuditLog audit;

    SalaryRounds(
            JdbcClient jdbc,
            PersonnelAccess access,
            SalaryRules rules,
            Workforce workforce,
            SchoolColourGroups colours,
            SalaryRoundUnits units,
            AuditLog audit) {
        this.units = units;
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.workforce = workforce;
        this.colours = colours;
        this.audit = audit;
    }

    void checkManages(Area area, KhetUser user) {
        if (!access.manages(user, area.id())) {
            throw new ForbiddenException("manage the salary rounds of " + area.code());
        }
    }

    List<SalaryRound> of(Area area, KhetUser user) {
        checkManages(area, user);
        return jdbc.sql("select " + COLUMNS
                        + " from personnel.salary_round where area_id = :a order by round_date desc")
                .param("a", area.id())
                .query(SalaryRound.class)
                .list();
    }

    SalaryRound get(long id) {
        return jdbc.sql("select " + COLUMNS + " from personnel.salary_round where id = :id")
                .param("id", id)
                .query(SalaryRound.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("salary round"));
    }

    @Transactional
    long create(Area area, LocalDate roundDate, String method, Integer qualityYear, KhetUser by) {
        checkManages(area, by);
        if (roundDate == null
                || roundDate.getDayOfMonth() != 1
                || (roundDate.getMonthValue() != 4 && roundDate.getMonthValue() != 10)) {
            throw RejectedException.of("roundDate", Texts.of("personnel.salary.round.badDate"));
        }
        SalaryRound.Method m;
        try {
            m = SalaryRound.Method.valueOf(
                    method == null ? "POOL" : method.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw RejectedException.of("method", Texts.of("personnel.salary.round.badMethod"));
        }
        int year = qualityYear == null ? AcademicYear.of(roundDate).buddhistYear() - 1 : qualityYear;
        if (year < 2500 || year > 2700) {
            throw RejectedException.of("qualityYear", Texts.of("personnel.salary.round.badYear"));
        }
        boolean taken = jdbc.sql("select count(*) from personnel.salary_round where area_id = :a and round_date = :d"
                                + " and method = :m")
                        .param("a", area.id())
                        .param("d", roundDate)
                        .param("m", m.name())
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw RejectedException.of("roundDate", Texts.of("personnel.salary.round.taken"));
        }
        long id = jdbc.sql("""
                        insert into personnel.salary_round (area_id, round_date, period_from, period_until, method,
                            quality_year, created_by)
                        values (:a, :d, :from, :until, :m, :y, :by) returning id""")
                .param("a", area.id())
                .param("d", roundDate)
                .param("from", roundDate.minusMonths(6))
                .param("until", roundDate.minusDays(1))
                .param("m", m.name())
                .param("y", year)
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                area.id(),
                "SALARY_ROUND_CREATED",
                "salary_round",
                id,
                null,
                Map.of("round_date", roundDate.toString(), "method", m.name(), "quality_year", year));
        return id;
    }

    /** The academic year (BE) whose workforce plan a round on {@code day} allocates by. */
    static int planYear(LocalDate day) {
        return AcademicYear.of(day).buddhistYear();
    }

    @Transactional
    SalaryAllocation.Result allocate(Area area, long roundId, KhetUser by) {
        checkManages(area, by);
        SalaryRound round = inArea(area, roundId);
        if (round.approved()) {
            throw RejectedException.of("state", Texts.of("personnel.salary.round.alreadyApproved"));
        }
        SalaryRules.Rule rule = rules.ruleOn(round.roundDate())
                .orElseThrow(() -> RejectedException.of("rule", Texts.of("personnel.salary.round.noRule")));
        Workforce.Plan plan = workforce.of(area, planYear(round.roundDate()));
        Map<Long, String> groups = colours.of(area.id(), round.qualityYear());
        List<SalaryAllocation.School> schools = plan.rows().stream()
                .map(r -> new SalaryAllocation.School(
                        r.schoolId(),
                        r.schoolCode(),
                        r.schoolName(),
                        r.networkName(),
                        r.criterionTeachers() == null ? 0 : r.criterionTeachers(),
                        groups.get(r.schoolId())))
                .toList();
        List<SalaryAllocation.Unit> staffed = units.staffed(area);
        BigDecimal base = null;
        BigDecimal pool;
        if (round.headcount()) {
            int teachers = schools.stream()
                            .mapToInt(SalaryAllocation.School::criterionTeachers)
                            .sum()
                    + staffed.stream().mapToInt(SalaryAllocation.Unit::staff).sum();
            pool = BigDecimal.valueOf(teachers)
                    .multiply(rule.headcountQuotaPercent())
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        } else {
            base = salaryBase(area).add(units.salaryBase(area));
            pool = base.multiply(rule.poolPercent()).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
        }
        SalaryAllocation.Result result = SalaryAllocation.allocate(round.method(), pool, rule, schools, staffed);
        store(round, rule, base, pool, result);
        units.store(round.id(), result.units());
        audit.changedBy(
                by,
                area.id(),
                "SALARY_ROUND_ALLOCATED",
                "salary_round",
                roundId,
                null,
                Map.of(
                        "pool",
                        pool,
                        "held_centrally",
                        result.heldCentrally(),
                        "rule_id",
                        rule.id(),
                        "units",
                        staffed.size()));
        return result;
    }

    /** The salaries of the area's government staff at its schools today: the base a POOL round takes its share of. */
    BigDecimal salaryBase(Area area) {
        return jdbc.sql("""
                        select coalesce(sum(e.salary), 0) from registry.school_staff st
                        join personnel.employment e on e.person_id = st.person_id
                        where st.area_id = :a and st.active and e.employment_type = 'GOVERNMENT'
                          and e.salary is not null""").param("a", area.id()).query(BigDecimal.class).single();
    }

    private void store(
            SalaryRound round,
            SalaryRules.Rule rule,
            BigDecimal base,
            BigDecimal pool,
            SalaryAllocation.Result result) {
        jdbc.sql("delete from personnel.salary_allocation where round_id = :r")
                .param("r", round.id())
                .update();
        jdbc.sql("delete from personnel.salary_cluster where round_id = :r")
                .param("r", round.id())
                .update();
        for (SalaryAllocation.Share s : result.shares()) {
            jdbc.sql("""
                            insert into personnel.salary_allocation (round_id, school_id, school_code, school_name,
                                cluster, criterion_teachers, colour_group, weight, base_share, quality_share,
                                received, pooled)
                            values (:r, :id, :code, :name, :cluster, :t, :g, :w, :base, :quality, :received,
                                :pooled)""")
                    .param("r", round.id())
                    .param("id", s.school().id())
                    .param("code", s.school().code())
                    .param("name", s.school().name())
                    .param("cluster", s.school().cluster())
                    .param("t", s.school().criterionTeachers())
                    .param("g", s.school().group())
                    .param("w", s.weight())
                    .param("base", s.baseShare())
                    .param("quality", s.qualityShare())
                    .param("received", s.received())
                    .param("pooled", s.pooled())
                    .update();
        }
        for (SalaryAllocation.Cluster c : result.clusters()) {
            jdbc.sql("insert into personnel.salary_cluster (round_id, cluster, fractions, received)"
                            + " values (:r, :c, :f, :received)")
                    .param("r", round.id())
                    .param("c", c.name())
                    .param("f", c.fractions())
                    .param("received", c.received())
                    .update();
        }
        jdbc.sql("""
                        update personnel.salary_round set state = 'ALLOCATED', rule_id = :rule, salary_base = :base,
                            pool = :pool, held_centrally = :held, allocated_at = now() where id = :r""")
                .param("rule", rule.id())
                .param("base", base)
                .param("pool", pool)
                .param("held", result.heldCentrally())
                .param("r", round.id())
                .update();
    }

    /** The committee's approval: the personnel group approves the allocation; it cannot change afterwards. */
    @Transactional
    void approve(Area area, long roundId, KhetUser by) {
        checkManages(area, by);
        SalaryRound round = inArea(area, roundId);
        if (round.state() != SalaryRound.State.ALLOCATED) {
            throw RejectedException.of("state", Texts.of("personnel.salary.round.notAllocated"));
        }
        jdbc.sql("update personnel.salary_round set state = 'APPROVED', approved_at = now(), approved_by = :by"
                        + " where id = :r")
                .param("by", by.id())
                .param("r", roundId)
                .update();
        audit.changedBy(
                by,
                area.id(),
                "SALARY_ROUND_APPROVED",
                "salary_round",
                roundId,
                Map.of("state", round.stateName()),
                Map.of("state", "APPROVED"));
    }

    SalaryRound inArea(Area area, long roundId) {
        SalaryRound round = get(roundId);
        if (round.areaId() != area.id()) {
            throw new NotFoundException("salary round");
        }
        return round;
    }
}

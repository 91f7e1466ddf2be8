package org.khet.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the indicators over a scope (one procurement, a buyer's fiscal year, or a whole fiscal year of an area or of
 * every area), each as one set-based statement writing its answers to a temporary table, then two comparing them with
 * the open ones: the first closes every open answer that the new one differs from (state, reason, evidence, threshold
 * or definition version), saying why; the second opens the new answers where none is open. An answer is never
 * deleted, so a flag a recomputation clears stays with its evidence, closed.
 */
@Component
class FlagComputation {

    /** The procurements to answer for; a null field does not narrow. */
    record Scope(Long procurementId, Integer fiscalYear, Long areaId, boolean buyerOnly, Long schoolId) {

        static Scope procurement(long id) {
            return new Scope(id, null, null, false, null);
        }

        static Scope buyerYear(long areaId, Long schoolId, int fiscalYear) {
            return new Scope(null, fiscalYear, areaId, true, schoolId);
        }

        static Scope year(int fiscalYear, Long areaId) {
            return new Scope(null, fiscalYear, areaId, false, null);
        }
    }

    private static final String COMMON = """
            with th as (
                select parameter, trim_scale(value) as value from procurement.threshold
                where code = :code and valid_from <= :day and (valid_until is null or valid_until > :day)),
            scope as (
                select id from procurement.procurement
                where (cast(:id as bigint) is null or id = cast(:id as bigint))
                  and (cast(:year as integer) is null or fiscal_year = cast(:year as integer))
                  and (cast(:area as bigint) is null or area_id = cast(:area as bigint))
                  and (not :buyerOnly or school_id is not distinct from cast(:school as bigint))),
            scope_buyers as (
                select area_id, coalesce(school_id, 0) as buyer, min(fiscal_year) - 1 as first_year,
                       max(fiscal_year) + 1 as last_year
                from procurement.procurement where id in (select id from scope)
                group by area_id, coalesce(school_id, 0)),
            bid_rows as (
                select b.procurement_id, b.id, b.supplier_id, s.name as supplier, s.tax_id, b.amount, b.disqualified,
                       b.disqualified_reason, coalesce(a.bid_id = b.id, false) as won
                from scope x
                join procurement.bid b on b.procurement_id = x.id
                join procurement.supplier s on s.id = b.supplier_id
                left join procurement.award a on a.procurement_id = b.procurement_id),
            bid_sets as (
                select procurement_id, count(*) as bids, count(*) filter (where not disqualified) as valid,
                       count(*) filter (where disqualified) as disqualified, min(amount) as lowest,
                       coalesce(bool_or(won and not disqualified), false) as winner_valid,
                       jsonb_agg(jsonb_build_object('supplier', supplier, 'amount', amount,
                                 'disqualified', disqualified, 'reason', disqualified_reason, 'won', won)
                                 order by amount, id) as list
                from bid_rows group by procurement_id),
            buyer_values as (
                select p.id, p.ocid, p.title, p.area_id, p.school_id, p.fiscal_year, p.category, p.method,
                       p.e_catalogue, coalesce(c.value, a.amount, p.budget) as value,
                       coalesce(a.awarded_on, p.tender_start, cast(p.created_at at time zone 'Asia/Bangkok' as date))
                           as day,
                       w.supplier_id, s.name as supplier
                from scope_buyers b
                join procurement.procurement p
                    on p.area_id = b.area_id and coalesce(p.school_id, 0) = b.buyer
                   and p.fiscal_year between b.first_year and b.last_year
                left join procurement.award a on a.procurement_id = p.id
                left join procurement.contract c on c.procurement_id = p.id
                left join procurement.bid w on w.id = a.bid_id
                left join procurement.supplier s on s.id = w.supplier_id
                where p.status <> 'CANCELLED'),
            result as (%s)
            """;

    /**
     * Each indicator's answers are written to this table first, then compared with the open ones: the answers are
     * computed once, not once to close and once to open, and the comparison joins a table with a key and statistics
     * rather than the answering query, which the planner — misled by a flag table grown since its last statistics —
     * once ran again for every open flag of a year.
     */
    private static final String ANSWERS = """
            create temp table if not exists flag_answer (
                procurement_id bigint primary key, state text not null, reason text, evidence jsonb not null,
                threshold jsonb not null) on commit drop""";

    private static final String ANSWER = """
            insert into flag_answer (procurement_id, state, reason, evidence, threshold)
            select procurement_id, state, reason, evidence, threshold from result""";

    private static final String CLOSE = """
            update procurement.flag f
            set closed_at = now(), closed_why = case when f.state = r.state then 'changed' else r.state end
            from flag_answer r
            where f.procurement_id = r.procurement_id and f.code = :code and f.closed_at is null
              and (f.state, f.reason, f.evidence, f.threshold, f.version)
                  is distinct from (r.state, r.reason, r.evidence, r.threshold, :version)""";

    private static final String OPEN = """
            insert into procurement.flag (procurement_id, code, version, state, reason, evidence, threshold)
            select r.procurement_id, :code, :version, r.state, r.reason, r.evidence, r.threshold from flag_answer r
            on conflict (procurement_id, code) where closed_at is null do nothing""";

    private final JdbcClient jdbc;
    private final List<Indicator> indicators;
    private final Clock clock;

    FlagComputation(JdbcClient jdbc, List<Indicator> indicators, Clock clock) {
        this.jdbc = jdbc;
        this.indicators = indicators.stream()
                .sorted(Comparator.comparing(Indicator::code))
                .toList();
        this.clock = clock;
    }

    /** Every indicator, by code. */
    List<Indicator> indicators() {
        return indicators;
    }

    Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** After a change of a procurement: its own indicators, and those over its buyer's fiscal year. */
    @Transactional
    public void changed(ProcurementChanged change) {
        oneAtATime(change.areaId());
        for (Indicator indicator : indicators) {
            run(
                    indicator,
                    indicator.reach() == Indicator.Reach.PROCUREMENT
                            ? Scope.procurement(change.id())
                            : Scope.buyerYear(change.areaId(), change.schoolId(), change.fiscalYear()));
        }
    }

    /**
     * A whole fiscal year of one area, or of every area when {@code areaId} is null (for imported history and the
     * nightly run): three set-based statements per indicator whatever the number of procurements, in one transaction
     * holding the lock of every area it answers for (taken in order, so two such runs cannot deadlock), so that a
     * change waits for it and then computes on its answers. Answers how many answers changed.
     */
    @Transactional
    public int year(int fiscalYear, Long areaId) {
        jdbc.sql("""
                        select distinct area_id from procurement.procurement
                        where fiscal_year = :year and (cast(:area as bigint) is null or area_id = cast(:area as bigint))
                        order by area_id""")
                .param("year", fiscalYear)
                .param("area", areaId)
                .query(Long.class)
                .list()
                .forEach(this::oneAtATime);
        int changed = 0;
        for (Indicator indicator : indicators) {
            changed += run(indicator, Scope.year(fiscalYear, areaId));
        }
        return changed;
    }

    /**
     * Waits for any other computation of the area to commit, so that each reads what the one before it wrote: two
     * changes of a buyer in quick succession then leave the answers of the later, whatever order their listeners run.
     */
    private void oneAtATime(long areaId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(14, cast(:area as integer))) x")
                .param("area", areaId)
                .query(Integer.class)
                .single();
    }

    private int run(Indicator indicator, Scope scope) {
        jdbc.sql(ANSWERS).update();
        jdbc.sql("truncate flag_answer").update();
        bind(jdbc.sql(COMMON.formatted(indicator.answers()) + ANSWER), indicator, scope)
                .update();
        jdbc.sql("analyze flag_answer").update();
        jdbc.sql(CLOSE)
                .param("code", indicator.code())
                .param("version", indicator.version())
                .update();
        return jdbc.sql(OPEN)
                .param("code", indicator.code())
                .param("version", indicator.version())
                .update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Indicator indicator, Scope scope) {
        return spec.param("code", indicator.code())
                .param("version", indicator.version())
                .param("day", today())
                .param("id", scope.procurementId())
                .param("year", scope.fiscalYear())
                .param("area", scope.areaId())
                .param("buyerOnly", scope.buyerOnly())
                .param("school", scope.schoolId());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(MethodRules.THAILAND));
    }
}

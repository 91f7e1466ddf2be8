package org.khet.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the indicators, each as two set-based statements over a scope (one procurement, a buyer's fiscal year, or a
 * whole fiscal year of an area): the first closes every open answer that the new one differs from
 * (state, reason, evidence, threshold or definition version), saying why; the second opens the new answers where
 * none is open. An answer is never deleted, so a flag a recomputation clears stays with its evidence, closed.
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

        static Scope year(int fiscalYear, long areaId) {
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
                select distinct area_id, coalesce(school_id, 0) as buyer, fiscal_year from procurement.procurement
                where id in (select id from scope)),
            bid_rows as (
                select b.procurement_id, b.id, b.supplier_id, s.name as supplier, s.tax_id, b.amount, b.disqualified,
                       b.disqualified_reason, coalesce(a.bid_id = b.id, false) as won
                from procurement.bid b
                join procurement.supplier s on s.id = b.supplier_id
                left join procurement.award a on a.procurement_id = b.procurement_id
                where b.procurement_id in (select id from scope)),
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
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join procurement.contract c on c.procurement_id = p.id
                left join procurement.bid w on w.id = a.bid_id
                left join procurement.supplier s on s.id = w.supplier_id
                where p.status <> 'CANCELLED'
                  and exists (
                      select 1 from scope_buyers b
                      where b.area_id = p.area_id and b.buyer = coalesce(p.school_id, 0)
                        and p.fiscal_year between b.fiscal_year - 1 and b.fiscal_year + 1)),
            result as (%s)
            """;

    private static final String CLOSE = """
            update procurement.flag f
            set closed_at = now(), closed_why = case when f.state = r.state then 'changed' else r.state end
            from result r
            where f.procurement_id = r.procurement_id and f.code = :code and f.closed_at is null
              and (f.state, f.reason, f.evidence, f.threshold, f.version)
                  is distinct from (r.state, r.reason, r.evidence, r.threshold, :version)""";

    private static final String OPEN = """
            insert into procurement.flag (procurement_id, code, version, state, reason, evidence, threshold)
            select r.procurement_id, :code, :version, r.state, r.reason, r.evidence, r.threshold from result r
            on conflict (procurement_id, code) where closed_at is null do nothing""";

    private final JdbcClient jdbc;
    private final List<Indicator> indicators;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FlagComputation(JdbcClient jdbc, List<Indicator> indicators, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
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
     * nightly run): two statements per indicator whatever the number of procurements, in one transaction per area,
     * which holds that area's lock, so that a change in one area waits for its own area's run only and each area's
     * answers land as soon as they are computed. Answers how many answers changed.
     */
    public int year(int fiscalYear, Long areaId) {
        List<Long> areas = areaId != null
                ? List.of(areaId)
                : jdbc.sql("select distinct area_id from procurement.procurement where fiscal_year = :year order by 1")
                        .param("year", fiscalYear)
                        .query(Long.class)
                        .list();
        int changed = 0;
        for (long area : areas) {
            changed += transactions.execute(status -> areaYear(fiscalYear, area));
        }
        return changed;
    }

    private int areaYear(int fiscalYear, long areaId) {
        oneAtATime(areaId);
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
        String common = COMMON.formatted(indicator.answers());
        bind(jdbc.sql(common + CLOSE), indicator, scope).update();
        return bind(jdbc.sql(common + OPEN), indicator, scope).update();
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

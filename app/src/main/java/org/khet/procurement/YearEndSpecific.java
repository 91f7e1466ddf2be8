package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Specific-method purchases bunched at the end of the fiscal year: a specific purchase in the fiscal year's last days (threshold) when those days hold more than the threshold's share of the buyer's specific-method value of the year. Not applicable to other methods or to a cancelled purchase. */
@Component
class YearEndSpecific extends Indicator {

    YearEndSpecific() {
        super("KHET_YEAR_END_SPECIFIC", 1, Reach.BUYER_YEAR);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when p.method <> 'SPECIFIC' or v.id is null or d.value is null or s.value is null
                            then 'not_applicable'
                            when v.day > y.year_end - cast(d.value as integer) and y.share > s.value then 'flagged'
                            else 'clear' end as state,
                       case when p.method <> 'SPECIFIC' then 'notSpecific' when v.id is null then 'cancelled'
                            when d.value is null or s.value is null then 'noThreshold' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('day', v.day, 'fiscalYearEnd', y.year_end,
                           'specificTotal', y.total, 'lastDaysTotal', y.last, 'sharePercent', y.share)) as evidence,
                       case when d.value is null or s.value is null then '{}'::jsonb
                            else jsonb_build_object('last_days', d.value, 'max_share_percent', s.value) end
                           as threshold
                from procurement.procurement p
                left join buyer_values v on v.id = p.id
                left join th d on d.parameter = 'last_days'
                left join th s on s.parameter = 'max_share_percent'
                left join (
                    select e.area_id, e.buyer, e.fiscal_year, e.year_end, e.total, e.last,
                           round(e.last * 100 / nullif(e.total, 0), 2) as share
                    from (select q.area_id, coalesce(q.school_id, 0) as buyer, q.fiscal_year,
                                 make_date(q.fiscal_year - 543, 9, 30) as year_end, sum(q.value) as total,
                                 coalesce(sum(q.value) filter (where q.day > make_date(q.fiscal_year - 543, 9, 30)
                                     - cast(l.value as integer)), 0) as last
                          from buyer_values q left join th l on l.parameter = 'last_days'
                          where q.method = 'SPECIFIC'
                          group by q.area_id, coalesce(q.school_id, 0), q.fiscal_year) e) y
                    on p.method = 'SPECIFIC' and v.id is not null and y.area_id = v.area_id
                   and y.buyer = coalesce(v.school_id, 0) and y.fiscal_year = v.fiscal_year
                where p.id in (select id from scope)""";
    }
}

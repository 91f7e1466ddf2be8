package org.khet.procurement;

import org.springframework.stereotype.Component;

/** One supplier won more than the threshold's share of a buyer's awarded value in a fiscal year: each award to that supplier is flagged. Not applicable before the award, or while the buyer has fewer awards in the year than the threshold's minimum. */
@Component
class SupplierConcentration extends Indicator {

    SupplierConcentration() {
        super("CONCENTRATION", 1, Reach.BUYER_YEAR);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when v.supplier_id is null or m.value is null or x.value is null
                                 or y.awards < m.value then 'not_applicable'
                            when y.share > x.value then 'flagged' else 'clear' end as state,
                       case when v.supplier_id is null then 'notAwarded'
                            when m.value is null or x.value is null then 'noThreshold'
                            when y.awards < m.value then 'fewAwards' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('supplier', v.supplier, 'supplierTotal', y.mine,
                           'supplierAwards', y.my_awards, 'buyerTotal', y.total, 'buyerAwards', y.awards,
                           'sharePercent', y.share)) as evidence,
                       case when m.value is null or x.value is null then '{}'::jsonb
                            else jsonb_build_object('max_share_percent', x.value, 'min_awards', m.value) end
                           as threshold
                from procurement.procurement p
                left join buyer_values v on v.id = p.id
                left join th x on x.parameter = 'max_share_percent'
                left join th m on m.parameter = 'min_awards'
                left join (
                    select t.area_id, t.buyer, t.fiscal_year, t.supplier_id, t.my_awards, t.mine,
                           sum(t.my_awards) over w as awards, sum(t.mine) over w as total,
                           round(t.mine * 100 / nullif(sum(t.mine) over w, 0), 2) as share
                    from (select area_id, coalesce(school_id, 0) as buyer, fiscal_year, supplier_id,
                                 count(*) as my_awards, sum(value) as mine
                          from buyer_values where supplier_id is not null
                          group by area_id, coalesce(school_id, 0), fiscal_year, supplier_id) t
                    window w as (partition by t.area_id, t.buyer, t.fiscal_year)) y
                    on y.area_id = v.area_id and y.buyer = coalesce(v.school_id, 0)
                   and y.fiscal_year = v.fiscal_year and y.supplier_id = v.supplier_id
                where p.id in (select id from scope)""";
    }
}

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
                left join lateral (
                    select count(*) as awards, sum(q.value) as total,
                           count(*) filter (where q.supplier_id = v.supplier_id) as my_awards,
                           coalesce(sum(q.value) filter (where q.supplier_id = v.supplier_id), 0) as mine,
                           round(coalesce(sum(q.value) filter (where q.supplier_id = v.supplier_id), 0) * 100
                                 / sum(q.value), 2) as share
                    from buyer_values q
                    where q.area_id = p.area_id and q.school_id is not distinct from p.school_id
                      and q.fiscal_year = p.fiscal_year and q.supplier_id is not null) y on v.supplier_id is not null
                where p.id in (select id from scope)""";
    }
}

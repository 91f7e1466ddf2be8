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
                       case when y.id is null or m.value is null or x.value is null
                                 or y.awards < m.value then 'not_applicable'
                            when y.share > x.value then 'flagged' else 'clear' end as state,
                       case when y.id is null then 'notAwarded'
                            when m.value is null or x.value is null then 'noThreshold'
                            when y.awards < m.value then 'fewAwards' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('supplier', y.supplier, 'supplierTotal', y.mine,
                           'supplierAwards', y.my_awards, 'buyerTotal', y.total, 'buyerAwards', y.awards,
                           'sharePercent', y.share)) as evidence,
                       case when m.value is null or x.value is null then '{}'::jsonb
                            else jsonb_build_object('max_share_percent', x.value, 'min_awards', m.value) end
                           as threshold
                from procurement.procurement p
                left join th x on x.parameter = 'max_share_percent'
                left join th m on m.parameter = 'min_awards'
                left join (
                    select id, supplier, count(*) over buyer as awards, sum(value) over buyer as total,
                           count(*) over mine as my_awards, sum(value) over mine as mine,
                           round(sum(value) over mine * 100 / nullif(sum(value) over buyer, 0), 2) as share
                    from buyer_values where supplier_id is not null
                    window buyer as (partition by area_id, coalesce(school_id, 0), fiscal_year),
                           mine as (partition by area_id, coalesce(school_id, 0), fiscal_year, supplier_id)) y
                    on y.id = p.id
                where p.id in (select id from scope)""";
    }
}

package org.khet.procurement;

import org.springframework.stereotype.Component;

/** The awarded amount lies within the threshold's percentage of the reference price (ราคากลาง), as when a winner knew it (Cardinal's R024 compares the winner with the second bid instead); not applicable before the award or without a reference price. */
@Component
class CloseToReference extends Indicator {

    CloseToReference() {
        super("KHET_CLOSE_TO_REFERENCE", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when a.procurement_id is null or p.reference_price is null or t.value is null
                            then 'not_applicable'
                            when abs(p.reference_price - a.amount) * 100 / p.reference_price <= t.value
                            then 'flagged' else 'clear' end as state,
                       case when a.procurement_id is null then 'notAwarded'
                            when p.reference_price is null then 'noReferencePrice'
                            when t.value is null then 'noThreshold' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('referencePrice', p.reference_price, 'awarded', a.amount,
                           'differencePercent',
                           round(abs(p.reference_price - a.amount) * 100 / p.reference_price, 3))) as evidence,
                       case when t.value is null then '{}'::jsonb
                            else jsonb_build_object('max_difference_percent', t.value) end as threshold
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join th t on t.parameter = 'max_difference_percent'
                where p.id in (select id from scope)""";
    }
}

package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Cardinal R018: an awarded procurement whose method expects competition (any but the specific method) received one bid; not applicable to the specific method or before the award. */
@Component
class SingleBid extends Indicator {

    SingleBid() {
        super("R018", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when p.method = 'SPECIFIC' or a.procurement_id is null then 'not_applicable'
                            when coalesce(n.bids, 0) = 1 then 'flagged' else 'clear' end as state,
                       case when p.method = 'SPECIFIC' then 'specificMethod'
                            when a.procurement_id is null then 'notAwarded' end as reason,
                       jsonb_build_object('method', p.method, 'bidCount', coalesce(n.bids, 0),
                           'bids', coalesce(n.list, '[]')) as evidence,
                       '{}'::jsonb as threshold
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join bid_sets n on n.procurement_id = p.id
                where p.id in (select id from scope)""";
    }
}

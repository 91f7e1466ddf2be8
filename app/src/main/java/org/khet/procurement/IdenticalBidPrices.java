package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Cardinal R028: different bidders submitted bids with the same price; not applicable with fewer than two bids. */
@Component
class IdenticalBidPrices extends Indicator {

    IdenticalBidPrices() {
        super("R028", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when coalesce(n.bids, 0) < 2 then 'not_applicable'
                            when d.same is not null then 'flagged' else 'clear' end as state,
                       case when coalesce(n.bids, 0) < 2 then 'fewerThanTwoBids' end as reason,
                       jsonb_build_object('bidCount', coalesce(n.bids, 0), 'identical', coalesce(d.same, '[]'))
                           as evidence,
                       '{}'::jsonb as threshold
                from procurement.procurement p
                left join bid_sets n on n.procurement_id = p.id
                left join (
                    select procurement_id,
                           jsonb_agg(jsonb_build_object('amount', amount, 'suppliers', names) order by amount) as same
                    from (select procurement_id, amount, jsonb_agg(supplier order by supplier) as names
                          from bid_rows group by procurement_id, amount having count(*) > 1) g
                    group by procurement_id) d on d.procurement_id = p.id
                where p.id in (select id from scope)""";
    }
}

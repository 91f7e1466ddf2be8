package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Cardinal R036: after an award, with at least one valid bid, the lowest bid was disqualified; not applicable before the award or without a valid bid. */
@Component
class LowestBidDisqualified extends Indicator {

    LowestBidDisqualified() {
        super("R036", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when a.procurement_id is null or coalesce(n.valid, 0) = 0 then 'not_applicable'
                            when l.supplier is not null then 'flagged' else 'clear' end as state,
                       case when a.procurement_id is null then 'notAwarded'
                            when coalesce(n.valid, 0) = 0 then 'noValidBid' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('lowest', l.lowest, 'bids', coalesce(n.list, '[]')))
                           as evidence,
                       '{}'::jsonb as threshold
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join bid_sets n on n.procurement_id = p.id
                left join (
                    select distinct on (r.procurement_id) r.procurement_id, r.supplier,
                           jsonb_build_object('supplier', r.supplier, 'amount', r.amount,
                               'reason', r.disqualified_reason) as lowest
                    from bid_rows r join bid_sets s on s.procurement_id = r.procurement_id and r.amount = s.lowest
                    where r.disqualified
                    order by r.procurement_id, r.id) l on l.procurement_id = p.id
                where p.id in (select id from scope)""";
    }
}

package org.khet.procurement;

import org.springframework.stereotype.Component;

/** A bidder is on the government's list of debarred suppliers (ผู้ทิ้งงาน) as last imported; not applicable without bids. */
@Component
class DebarredBidder extends Indicator {

    DebarredBidder() {
        super("KHET_DEBARRED_BIDDER", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when coalesce(n.bids, 0) = 0 then 'not_applicable'
                            when d.listed is not null then 'flagged' else 'clear' end as state,
                       case when coalesce(n.bids, 0) = 0 then 'noBids' end as reason,
                       jsonb_build_object('bidCount', coalesce(n.bids, 0), 'debarred', coalesce(d.listed, '[]'))
                           as evidence,
                       '{}'::jsonb as threshold
                from procurement.procurement p
                left join bid_sets n on n.procurement_id = p.id
                left join (
                    select r.procurement_id,
                           jsonb_agg(jsonb_strip_nulls(jsonb_build_object('supplier', r.supplier,
                           'listedOn', x.listed_on, 'order', nullif(x.reference, ''))) order by r.supplier) as listed
                    from bid_rows r join procurement.debarred x on x.tax_id = r.tax_id
                    group by r.procurement_id) d on d.procurement_id = p.id
                where p.id in (select id from scope)""";
    }
}

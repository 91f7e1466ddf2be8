package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Cardinal R035: the winner's bid is the only valid one and at least the threshold's number of other bids were disqualified; not applicable before the award or with fewer than two bids. */
@Component
class AllButWinnerDisqualified extends Indicator {

    AllButWinnerDisqualified() {
        super("R035", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when a.procurement_id is null or coalesce(n.bids, 0) < 2 or t.value is null
                            then 'not_applicable'
                            when n.valid = 1 and n.winner_valid and n.disqualified >= t.value then 'flagged'
                            else 'clear' end as state,
                       case when a.procurement_id is null then 'notAwarded'
                            when coalesce(n.bids, 0) < 2 then 'fewerThanTwoBids'
                            when t.value is null then 'noThreshold' end as reason,
                       jsonb_build_object('bidCount', coalesce(n.bids, 0), 'disqualifiedCount',
                           coalesce(n.disqualified, 0), 'bids', coalesce(n.list, '[]')) as evidence,
                       case when t.value is null then '{}'::jsonb
                            else jsonb_build_object('min_disqualified', t.value) end as threshold
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join bid_sets n on n.procurement_id = p.id
                left join th t on t.parameter = 'min_disqualified'
                where p.id in (select id from scope)""";
    }
}

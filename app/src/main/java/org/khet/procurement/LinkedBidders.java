package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Two competing bidders share an address or a director (names and addresses compared as entered, ignoring case and spacing); not applicable with fewer than two bids. */
@Component
class LinkedBidders extends Indicator {

    LinkedBidders() {
        super("KHET_LINKED_BIDDERS", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when coalesce(n.bids, 0) < 2 then 'not_applicable'
                            when l.pairs is not null then 'flagged' else 'clear' end as state,
                       case when coalesce(n.bids, 0) < 2 then 'fewerThanTwoBids' end as reason,
                       jsonb_build_object('bidCount', coalesce(n.bids, 0), 'shared', coalesce(l.pairs, '[]'))
                           as evidence,
                       '{}'::jsonb as threshold
                from procurement.procurement p
                left join bid_sets n on n.procurement_id = p.id
                left join (
                    select k.procurement_id,
                           jsonb_agg(jsonb_build_object('suppliers', jsonb_build_array(k.a, k.b), 'what', k.what,
                           'value', k.value) order by k.a, k.b, k.what) as pairs
                    from (select r1.procurement_id, r1.supplier as a, r2.supplier as b, 'address' as what,
                                 s1.address as value
                          from bid_rows r1 join bid_rows r2 on r2.procurement_id = r1.procurement_id and r2.id > r1.id
                          join procurement.supplier s1 on s1.id = r1.supplier_id
                          join procurement.supplier s2 on s2.id = r2.supplier_id
                          where btrim(s1.address) <> ''
                            and lower(regexp_replace(btrim(s1.address), '\\s+', ' ', 'g'))
                              = lower(regexp_replace(btrim(s2.address), '\\s+', ' ', 'g'))
                          union all
                          select distinct r1.procurement_id, r1.supplier, r2.supplier, 'director', d1.name
                          from bid_rows r1 join bid_rows r2 on r2.procurement_id = r1.procurement_id and r2.id > r1.id
                          join procurement.supplier_director d1 on d1.supplier_id = r1.supplier_id
                          join procurement.supplier_director d2 on d2.supplier_id = r2.supplier_id
                          where lower(regexp_replace(btrim(d1.name), '\\s+', ' ', 'g'))
                              = lower(regexp_replace(btrim(d2.name), '\\s+', ' ', 'g'))) k
                    group by k.procurement_id) l on l.procurement_id = p.id
                where p.id in (select id from scope)""";
    }
}

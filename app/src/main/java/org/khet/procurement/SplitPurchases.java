package org.khet.procurement;

import org.springframework.stereotype.Component;

/** R011, the ACT Ai "split to avoid bidding" flag: a purchase under the ceiling of the method rule in force on its day, with other purchases of the same buyer and method within the threshold's window of days, of the same category or won by the same supplier, each under that ceiling and together over it. The evidence lists the purchases. Not applicable when the method has no ceiling or the purchase is cancelled. */
@Component
class SplitPurchases extends Indicator {

    SplitPurchases() {
        super("R011", 1, Reach.BUYER_YEAR);
    }

    @Override
    String answers() {
        return """
                with capped as (
                    select v.*, c.up_to from buyer_values v
                    cross join lateral (
                        select r.up_to from procurement.method_rule r
                        where r.method = v.method and r.up_to is not null and r.valid_from <= v.day
                          and (r.valid_until is null or r.valid_until > v.day)
                          and (r.e_catalogue is null or r.e_catalogue = v.e_catalogue)
                          and v.value > r.above and v.value <= r.up_to
                        order by r.up_to limit 1) c
                    where v.id in (select id from scope)),
                together as (
                    select c.id, sum(q.value) as total,
                           jsonb_agg(jsonb_strip_nulls(jsonb_build_object('ocid', q.ocid, 'title', q.title,
                               'value', q.value, 'day', q.day, 'supplier', q.supplier)) order by q.day, q.id) as list
                    from capped c
                    join buyer_values q on q.area_id = c.area_id and coalesce(q.school_id, 0) = coalesce(c.school_id, 0)
                         and q.method = c.method and q.value <= c.up_to
                         and (q.category = c.category or q.supplier_id = c.supplier_id)
                    join th t on t.parameter = 'window_days' and abs(q.day - c.day) <= t.value
                    group by c.id)
                select p.id as procurement_id,
                       case when v.id is null or c.up_to is null or t.value is null then 'not_applicable'
                            when g.total > c.up_to then 'flagged' else 'clear' end as state,
                       case when v.id is null then 'cancelled' when c.up_to is null then 'noCeiling'
                            when t.value is null then 'noThreshold' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('method', p.method, 'ceiling', c.up_to,
                           'total', g.total, 'purchases', case when g.total > c.up_to then g.list end)) as evidence,
                       case when t.value is null then '{}'::jsonb
                            else jsonb_build_object('window_days', t.value) end as threshold
                from procurement.procurement p
                left join buyer_values v on v.id = p.id
                left join th t on t.parameter = 'window_days'
                left join capped c on c.id = p.id
                left join together g on g.id = p.id
                where p.id in (select id from scope)""";
    }
}

package org.khet.procurement;

import org.springframework.stereotype.Component;

/**
 * R017: a line item priced above its reference. An item matches an entry of its area's reference-price catalogue as
 * {@link ReferencePrices} matches it (scheme, code and unit; or, for an entry without a code, its name and unit); its
 * reference is the median of the entry's evidence (market quotes and the area's other awarded unit prices) in the
 * window of the reference rule in force on the procurement's day (its tender start, else the day it was recorded),
 * with {@code percentile_cont} — the inclusive quartiles {@link Quartiles} computes. The item is flagged when its unit
 * price is above the median by more than the threshold's percentage, or above the evidence's upper fence (Q3 + 1.5
 * IQR). Not applicable without items, or when no item has a reference with the rule's minimum evidence.
 */
@Component
class PriceAboveReference extends Indicator {

    PriceAboveReference() {
        super("R017", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when not exists (select 1 from procurement.item i where i.procurement_id = p.id)
                            then 'not_applicable'
                            when coalesce(r.referenced, 0) = 0 then 'not_applicable'
                            when coalesce(r.flagged, 0) > 0 then 'flagged' else 'clear' end as state,
                       case when not exists (select 1 from procurement.item i where i.procurement_id = p.id)
                            then 'noItems'
                            when coalesce(r.referenced, 0) = 0 then 'noReferenceEvidence' end as reason,
                       case when coalesce(r.flagged, 0) > 0 then jsonb_build_object('items', r.items)
                            else '{}'::jsonb end as evidence,
                       jsonb_strip_nulls(jsonb_build_object('max_above_percent', t.value,
                           'window_months', r.window_months, 'min_evidence', r.min_evidence)) as threshold
                from procurement.procurement p
                left join th t on t.parameter = 'max_above_percent'
                left join lateral (
                    select count(*) as referenced,
                           count(*) filter (where s.above) as flagged,
                           max(s.window_months) as window_months, max(s.min_evidence) as min_evidence,
                           jsonb_agg(jsonb_build_object('item', s.description, 'unitPrice', s.unit_price,
                               'median', round(s.median::numeric, 2), 'upperFence', round(s.fence::numeric, 2),
                               'evidenceCount', s.n,
                               'abovePercent', round((s.unit_price - s.median::numeric) * 100 / s.median::numeric, 1))
                               order by s.position) filter (where s.above) as items
                    from (
                        select x.*,
                               x.unit_price > x.median::numeric * (1 + coalesce(t.value, 0) / 100)
                                   or x.unit_price > x.fence::numeric as above
                        from (
                            select i.position, i.description, i.unit_price, ru.window_months, ru.min_evidence,
                                   count(ev.price) as n,
                                   percentile_cont(0.5) within group (order by ev.price) as median,
                                   percentile_cont(0.75) within group (order by ev.price)
                                       + 1.5 * (percentile_cont(0.75) within group (order by ev.price)
                                           - percentile_cont(0.25) within group (order by ev.price)) as fence
                            from procurement.item i
                            cross join lateral (
                                select coalesce(p.tender_start,
                                           cast(p.created_at at time zone 'Asia/Bangkok' as date)) as day) d
                            join procurement.reference_rule ru
                                on ru.valid_from <= d.day and (ru.valid_until is null or ru.valid_until > d.day)
                            join procurement.reference_entry e
                                on e.area_id = p.area_id and lower(btrim(i.unit)) = lower(btrim(e.unit))
                               and case when e.code <> '' then i.scheme = e.scheme and i.code = e.code
                                        else lower(btrim(i.description)) = lower(btrim(e.name)) end
                            join lateral (
                                select q.unit_price as price from procurement.price_quote q
                                where q.entry_id = e.id
                                  and q.quoted_on between d.day - make_interval(months => ru.window_months)
                                      + interval '1 day' and d.day
                                union all
                                select oi.unit_price from procurement.procurement o
                                join procurement.award oa on oa.procurement_id = o.id
                                join procurement.item oi on oi.procurement_id = o.id
                                where o.area_id = e.area_id and o.status <> 'CANCELLED' and o.id <> p.id
                                  and oi.unit_price > 0
                                  and oa.awarded_on between d.day - make_interval(months => ru.window_months)
                                      + interval '1 day' and d.day
                                  and lower(btrim(oi.unit)) = lower(btrim(e.unit))
                                  and case when e.code <> '' then oi.scheme = e.scheme and oi.code = e.code
                                           else lower(btrim(oi.description)) = lower(btrim(e.name)) end) ev on true
                            where i.procurement_id = p.id
                            group by i.position, i.description, i.unit_price, ru.window_months, ru.min_evidence
                            having count(ev.price) >= ru.min_evidence) x) s) r on true
                where p.id in (select id from scope)""";
    }
}

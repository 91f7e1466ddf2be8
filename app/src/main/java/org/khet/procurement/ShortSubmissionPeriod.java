package org.khet.procurement;

import org.springframework.stereotype.Component;

/** Cardinal R003: the submission period (tender end minus start, whole days) is shorter than the minimum set for the procurement's method; not applicable without a period or without a minimum for the method (the specific method has none). */
@Component
class ShortSubmissionPeriod extends Indicator {

    ShortSubmissionPeriod() {
        super("R003", 1, Reach.PROCUREMENT);
    }

    @Override
    String answers() {
        return """
                select p.id as procurement_id,
                       case when p.tender_start is null or p.tender_end is null or m.value is null
                            then 'not_applicable'
                            when p.tender_end - p.tender_start < m.value then 'flagged' else 'clear' end as state,
                       case when p.tender_start is null or p.tender_end is null then 'noPeriod'
                            when m.value is null then 'noMinimum' end as reason,
                       jsonb_strip_nulls(jsonb_build_object('method', p.method, 'tenderStart', p.tender_start,
                           'tenderEnd', p.tender_end, 'days', p.tender_end - p.tender_start)) as evidence,
                       case when m.value is null then '{}'::jsonb
                            else jsonb_build_object(m.parameter, m.value) end as threshold
                from procurement.procurement p
                left join th m on m.parameter = 'min_days_' || p.method
                where p.id in (select id from scope)""";
    }
}

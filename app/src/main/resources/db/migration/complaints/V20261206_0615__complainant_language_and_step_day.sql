-- The language a named complainant filed in, which their progress messages are written in (those filed before
-- wrote in Thai, as Khet did for everyone).
alter table complaints.complainant
    add column language text not null default 'th' check (language in ('th', 'en'));

-- The day a step is about, as data rather than a Thai sentence: the day a rapid mobile unit goes out (shown to the
-- complainant) or the due day an overdue case overran (the office's). Pages word it in the reader's language.
alter table complaints.complaint_step add column on_day date;
comment on column complaints.complaint_step.on_day is
    'The day the step is about: a dispatch''s day out (DISPATCHED), the due day overrun (ESCALATED*)';

-- The government e-CMS exchange tells "rejected" (not ours) from "invalid" (the document is wrong or cannot be
-- read); a recipient now answers either, each with its reason.
alter table correspondence.delivery drop constraint delivery_reason;
alter table correspondence.delivery
    add constraint delivery_reason check (state not in ('REJECTED', 'INVALID') or reason is not null);

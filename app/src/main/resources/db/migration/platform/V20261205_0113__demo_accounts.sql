-- Accounts the demo made carry a mark, so a demo account is told on its first page and KHET_DEMO=false can find
-- them without touching a real user who happens to share a name. Databases made before the mark existed: the
-- demo's nine accounts are recognised by their usernames together with the "(สาธิต)" the demo puts in each name.
alter table app_user add column demo boolean not null default false;

update app_user set demo = true
where username in ('director', 'saraban', 'personnel', 'supervisor', 'auditor', 'legal', 'school.director',
                   'school.clerk', 'teacher')
  and display_name like '%(สาธิต)';

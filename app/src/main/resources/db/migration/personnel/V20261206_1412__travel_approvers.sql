-- Who approves official travel becomes dated data beside who approves leave (issue 15, step 6): the same rules of
-- place, applicant's position and days, marked applies_to = 'TRAVEL' (no leave type). The rows below are what Khet
-- did in code until now — starting figures for the office to check against its delegation order (คำสั่งมอบอำนาจ).
alter table personnel.leave_approver
    add column applies_to text not null default 'LEAVE' check (applies_to in ('LEAVE', 'TRAVEL')),
    add check (applies_to = 'LEAVE' or leave_type is null);

insert into personnel.leave_approver (applies_to, leave_type, place, applicant_position, up_to_days, approver,
    valid_from, circular, starting_figure)
values
    ('TRAVEL', null, 'SCHOOL', 'SCHOOL_DIRECTOR', null, 'AREA_DIRECTOR', '2012-05-22',
     'การอนุญาตให้เดินทางไปราชการตามคำสั่งมอบอำนาจของ สพฐ. และของสำนักงานเขตพื้นที่การศึกษา', true),
    ('TRAVEL', null, 'SCHOOL', null, null, 'SCHOOL_DIRECTOR', '2012-05-22',
     'การอนุญาตให้เดินทางไปราชการตามคำสั่งมอบอำนาจของ สพฐ. และของสำนักงานเขตพื้นที่การศึกษา', true),
    ('TRAVEL', null, 'OFFICE', 'AREA_DEPUTY', null, 'AREA_DIRECTOR', '2012-05-22',
     'การอนุญาตให้เดินทางไปราชการตามคำสั่งมอบอำนาจของ สพฐ. และของสำนักงานเขตพื้นที่การศึกษา', true),
    ('TRAVEL', null, 'OFFICE', 'GROUP_HEAD', null, 'AREA_DIRECTOR', '2012-05-22',
     'การอนุญาตให้เดินทางไปราชการตามคำสั่งมอบอำนาจของ สพฐ. และของสำนักงานเขตพื้นที่การศึกษา', true),
    ('TRAVEL', null, 'OFFICE', null, null, 'UNIT_HEAD', '2012-05-22',
     'การอนุญาตให้เดินทางไปราชการตามคำสั่งมอบอำนาจของ สพฐ. และของสำนักงานเขตพื้นที่การศึกษา', true);

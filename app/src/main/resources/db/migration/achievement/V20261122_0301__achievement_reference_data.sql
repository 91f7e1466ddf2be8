-- Exams and their subjects by year, the four shipped quality-group policies, the default target and the seed's
-- rewards. All of it is data an administrator edits; none of it is in code.

insert into exam (code, name_th, name_en, grades, ordinal) values
    ('ONET', 'O-NET', 'O-NET', '{P6,M3,M6}', 1),
    ('NT', 'NT', 'NT', '{P3}', 2),
    ('RT', 'RT', 'RT', '{P1}', 3),
    ('PRE_ONET', 'Pre O-NET', 'Pre O-NET', '{P6,M3,M6}', 4),
    ('LAS', 'LAS', 'LAS', '{P1,P2,P3,P4,P5,P6,M1,M2,M3,M4,M5,M6}', 5);

create temporary table subject_name (code text primary key, name_th text, name_en text, ordinal int);
insert into subject_name values
    ('THAI', 'ภาษาไทย', 'Thai', 1),
    ('MATH', 'คณิตศาสตร์', 'Mathematics', 2),
    ('SCI', 'วิทยาศาสตร์', 'Science', 3),
    ('SOC', 'สังคมศึกษา ศาสนาและวัฒนธรรม', 'Social studies', 4),
    ('ENG', 'ภาษาอังกฤษ', 'English', 5),
    ('HEALTH', 'สุขศึกษาและพลศึกษา', 'Health and physical education', 6),
    ('ART', 'ศิลปะ', 'Arts', 7),
    ('CAREER', 'การงานอาชีพและเทคโนโลยี', 'Occupations and technology', 8),
    ('LANG', 'ด้านภาษา', 'Literacy', 11),
    ('NUM', 'ด้านคำนวณ', 'Numeracy', 12),
    ('REASON', 'ด้านเหตุผล', 'Reasoning', 13),
    ('READ_ALOUD', 'การอ่านออกเสียง', 'Reading aloud', 21),
    ('READ_COMP', 'การอ่านรู้เรื่อง', 'Reading comprehension', 22);

-- O-NET and Pre O-NET: eight learning areas to 2557; P6 and M3 five subjects 2558-2561 and four from 2562;
-- M6 five subjects from 2558.
insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select e.exam, null, s.code, s.name_th, s.name_en, 2549, 2557, s.ordinal
from (values ('ONET'), ('PRE_ONET')) e (exam)
cross join subject_name s where s.code in ('THAI', 'MATH', 'SCI', 'SOC', 'ENG', 'HEALTH', 'ART', 'CAREER');

insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select e.exam, g.grade, s.code, s.name_th, s.name_en, 2558, 2561, s.ordinal
from (values ('ONET'), ('PRE_ONET')) e (exam)
cross join (values ('P6'), ('M3')) g (grade)
cross join subject_name s where s.code in ('THAI', 'MATH', 'SCI', 'SOC', 'ENG');

insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select e.exam, g.grade, s.code, s.name_th, s.name_en, 2562, null, s.ordinal
from (values ('ONET'), ('PRE_ONET')) e (exam)
cross join (values ('P6'), ('M3')) g (grade)
cross join subject_name s where s.code in ('THAI', 'MATH', 'SCI', 'ENG');

insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select e.exam, 'M6', s.code, s.name_th, s.name_en, 2558, null, s.ordinal
from (values ('ONET'), ('PRE_ONET')) e (exam)
cross join subject_name s where s.code in ('THAI', 'MATH', 'SCI', 'SOC', 'ENG');

-- NT at P3: literacy, numeracy and reasoning to 2561; Thai and Mathematics from 2562.
insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select 'NT', null, code, name_th, name_en, 2551, 2561, ordinal from subject_name
where code in ('LANG', 'NUM', 'REASON');
insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select 'NT', null, code, name_th, name_en, 2562, null, ordinal from subject_name where code in ('THAI', 'MATH');

insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select 'RT', null, code, name_th, name_en, 2557, null, ordinal from subject_name
where code in ('READ_ALOUD', 'READ_COMP');

insert into exam_subject (exam, grade, code, name_th, name_en, first_year, last_year, ordinal)
select 'LAS', null, code, name_th, name_en, 2550, null, ordinal from subject_name
where code in ('THAI', 'MATH', 'SCI', 'SOC', 'ENG');

drop table subject_name;

insert into quality_policy (code, name_th, name_en, rule, groups, params, first_year) values
('SEED', 'กลุ่มสีคุณภาพของเขตพื้นที่ (4 สี)', 'The area''s four colour groups', 'RANK_PERCENTILE',
 '[{"code":"GREEN","name_th":"สีเขียว","name_en":"Green","colour":"#1b7f3b"},
   {"code":"YELLOW","name_th":"สีเหลือง","name_en":"Yellow","colour":"#f2c230"},
   {"code":"BLACK","name_th":"สีดำ","name_en":"Black","colour":"#212529"},
   {"code":"RED","name_th":"สีแดง","name_en":"Red","colour":"#c0392b"}]',
 '{"decimals":2,"cuts":[{"group":"GREEN","max_percentile":25,"min_mean":50},{"group":"YELLOW","max_percentile":50},
   {"group":"BLACK","max_percentile":75},{"group":"RED","max_percentile":100}]}', 2500),
('OBEC_AREA', 'แบบ สพฐ. (10% บน, เทียบค่าเฉลี่ย, 10% ล่าง)', 'OBEC (top 10%, against a mean, bottom 10%)',
 'REFERENCE_TAILS',
 '[{"code":"TOP","name_th":"กลุ่มสูงสุด 10%","name_en":"Top 10%","colour":"#1b7f3b"},
   {"code":"ABOVE","name_th":"ไม่ต่ำกว่าค่าเฉลี่ยอ้างอิง","name_en":"At or above the reference","colour":"#5b9bd5"},
   {"code":"BELOW","name_th":"ต่ำกว่าค่าเฉลี่ยอ้างอิง","name_en":"Below the reference","colour":"#f39c12"},
   {"code":"BOTTOM","name_th":"กลุ่มต่ำสุด 10%","name_en":"Bottom 10%","colour":"#c0392b"}]',
 '{"decimals":2,"top_percent":10,"bottom_percent":10,"reference":"NATIONAL"}', 2500),
('FIXED_BANDS', 'ช่วงคะแนนเฉลี่ยคงที่', 'Fixed bands of the mean', 'MEAN_BANDS',
 '[{"code":"FROM_50","name_th":"50 ขึ้นไป","name_en":"50 and above","colour":"#1b7f3b"},
   {"code":"FROM_45","name_th":"45 ถึงต่ำกว่า 50","name_en":"45 to under 50","colour":"#f2c230"},
   {"code":"FROM_40","name_th":"40 ถึงต่ำกว่า 45","name_en":"40 to under 45","colour":"#f39c12"},
   {"code":"UNDER_40","name_th":"ต่ำกว่า 40","name_en":"Under 40","colour":"#c0392b"}]',
 '{"decimals":2,"bands":[{"group":"FROM_50","min":50},{"group":"FROM_45","min":45},{"group":"FROM_40","min":40},
   {"group":"UNDER_40","min":0}]}', 2500),
('ONESQA_LOWER_LIMIT', 'ร้อยละผู้เรียนที่ผ่านขีดจำกัดล่าง (สมศ.)', 'Share above the lower limit (ONESQA)',
 'LOWER_LIMIT_SHARE',
 '[{"code":"EXCELLENT","name_th":"ดีมาก","name_en":"Very good","colour":"#1b7f3b"},
   {"code":"GOOD","name_th":"ดี","name_en":"Good","colour":"#5b9bd5"},
   {"code":"FAIR","name_th":"พอใช้","name_en":"Fair","colour":"#f2c230"},
   {"code":"IMPROVE","name_th":"ต้องปรับปรุง","name_en":"Needs improvement","colour":"#c0392b"}]',
 '{"z":2.58,"reference":"NATIONAL","bands":[{"group":"EXCELLENT","min":75},{"group":"GOOD","min":50},
   {"group":"FAIR","min":25},{"group":"IMPROVE","min":0}]}', 2500);

insert into achievement_target (area_id, subject, mean, first_year) values (null, '*', 50, 2500);

insert into quality_reward (area_id, policy, group_code, name_th, name_en, first_year) values
    (null, 'SEED', 'GREEN', 'ศึกษาดูงานต่างภาค เดินทางโดยเครื่องบิน', 'Study trip to another region by air', 2500),
    (null, 'SEED', 'YELLOW', 'ศึกษาดูงานต่างจังหวัด โดยรถปรับอากาศ', 'Study trip to another province by air-conditioned bus', 2500),
    (null, 'SEED', 'BLACK', 'ศึกษาดูงานภายในจังหวัด', 'Study visit within the province', 2500),
    (null, 'SEED', 'RED', 'เลี้ยงขนมจีน ณ สำนักงานเขตพื้นที่', 'A khanom-jeen lunch at the area office', 2500);

-- The office calendar leaves the complaint centre for its own module and schema: the same rows, now with an
-- English name. A holiday's year is the year of its date; area_id null is a national holiday for every area.
-- The name is unqualified on purpose: the table may by now sit in complaints' schema, which the search_path covers.
create schema if not exists calendar;
alter table office_holiday set schema calendar;
alter table calendar.office_holiday rename to holiday;
alter table calendar.holiday add column name_en text;
alter table calendar.holiday
    add constraint holiday_name_th_given check (length(btrim(name_th)) between 1 and 200),
    add constraint holiday_name_en_length check (name_en is null or length(name_en) <= 200);
create index holiday_day on calendar.holiday (day);

update calendar.holiday h set name_en = n.en
from (values ('วันขึ้นปีใหม่', 'New Year''s Day'), ('วันมาฆบูชา', 'Makha Bucha Day'), ('วันจักรี', 'Chakri Day'),
             ('วันสงกรานต์', 'Songkran'), ('วันแรงงานแห่งชาติ', 'National Labour Day'),
             ('วันฉัตรมงคล', 'Coronation Day'), ('ชดเชยวันวิสาขบูชา', 'Visakha Bucha Day (substitute)'),
             ('วันเฉลิมพระชนมพรรษาสมเด็จพระราชินี', 'Queen Suthida''s Birthday'),
             ('วันเฉลิมพระชนมพรรษา ร.10', 'King Vajiralongkorn''s Birthday'), ('วันอาสาฬหบูชา', 'Asalha Bucha Day'),
             ('วันเข้าพรรษา', 'Buddhist Lent Day'), ('วันแม่แห่งชาติ', 'Mother''s Day'),
             ('วันนวมินทรมหาราช', 'King Bhumibol Memorial Day'), ('วันปิยมหาราช', 'Chulalongkorn Day'),
             ('ชดเชยวันพ่อแห่งชาติ', 'Father''s Day (substitute)'), ('วันรัฐธรรมนูญ', 'Constitution Day'),
             ('วันสิ้นปี', 'New Year''s Eve')) as n (th, en)
where h.name_th = n.th and h.area_id is null;

-- Red flag R017 (a line item priced above its reference): how far above the median of the evidence an item's unit
-- price may be before it is flagged (it is flagged above the evidence's upper fence too). A starting figure for the
-- audit unit to set.
insert into procurement.threshold (code, parameter, value, valid_from, note, shipped) values
    ('R017', 'max_above_percent', 20, date '2017-08-23',
     'ค่าเริ่มต้นที่ติดตั้งมากับระบบ: ราคาต่อหน่วยสูงกว่าค่ามัธยฐานของหลักฐานราคากลางเกินร้อยละนี้ โปรดกำหนดตามแนวทางของหน่วยตรวจสอบภายใน',
     true);

-- Reference data shipped with Khet. Administrators edit it; a new circular adds a new scheme version.
insert into size_scheme (code, name_th, name_en, effective_from) values
  ('OBEC4', 'ขนาดโรงเรียน สพฐ. 4 ขนาด', 'OBEC four size classes', date '2010-01-01'),
  ('OBEC7', 'ขนาดโรงเรียน สพฐ. 7 ขนาด', 'OBEC seven size classes', date '2010-01-01'),
  ('SUPERVISION', 'กลุ่มนิเทศตามขนาดโรงเรียน (แผนปฏิบัติการเขต)', 'Supervision groups by size (area plan)', date '2010-01-01');

insert into size_class (scheme_id, ordinal, name_th, name_en, min_students, max_students)
select s.id, c.ordinal, c.name_th, c.name_en, c.min_students, c.max_students
from size_scheme s join (values
  ('OBEC4', 1, 'ขนาดเล็ก', 'Small', 1, 120),
  ('OBEC4', 2, 'ขนาดกลาง', 'Medium', 121, 600),
  ('OBEC4', 3, 'ขนาดใหญ่', 'Large', 601, 1500),
  ('OBEC4', 4, 'ขนาดใหญ่พิเศษ', 'Extra large', 1501, null),
  ('OBEC7', 1, 'ขนาดที่ 1', 'Size 1', 1, 120),
  ('OBEC7', 2, 'ขนาดที่ 2', 'Size 2', 121, 200),
  ('OBEC7', 3, 'ขนาดที่ 3', 'Size 3', 201, 300),
  ('OBEC7', 4, 'ขนาดที่ 4', 'Size 4', 301, 499),
  ('OBEC7', 5, 'ขนาดที่ 5', 'Size 5', 500, 1499),
  ('OBEC7', 6, 'ขนาดที่ 6', 'Size 6', 1500, 2499),
  ('OBEC7', 7, 'ขนาดที่ 7', 'Size 7', 2500, null),
  ('SUPERVISION', 1, 'โรงเรียนขนาดเล็ก (ทางไกลผ่านดาวเทียม)', 'Small (satellite distance learning)', 1, 119),
  ('SUPERVISION', 2, 'โรงเรียนขนาดกลาง', 'Medium', 120, 299),
  ('SUPERVISION', 3, 'โรงเรียนขนาดใหญ่', 'Large', 300, null)
) as c(code, ordinal, name_th, name_en, min_students, max_students) on c.code = s.code;

insert into academic_standing (code, name_th, name_en, rank) values
  ('NONE', 'ไม่มีวิทยฐานะ', 'No academic standing', 0),
  ('PRACTITIONER', 'ชำนาญการ', 'Professional', 1),
  ('SENIOR', 'ชำนาญการพิเศษ', 'Senior professional', 2),
  ('EXPERT', 'เชี่ยวชาญ', 'Expert', 3),
  ('SENIOR_EXPERT', 'เชี่ยวชาญพิเศษ', 'Senior expert', 4);

insert into position (code, name_th, name_en, place) values
  ('AREA_DIRECTOR', 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', 'Area office director', 'AREA'),
  ('AREA_DEPUTY', 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', 'Deputy area office director', 'AREA'),
  ('GROUP_HEAD', 'ผู้อำนวยการกลุ่ม', 'Group head', 'AREA'),
  ('SUPERVISOR', 'ศึกษานิเทศก์', 'Supervisor', 'AREA'),
  ('LEGAL_OFFICER', 'นิติกร', 'Legal officer', 'AREA'),
  ('PROCUREMENT_OFFICER', 'นักวิชาการพัสดุ', 'Procurement officer', 'AREA'),
  ('AUDITOR', 'นักวิชาการตรวจสอบภายใน', 'Internal auditor', 'AREA'),
  ('EDUCATION_OFFICER', 'นักวิชาการศึกษา', 'Education officer', 'AREA'),
  ('GENERAL_OFFICER', 'เจ้าพนักงานธุรการ', 'Administrative officer', 'ANY'),
  ('SCHOOL_DIRECTOR', 'ผู้อำนวยการโรงเรียน', 'School director', 'SCHOOL'),
  ('SCHOOL_DEPUTY', 'รองผู้อำนวยการโรงเรียน', 'Deputy school director', 'SCHOOL'),
  ('TEACHER', 'ครู', 'Teacher', 'SCHOOL'),
  ('ASSISTANT_TEACHER', 'ครูผู้ช่วย', 'Assistant teacher', 'SCHOOL'),
  ('CONTRACT_TEACHER', 'พนักงานราชการ (ครู)', 'Contract teacher', 'SCHOOL'),
  ('JANITOR', 'นักการภารโรง', 'Janitor', 'SCHOOL');

-- The groups a new area office starts with (กลุ่มในสำนักงานเขตพื้นที่การศึกษา).
create table unit_template (
    code          text primary key,
    ordinal       int  not null,
    name_th       text not null,
    name_en       text not null
);
insert into unit_template (code, ordinal, name_th, name_en) values
  ('ADMIN', 1, 'กลุ่มอำนวยการ', 'Administration'),
  ('PLAN', 2, 'กลุ่มนโยบายและแผน', 'Policy and Planning'),
  ('PERSONNEL', 3, 'กลุ่มบริหารงานบุคคล', 'Personnel'),
  ('PROMOTION', 4, 'กลุ่มส่งเสริมการจัดการศึกษา', 'Educational Promotion'),
  ('SUPERVISION', 5, 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', 'Supervision, Monitoring and Evaluation'),
  ('FINANCE', 6, 'กลุ่มบริหารงานการเงินและสินทรัพย์', 'Finance and Assets'),
  ('PRIVATE', 7, 'กลุ่มส่งเสริมสถานศึกษาเอกชน', 'Private Schools Promotion'),
  ('AUDIT', 8, 'หน่วยตรวจสอบภายใน', 'Internal Audit'),
  ('ICT', 9, 'ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร', 'ICT Centre');

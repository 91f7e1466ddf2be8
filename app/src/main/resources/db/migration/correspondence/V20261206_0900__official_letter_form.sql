-- The blocks of the official form (ระเบียบงานสารบรรณ) that an external letter or a memo has and the letter row does
-- not: whom it is addressed to (เรียน), what it refers to (อ้างถึง), what goes with it (สิ่งที่ส่งมาด้วย), the closing,
-- who signs it and in which position, the sender's address and the owning unit's contact line, and whether the PDF
-- is set in Thai digits. One row per letter at most; a letter without one is printed with the form's defaults.
create table correspondence.letter_layout (
    letter_id          bigint  primary key references correspondence.letter (id),
    salutation         text    not null default '',
    reference          text    not null default '',
    enclosures         text    not null default '',
    closing            text    not null default '',
    signatory_name     text    not null default '',
    signatory_position text    not null default '',
    address            text    not null default '',
    contact            text    not null default '',
    thai_digits        boolean not null default false
);
comment on table correspondence.letter_layout is
    'The official form''s blocks of an external letter or memo (เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย, closing, signatory, contact)';

-- Letter templates (แบบหนังสือ): a type, subject and text with placeholders, salutation and closing to start a letter
-- from. Rows without an area are shipped for every organisation; an organisation's own rows carry its area (and its
-- school for a school).
create table correspondence.letter_template (
    id         bigserial primary key,
    area_id    bigint,
    school_id  bigint,
    name       text    not null,
    kind       text    not null check (kind in ('EXTERNAL', 'MEMO')),
    subject    text    not null default '',
    body       text    not null default '',
    salutation text    not null default '',
    closing    text    not null default '',
    updated_by bigint,
    updated_at timestamptz not null default now(),
    constraint letter_template_owner check (school_id is null or area_id is not null)
);
create index letter_template_owner_idx on correspondence.letter_template (area_id, school_id);

insert into correspondence.letter_template (name, kind, subject, body, salutation, closing) values
('หนังสือนำส่ง', 'EXTERNAL', 'ขอส่ง{เอกสาร}',
 'ด้วย{ส่วนราชการ}ขอส่ง{เอกสาร} รายละเอียดตามสิ่งที่ส่งมาด้วย' || chr(10) ||
 'จึงเรียนมาเพื่อโปรดทราบ',
 'ผู้อำนวยการ{ผู้รับ}', 'ขอแสดงความนับถือ'),
('ขอความอนุเคราะห์', 'EXTERNAL', 'ขอความอนุเคราะห์{เรื่อง}',
 'ด้วย{ส่วนราชการ}มีความประสงค์จะ{วัตถุประสงค์} ในวันที่ {วันที่} ณ {สถานที่}' || chr(10) ||
 'ในการนี้ {ส่วนราชการ}จึงขอความอนุเคราะห์{สิ่งที่ขอ} ทั้งนี้ หากมีข้อสงสัยประการใด โปรดติดต่อผู้ประสานงานตามที่อยู่ท้ายหนังสือนี้' || chr(10) ||
 'จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์ ขอขอบคุณมา ณ โอกาสนี้',
 'ผู้อำนวยการ{ผู้รับ}', 'ขอแสดงความนับถือ'),
('เชิญประชุม', 'EXTERNAL', 'ขอเชิญประชุม{ชื่อการประชุม}',
 'ด้วย{ส่วนราชการ}กำหนดจัดประชุม{ชื่อการประชุม} ในวันที่ {วันที่} เวลา {เวลา} ณ {สถานที่}' || chr(10) ||
 'จึงเรียนมาเพื่อโปรดทราบและเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว',
 'ผู้อำนวยการ{ผู้รับ}', 'ขอแสดงความนับถือ'),
('บันทึกขออนุมัติ', 'MEMO', 'ขออนุมัติ{เรื่อง}',
 'ด้วย{กลุ่มงาน}มีความประสงค์จะ{วัตถุประสงค์} โดยใช้งบประมาณ {จำนวนเงิน} บาท' || chr(10) ||
 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ',
 'ผู้อำนวยการ{ส่วนราชการ}', '');

-- A vacancy may want a learning area (กลุ่มสาระการเรียนรู้): the proposed result gives its places only to applicants
-- whose first major maps to that area (personnel.major_area). Null: any subject; the free-text subject stays a note.
alter table personnel.transfer_vacancy add column learning_area text
    check (learning_area in ('THAI', 'MATHEMATICS', 'SCIENCE', 'SOCIAL', 'HEALTH_PE', 'ARTS', 'OCCUPATIONS',
                             'FOREIGN_LANGUAGES'));

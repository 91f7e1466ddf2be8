/**
 * Development records and awards (issue 15, step 5 of design 0013), inside the personnel module. Tables:
 * {@code personnel.development_rule} (the yearly development hours expected per kind of position — teachers, school
 * administrators, office staff — dated data the administrator edits on {@code /admin/personnel/development}; shipped
 * 20 hours, starting figures), {@code personnel.training_record} (a person's training, seminar, online course, PLC,
 * study visit or Action Learning, with an optional certificate in the platform's file store; verified or returned by
 * the director of the person's school or the personnel group; only verified hours count, in the fiscal year of the
 * record's last day). Pages: {@code /personnel/development} (one's own hours against the target, and the form),
 * {@code /personnel/development/queue} (records to verify), {@code /personnel/development/people} (the area's summary by
 * school and who is below the target, or a school's people; Excel and PDF). API:
 * {@code GET /api/v1/personnel/development?area_code=&fiscal_year=}.
 */
package org.khet.personnel.development;

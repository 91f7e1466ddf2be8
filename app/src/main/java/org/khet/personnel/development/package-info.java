/**
 * Development records, Action Learning and awards (issue 15, step 5 of design 0013), inside the personnel module.
 *
 * <p>Tables: {@code personnel.development_rule} (the yearly development hours expected per kind of position —
 * teachers, school administrators, office staff — dated data per area or for all, edited by the administrator on
 * {@code /admin/personnel/development}; shipped 20 hours each, starting figures the office checks against the ก.ค.ศ.
 * circular; the target of a fiscal year is the rule in force on its first day); {@code personnel.training_record} (a
 * person's training, seminar, online course, PLC, study visit or Action Learning, with an optional certificate — PDF,
 * JPEG or PNG — in the platform's file store; verified or returned with a reason by the director of the person's school
 * or the personnel group; only verified hours count, in the fiscal year of the record's last day);
 * {@code personnel.action_learning}, {@code action_learning_member}, {@code action_learning_entry} (a school's or a
 * unit's team, the problem and goal, plan → act → observe → reflect entries by cycle; finishing it after a reflection
 * gives each member a record of its hours, verified when the school director or the personnel group finishes it);
 * {@code personnel.award} (a person or a school, the award, its level and granting body; the group's verified at once,
 * a school director's once the group verifies it; corrected or withdrawn with a reason — then listed nowhere — by whoever
 * entered it until the group verified it and by the group after, audited; the form finds the recipient by name, at
 * most 20).
 *
 * <p>Pages: {@code /personnel/development} (one's own hours against the target, and the form, on a phone),
 * {@code /personnel/development/queue} (records to verify), {@code /personnel/development/people} (the area's summary
 * by school and who is below the target, or a school director's school; Excel and PDF),
 * {@code /personnel/development/action-learning}, {@code /personnel/development/awards} (its recipient search {@code …/awards/recipients?area=&q=}, an award's
 * correction page {@code …/awards/{id}}). API:
 * {@code GET /api/v1/personnel/development?area_code=&fiscal_year=} and
 * {@code GET /api/v1/personnel/awards?area_code=&year=} (year: the fiscal year of the award's day). Schools' own
 * systems write with the pages' rules ({@code TrainingRecordApi}, {@code AwardApi},
 * {@code ActionLearningApi}): {@code POST /api/v1/personnel/development/records} (for a person of the caller's area,
 * by that person, their school's director or clerk, or the personnel group), {@code …/records/{id}/certificate},
 * {@code …/verify}, {@code …/return}; {@code POST /api/v1/personnel/awards}, {@code …/{id}/verify},
 * {@code …/correct}, {@code …/withdraw}; {@code POST /api/v1/personnel/action-learning}, {@code …/{id}/entries},
 * {@code …/{id}/done}.
 */
package org.khet.personnel.development;

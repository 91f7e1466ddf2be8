/**
 * Personnel (issue 15; design in {@code docs/decisions/0013-personnel-design.md}): the personnel record of the
 * registry's people, the workforce plan against the staffing criterion, retirements, and leave, with every rule a
 * circular changes kept as dated data an administrator edits. The area's personnel group (the office unit whose code
 * {@link org.khet.personnel.PersonnelAccess} names) and its director manage it; a school director sees their
 * school's people; everyone sees their own record. Its tables are in the PostgreSQL schema {@code personnel}. Subject
 * shortages (sub-package {@code subjects}) and small-school pairing ({@code pairing}) build on the workforce plan;
 * development records, Action Learning projects and awards live in {@code development}.
 *
 * <p>The record ({@code employment}, {@code qualification}) arrives by the registry's people import, through the
 * registry's {@link org.khet.registry.PeopleImportColumns} it implements, and is edited on {@code /personnel/people/{id}};
 * retirements are listed on {@code /personnel/retirements} and {@code GET /api/v1/personnel/retirements}, from the
 * dated {@code retirement_rule}. The workforce plan ({@code Workforce}, {@code /personnel/workforce},
 * {@code GET /api/v1/personnel/workforce}) sets each school's government staff against the dated staffing bands and
 * formula. Leave ({@code /personnel/leave}, {@code /api/v1/personnel/leave}) counts working days from the calendar
 * against the dated {@code leave_rule}, routes each request to the approver {@code leave_approver} names (notified),
 * and publishes {@link org.khet.personnel.LeaveDecided}; sick, maternity and ordination/Hajj requests are read only
 * by the person, the approver and the personnel group, other reads audited. It reads the registry's published views
 * {@code person_placement}, {@code school_enrolment} and {@code school_staff}, and listens to the registry's
 * {@link org.khet.registry.PersonMoved} (a move restarts the date at the school, in {@code transfer}).
 * Salary-raise rounds ({@code /personnel/salary-rounds}, {@code /api/v1/personnel/salary-rounds}) take their pool
 * and quality weights from the dated {@code salary_rule}, share it among the schools by the workforce plan's
 * criterion and achievement's colour groups ({@link org.khet.achievement.SchoolColourGroups}) and among the office's
 * own units by their salaried government staff ({@code salary_unit_allocation}), are approved by the
 * personnel group, and check each person's raise against the cap and the dated {@code salary_ceiling}.
 * Transfer rounds and swaps are in {@code org.khet.personnel.transfer} ({@code /personnel/transfers}).
 *
 * <p>Needs the platform (accounts and roles, audit, imports, report files, menu), the registry (areas, units and
 * their heads, schools and their enrolment, people and positions), the calendar (working days), notifications,
 * achievement (each school's colour group), and the {@code thai} library (Buddhist-Era dates, fiscal years).
 */
@ApplicationModule(
        allowedDependencies = {"platform", "shared", "thai", "registry", "calendar", "notifications", "achievement"})
package org.khet.personnel;

import org.springframework.modulith.ApplicationModule;

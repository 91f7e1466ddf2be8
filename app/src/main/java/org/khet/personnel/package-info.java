/**
 * Personnel (issue 15; design in {@code docs/decisions/0013-personnel-design.md}): the personnel record of the
 * registry's people, the workforce plan against the staffing criterion, retirements, and leave, with every rule a
 * circular changes kept as dated data an administrator edits. The area's personnel group (the office unit whose code
 * {@link org.khet.personnel.PersonnelAccess} names) and its director manage it; a school director sees their
 * school's people; everyone sees their own record. Its tables are in the PostgreSQL schema {@code personnel}.
 *
 * <p>The record ({@code employment}, {@code qualification}) arrives by the registry's people import, through the
 * registry's {@link org.khet.registry.PeopleImportColumns} it implements, and is edited on {@code /personnel/people/{id}};
 * retirements are listed on {@code /personnel/retirements} and {@code GET /api/v1/personnel/retirements}, from the
 * dated {@code retirement_rule}. It reads the registry's published view {@code person_placement}.
 *
 * <p>Needs the platform (accounts and roles, audit, imports, report files, menu), the registry (areas, units and
 * their heads, schools and their enrolment, people and positions), the calendar (working days), notifications, and
 * the {@code thai} library (Buddhist-Era dates, fiscal years).
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "calendar", "notifications"})
package org.khet.personnel;

import org.springframework.modulith.ApplicationModule;

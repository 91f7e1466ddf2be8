/**
 * The registry everyone reads: area offices (สำนักงานเขตพื้นที่การศึกษา), their units (กลุ่ม), school networks
 * (เครือข่าย), schools with their students per grade and year, people and positions, and the size schemes that
 * classify schools. Every row belongs to an area; a user sees only the areas their roles reach. Schools and
 * people also arrive by CSV or Excel import, which is atomic. Its tables are in the PostgreSQL schema {@code
 * registry}.
 *
 * <p>Offers its API in this package: {@link org.khet.registry.Areas}, {@link org.khet.registry.Units} ({@link
 * org.khet.registry.Units#headsOf} for who heads a unit), {@link org.khet.registry.Schools}, {@link
 * org.khet.registry.Networks}, {@link org.khet.registry.People}, {@link org.khet.registry.PersonAccounts} (whose
 * account is whose), {@link org.khet.registry.PositionHolders} (who holds which positions at an area's schools and
 * units, for the area's accounts), the imports {@link org.khet.registry.SchoolImport} and {@link
 * org.khet.registry.PeopleImport}, and {@link org.khet.registry.PersonLinkGuard}, which modules implement to refuse
 * a change of a person's account, and {@link org.khet.registry.PeopleImportColumns}, which modules implement to take
 * columns of their own in the people import. It implements the platform's {@link org.khet.platform.Places}. It publishes the
 * events {@link org.khet.registry.SchoolMerged}, {@link org.khet.registry.PersonLeft} and {@link
 * org.khet.registry.PersonMoved}, and the views {@code school_summary}, {@code network_summary}, {@code
 * unit_summary}, {@code person_summary}, {@code unit_head}, {@code school_size} (each school's size class),
 * {@code area_size_class} (the classes of each area's size scheme in force), {@code person_placement} (a person's
 * name, position and school or unit), {@code school_enrolment} (students per grade and year) and {@code
 * school_staff} (each school's people and their positions); it listens to no other module's events.
 *
 * <p>Needs the platform (accounts and roles, audit, imports, menu and home card) and the {@code thai} library
 * (national IDs, academic years, Thai words).
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai"})
package org.khet.registry;

import org.springframework.modulith.ApplicationModule;

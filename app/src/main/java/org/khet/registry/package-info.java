/**
 * The registry everyone reads: area offices (สำนักงานเขตพื้นที่การศึกษา), their units (กลุ่ม), school networks
 * (เครือข่าย), schools with their students per grade and year, people and positions, and the size schemes that
 * classify schools. Every row belongs to an area; a user sees only the areas their roles reach. Schools and
 * people also arrive by CSV or Excel import, which is atomic. Its tables are in the PostgreSQL schema {@code
 * registry}; other modules read them through this package ({@link org.khet.registry.Units#headsOf} for who heads a unit,
 * {@link org.khet.registry.PersonAccounts} for whose account is whose) or the views it publishes there: {@code
 * school_summary}, {@code network_summary}, {@code unit_summary}, {@code person_summary} and {@code unit_head}.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai"})
package org.khet.registry;

import org.springframework.modulith.ApplicationModule;

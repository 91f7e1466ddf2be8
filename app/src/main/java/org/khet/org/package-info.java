/**
 * The registry everyone reads: area offices (สำนักงานเขตพื้นที่การศึกษา), their units (กลุ่ม), school networks
 * (เครือข่าย), schools with their students per grade and year, people and positions, and the size schemes that
 * classify schools. Every row belongs to an area; a user sees only the areas their roles reach. Schools and
 * people also arrive by CSV or Excel import, which is atomic.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai"})
package org.khet.org;

import org.springframework.modulith.ApplicationModule;

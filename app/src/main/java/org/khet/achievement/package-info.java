/**
 * Student achievement (ผลสัมฤทธิ์ทางการเรียน): exam results of O-NET, NT, RT, Pre O-NET and the area's own LAS per
 * school and per student, reference means, the quality colour groups (กลุ่มสีคุณภาพ) that policies stored as data
 * compute from them, targets, rewards, and the dashboards the office plans supervision from. Results arrive by
 * CSV or Excel import, which is atomic. Its tables are in the PostgreSQL schema {@code achievement}.
 *
 * <p>Offers {@link org.khet.achievement.ResultImport} (the demo loads its results through it),
 * {@link org.khet.achievement.SchoolColourGroups} (each school's colour group of a year, for personnel's salary
 * rounds) and its own menu entries; it publishes no events and no views, and listens to none.
 *
 * <p>Needs the platform (accounts and their roles, the audit log with one event per import, {@code
 * AuditLog.imported}, the import tools {@code TabularFile}, {@code ImportErrors}, {@code Cells}, {@code BulkCopy}
 * and {@code Texts}, the report files and the menu), the registry's areas and schools through {@link
 * org.khet.registry.Areas} and {@link org.khet.registry.Schools} and the views it publishes, {@code
 * registry.school_summary} and {@code registry.network_summary}, and the {@code thai} library's national ID rule
 * (a student code must not be one).
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry"})
package org.khet.achievement;

import org.springframework.modulith.ApplicationModule;

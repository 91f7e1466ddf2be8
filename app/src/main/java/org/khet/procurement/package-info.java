/**
 * Procurement transparency (issue 14; design in {@code docs/decisions/0012-procurement-design.md}). This first step
 * holds the rules that say which method a purchase may use ({@link org.khet.procurement.MethodRules}: value bands
 * as dated data an administrator edits) and the area's shared list of suppliers with the government's list of
 * debarred ones, imported by an administrator. It needs the platform (accounts, audit, tabular files, menu), the
 * registry's areas and the {@code thai} tax ID check. It publishes no events or views yet and listens to none. Its
 * tables are in the PostgreSQL schema {@code procurement}.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry"})
package org.khet.procurement;

import org.springframework.modulith.ApplicationModule;

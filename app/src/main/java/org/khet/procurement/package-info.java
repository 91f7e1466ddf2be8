/**
 * Procurement transparency (issue 14; design in {@code docs/decisions/0012-procurement-design.md}). It holds the rules
 * that say which method a purchase may use ({@link org.khet.procurement.MethodRules}: value bands as dated data an
 * administrator edits), the area's shared list of suppliers with the government's list of debarred ones, imported by
 * an administrator, and the procurements of the office and its schools ({@link org.khet.procurement.Procurements}:
 * the plan, items and status; {@link org.khet.procurement.Tendering}: bids, award, contract, committee), managed by a
 * school's director and clerk for their school and by the office's director and staff for the office and every
 * school of the area, each change audited. Red flags: each indicator is one class answering in set-based SQL for a
 * procurement, a buyer's year or a whole fiscal year, with evidence, the thresholds in force (dated data an
 * administrator edits) and its definition; flags are closed, never deleted, when a recomputation clears them, and the
 * area's internal auditor reviews, dismisses or escalates them (the director is notified). It needs the platform
 * (accounts, audit, tabular files, menu), the registry's areas and its published {@code registry.school_summary}, the
 * {@code thai} tax ID check and fiscal year, and notifications (an escalated flag). It publishes
 * {@link org.khet.procurement.ProcurementChanged} on every change of a procurement, no views yet, and listens to its
 * own {@code ProcurementChanged} after commit to recompute the flags. Its tables are in the PostgreSQL schema
 * {@code procurement}.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "notifications"})
package org.khet.procurement;

import org.springframework.modulith.ApplicationModule;

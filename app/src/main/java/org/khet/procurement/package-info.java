/**
 * Procurement transparency (issue 14; design in {@code docs/decisions/0012-procurement-design.md}). It holds the rules
 * that say which method a purchase may use ({@link org.khet.procurement.MethodRules}: value bands as dated data an
 * administrator edits), the area's shared list of suppliers with the government's list of debarred ones, imported by
 * an administrator, and the procurements of the office and its schools ({@link org.khet.procurement.Procurements}:
 * the plan, items and status; {@link org.khet.procurement.Tendering}: bids, award, contract, committee; {@link
 * org.khet.procurement.Amendments}: contract amendments; {@link org.khet.procurement.ProcurementAttachments}: files
 * with their OCDS documentType in the platform's file store), managed by a
 * school's director and clerk for their school and by the office's director and staff for the office and every
 * school of the area, each change audited; and reference prices ({@link org.khet.procurement.ReferencePrices}: an
 * area's catalogue of entries with market quotes and past awarded unit prices, the median and quartiles over a
 * window that, with the minimum evidence, is dated data an administrator edits), published on
 * {@code /public/procurement/{area}/reference-prices}. The public reads the procurements without an account on the
 * portal ({@code /public/procurement/{area or school code}}: notices newest change first, filtered and searched in
 * Thai through words kept current on every change; each notice whole, without a natural person's tax ID; an Atom
 * feed). It needs the platform (accounts, audit, file store, report files, menu, and its published
 * {@code platform.user_role} and {@code platform.user_summary} to name the director who signs), the
 * registry's areas and its published {@code registry.school_summary}, and the {@code thai} tax ID check and fiscal
 * year, and correspondence's official announcement form ({@link org.khet.correspondence.OfficialAnnouncements}) for
 * the invitations and winner announcements it publishes with its plan, reference-price disclosure and monthly
 * summary (สขร. 1) under {@code /public/procurement/**}. It publishes {@link org.khet.procurement.ProcurementChanged}
 * on every change of a procurement, no views yet, and listens to nothing outside itself; its own listener writes
 * each change as an OCDS 1.1 release in the changing transaction, which {@link org.khet.procurement.OcdsReleases}
 * reads for the public OCDS export and change feed ({@code /api/v1/public/ocds}); and after commit to recompute the
 * red flags. Red flags: each indicator is one class answering in set-based SQL for a procurement, a buyer's year or a
 * whole fiscal year, with evidence, the thresholds in force (dated data an administrator edits) and its definition;
 * flags are closed, never deleted, when a recomputation clears them, and the area's internal auditor reviews,
 * dismisses or escalates them (the director is notified through notifications). Its tables are in the PostgreSQL
 * schema {@code procurement}.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "correspondence", "notifications"})
package org.khet.procurement;

import org.springframework.modulith.ApplicationModule;

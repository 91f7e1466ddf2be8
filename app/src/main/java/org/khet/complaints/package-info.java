/**
 * The complaint and integrity centre (ศูนย์รับเรื่องร้องเรียน): complaints and tip-offs from the public, named or
 * anonymous, and the centre's other services (one-stop service, official information requests, consultation,
 * suggestions, rapid mobile unit dispatches) on the same cases, each with a tracking code and a secret that only
 * the complainant holds; the steps and deadlines of each case; the complainant's identity kept apart from the case,
 * and the case kept from the person it is about.
 * Public intake is rate-limited and stores nothing that identifies an anonymous sender. Its tables are in the
 * PostgreSQL schema {@code complaints}.
 *
 * <p>Offers {@link org.khet.complaints.SampleCases} for the demo and {@link org.khet.complaints.Escalations} (its
 * hourly run, which tests call); it answers the registry's {@link org.khet.registry.PersonLinkGuard} so that no
 * change of a person's account through the registry shows a case to the person it is about or hides it from those
 * handling it. Its case events ({@code CaseEvent}) stay inside the module, where its notifier listens to them.
 *
 * <p>Needs the platform (accounts, audit, the {@link org.khet.platform.PublicLimits} it shares with the public Q&A,
 * reports, menu and home card) and the views it publishes, {@code platform.user_summary} and {@code
 * platform.user_role}; the registry's areas, schools, units and people through its API and the views {@code
 * registry.school_summary}, {@code registry.unit_summary}, {@code registry.person_summary} and {@code
 * registry.unit_head} (who heads a unit); notifications ({@link org.khet.notifications.Notifications}) to tell the
 * complainant and staff of each step; and the office calendar ({@link org.khet.calendar.OfficeCalendar}) to count
 * deadlines in working days. It listens to the registry's {@link org.khet.registry.SchoolMerged} ({@code
 * SchoolMerges}: open cases follow the school that took the merged one over) and to Spring Modulith's hourly moment,
 * {@code HourHasPassed} ({@code Escalations}: overdue cases escalate).
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "notifications", "calendar"})
package org.khet.complaints;

import org.springframework.modulith.ApplicationModule;

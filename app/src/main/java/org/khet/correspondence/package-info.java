/**
 * Official correspondence (สารบรรณอิเล็กทรอนิกส์) between the area office and its schools, by the correspondence
 * regulation: letters of its six types with urgency and secrecy; the registers each organisation keeps (receipt,
 * dispatch, circulars, orders, announcements), numbered per calendar year without gaps or repeats, also across
 * instances, a cancelled number kept with its reason; sending to schools (all, by network, by size class, by hand),
 * saved recipient groups, units, the office and named people in one action, and to addressees outside Khet with how
 * the letter went; drafts changed (at the version last read) or deleted; replies linked to the letter they answer; each recipient accepting (numbered in its receipt register) or rejecting with a reason; the sender seeing
 * who has acknowledged, reminding the rest and sending again; urgent letters left unacknowledged raised on the office
 * calendar; letters received on paper registered from their scan with the receipt stamp; a received letter passed
 * from the clerk to a head and an officer and endorsed by the director (typed-name signature, ปฏิบัติราชการแทน /
 * รักษาราชการแทน); memos for approval through their circuit to a numbered letter; files in the platform's file store,
 * sealed with their hashes when sent; Thai full-text search; retention classes with the destruction and transfer
 * lists. Pages under {@code /correspondence}, the API under {@code /api/v1/correspondence}. Its tables are in the
 * PostgreSQL schema {@code correspondence}.
 *
 * <p>Needs the platform (accounts, audit, messages, file store, reports, menu and home cards, and its published views
 * {@code platform.user_summary} and {@code platform.user_role}), the registry's areas, schools, networks and units
 * through its API and the views {@code registry.school_summary}, {@code registry.unit_summary}, {@code
 * registry.person_summary}, {@code registry.school_size} and {@code registry.area_size_class}, notifications to
 * tell people of urgent letters, letters addressed to them by name, reminders, letters passed to them and memos, and the office calendar to count the
 * working days an urgent letter may wait. Its {@code LetterSent} event stays inside the module, where its reminders
 * listen to it; it listens to Spring Modulith's hourly moment ({@code ReplyDeadlines}, {@code UrgentEscalations}).
 * It offers {@link org.khet.correspondence.SampleLetters} for the demo, and to any module that announces (procurement)
 * the official announcement form: {@link org.khet.correspondence.OfficialAnnouncements} prints an {@link
 * org.khet.correspondence.Announcement} as a PDF.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "notifications", "calendar"})
package org.khet.correspondence;

import org.springframework.modulith.ApplicationModule;

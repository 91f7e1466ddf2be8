/**
 * Official correspondence (สารบรรณอิเล็กทรอนิกส์) between the area office and its schools, by the correspondence
 * regulation: letters of its six types with urgency and secrecy; the registers each organisation keeps (receipt,
 * dispatch, circulars, orders, announcements), numbered per calendar year without gaps or repeats, also across
 * instances; sending to schools, networks, units and the office in one action; each recipient accepting (numbered
 * in its receipt register) or rejecting with a reason; the sender seeing who has acknowledged and reminding the
 * rest; memos for approval taken round their circuit (submitted, opinion asked, approved, returned or
 * rejected) by whoever holds them, an approved memo numbered as a letter. Pages under {@code /correspondence}, the API under {@code /api/v1/correspondence}. Its tables are in the
 * PostgreSQL schema {@code correspondence}.
 *
 * <p>Needs the platform (accounts, audit, messages, menu and home card), the registry's areas, schools, networks and
 * units through its API and the views {@code registry.school_summary} and {@code registry.unit_summary}, and
 * notifications to tell recipients of urgent letters and reminders. Its {@code LetterSent} event stays inside the
 * module, where its reminders listen to it. It offers nothing to other modules yet.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "notifications", "calendar"})
package org.khet.correspondence;

import org.springframework.modulith.ApplicationModule;

/**
 * Small-school pairing: for an academic year, a host school and partner schools of the area share their grades (each
 * grade taught at one school), the pupils of a grade taught elsewhere travel, and the dated {@code pairing_rule}'s
 * allowance per pupil and school day gives the year's transport budget; a pairing is drafted and approved by the
 * personnel group or the area director (a draft may be deleted), every step audited; a school director reads the
 * pairings their school is in. One pairing per school and year is also held by {@code pairing_school}'s key. Tables {@code personnel.pairing_rule},
 * {@code pairing}, {@code pairing_partner}, {@code pairing_grade}, {@code pairing_school}; pages {@code /personnel/pairings} and
 * {@code /admin/personnel/pairing}; API {@code GET /api/v1/personnel/pairings}, {@code DELETE /api/v1/personnel/pairings/{id}}.
 */
package org.khet.personnel.pairing;

/**
 * Accounts the office gives (บัญชีผู้ใช้ที่สำนักงานเขตสร้างให้): one by a script ({@code POST /api/v1/users}, its maker
 * chooses the password) and many at once for an area's schools, from the registry's people in chosen positions
 * or from a CSV, with first-sign-in passwords on a printable sheet or sent to each person by their own channel, to be
 * changed at first sign-in. It offers nothing to other modules; it needs the platform's accounts and audit, the
 * registry's areas, units, schools, people, person-account links and events (a person left or moved, a school
 * merged: the roles tied to the old place end, as far as the person who made the change could end them by hand),
 * and notifications to send a password as a secret that is kept only until it is sent, and to tell the area
 * director of the roles such a change left for them to review.
 */
@ApplicationModule(allowedDependencies = {"platform", "registry", "notifications", "shared"})
package org.khet.accounts;

import org.springframework.modulith.ApplicationModule;

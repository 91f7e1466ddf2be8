/**
 * Accounts the office gives (บัญชีผู้ใช้ที่สำนักงานเขตสร้างให้): one by a script ({@code POST /api/v1/users}, its maker
 * chooses the password) and many at once for an area's schools, from the registry's people in chosen positions
 * or from a CSV, with first-sign-in passwords on a printable sheet or sent to each person by their own channel, to be
 * changed at first sign-in. It keeps accounts in step with the registry: {@code RegistryReactions} listens to the
 * registry's {@link org.khet.registry.PersonLeft}, {@link org.khet.registry.PersonMoved} and {@link
 * org.khet.registry.SchoolMerged}: the roles tied to the old school or unit end, as far as the person who made the
 * change could end them by hand (an account left with none is disabled), and {@code HeldOverRoles} tells the area
 * director of the roles such a change left for them to review.
 *
 * <p>It offers nothing to other modules and publishes no events. It needs the platform's accounts ({@link
 * org.khet.platform.Accounts}, {@link org.khet.platform.NewAccounts}), places, imports and audit; the registry's
 * areas, units, schools, {@link org.khet.registry.PositionHolders} and {@link org.khet.registry.PersonAccounts};
 * and notifications ({@link org.khet.notifications.Notifications}) to send a first password as a secret that is
 * kept only until it is sent, and the held-over roles notice.
 */
@ApplicationModule(allowedDependencies = {"platform", "registry", "notifications", "shared"})
package org.khet.accounts;

import org.springframework.modulith.ApplicationModule;

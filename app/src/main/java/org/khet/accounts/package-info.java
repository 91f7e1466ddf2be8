/**
 * Accounts the office gives (บัญชีผู้ใช้ที่สำนักงานเขตสร้างให้): one by a script ({@code POST /api/v1/users}, its maker
 * chooses the password) and many at once for an area's schools, from the registry's people in chosen positions
 * or from a CSV, with first-sign-in passwords on a printable sheet or sent to each person by their own channel, to be
 * changed at first sign-in. It keeps accounts in step with the registry: {@code RegistryReactions} listens to the
 * registry's {@link org.khet.registry.PersonLeft} (roles in the area end; an account left with none is disabled),
 * {@link org.khet.registry.PersonMoved} (roles at the old school end) and {@link org.khet.registry.SchoolMerged}
 * (roles at the merged school end).
 *
 * <p>It offers nothing to other modules and publishes no events. It needs the platform's accounts ({@link
 * org.khet.platform.Accounts}, {@link org.khet.platform.NewAccounts}), places, imports and audit; the registry's
 * areas, units, schools, {@link org.khet.registry.PositionHolders} and {@link org.khet.registry.PersonAccounts};
 * and notifications ({@link org.khet.notifications.Notifications}) to send a first password as a secret that is
 * kept only until it is sent.
 */
@ApplicationModule(allowedDependencies = {"platform", "registry", "notifications", "shared"})
package org.khet.accounts;

import org.springframework.modulith.ApplicationModule;

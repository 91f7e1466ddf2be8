/**
 * The platform every capability stands on: the database (embedded or external), users and their scoped roles,
 * login and API tokens, the audit log, languages and the web shell (layout, navigation, home page, errors).
 * Other modules use the types in this package: {@link org.khet.platform.KhetUser}, {@link
 * org.khet.platform.AuditLog}, {@link org.khet.platform.MenuItem}, {@link org.khet.platform.HomeCard} and {@link
 * org.khet.platform.RateLimits} (limits per client shared by every instance through the database) with {@link
 * org.khet.platform.PublicLimits}, the limits of the public pages and API every public form shares.
 * Its tables are in the PostgreSQL schema {@code platform}; other modules read accounts through {@link
 * org.khet.platform.Accounts} or the views it publishes there, {@code platform.user_summary} and {@code
 * platform.user_role}, never its tables.
 */
@ApplicationModule(allowedDependencies = {"shared", "thai"})
package org.khet.platform;

import org.springframework.modulith.ApplicationModule;

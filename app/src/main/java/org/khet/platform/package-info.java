/**
 * The platform every capability stands on: the database (embedded or external), users and their scoped roles,
 * login and API tokens, the audit log, languages and the web shell (layout, navigation, home page, errors). Its
 * tables are in the PostgreSQL schema {@code platform}.
 *
 * <p>Offers the types in this package: accounts ({@link org.khet.platform.Accounts}, {@link
 * org.khet.platform.NewAccounts} for many at once, {@link org.khet.platform.KhetUser}, {@link
 * org.khet.platform.Role}, {@link org.khet.platform.RoleGrant}); the audit log ({@link org.khet.platform.AuditLog},
 * with one event per import, {@code imported}); imports ({@link org.khet.platform.TabularFile}, {@link
 * org.khet.platform.ImportErrors}, {@link org.khet.platform.Cells}, {@link org.khet.platform.BulkCopy}, {@link
 * org.khet.platform.ImportSlots}); text from {@code messages*.properties} in both languages ({@link
 * org.khet.platform.Texts}); report files ({@link org.khet.platform.ReportFiles}); uploaded files' kinds ({@link
 * org.khet.platform.FileKinds}), storage ({@link org.khet.platform.FileStore}) and cleaning of their hidden metadata
 * within a decode budget ({@link org.khet.platform.FileCleaning}); the shell's {@link org.khet.platform.MenuItem},
 * {@link org.khet.platform.HomeCard} and {@link org.khet.platform.ProfileSection}; and
 * {@link org.khet.platform.RateLimits} (limits per client shared by every instance through the database) with
 * {@link org.khet.platform.PublicLimits}, the limits of the public pages and API every public form shares. Other
 * modules read accounts through {@link org.khet.platform.Accounts} or the views it publishes, {@code
 * platform.user_summary} and {@code platform.user_role}, never its tables. It publishes no events to other modules
 * and listens to none of theirs.
 *
 * <p>Needs only the shared kernel and the {@code thai} library. The places a role is granted in (areas, units,
 * schools) it names as an interface, {@link org.khet.platform.Places}, which the registry implements, so that the
 * platform does not depend on the registry.
 */
@ApplicationModule(allowedDependencies = {"shared", "thai"})
package org.khet.platform;

import org.springframework.modulith.ApplicationModule;

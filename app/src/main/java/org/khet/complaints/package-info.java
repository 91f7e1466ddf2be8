/**
 * The complaint and integrity centre (ศูนย์รับเรื่องร้องเรียน): complaints and tip-offs from the public, named or
 * anonymous, each with a tracking code and a secret that only the complainant holds; the steps of each case; and
 * the complainant's identity kept apart from the case. Public intake is rate-limited and stores nothing that
 * identifies an anonymous sender.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "org"})
package org.khet.complaints;

import org.springframework.modulith.ApplicationModule;

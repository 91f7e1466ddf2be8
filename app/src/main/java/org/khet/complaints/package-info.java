/**
 * The complaint and integrity centre (ศูนย์รับเรื่องร้องเรียน): complaints and tip-offs from the public, named or
 * anonymous, and the centre's other services (one-stop service, official information requests, consultation,
 * suggestions, rapid mobile unit dispatches) on the same cases, each with a tracking code and a secret that only
 * the complainant holds; the steps and deadlines of each case; the complainant's identity kept apart from the case,
 * and the case kept from the person it is about.
 * Public intake is rate-limited and stores nothing that identifies an anonymous sender. Deadlines are counted in
 * working days over the office calendar ({@code calendar}).
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai", "registry", "notifications", "calendar"})
package org.khet.complaints;

import org.springframework.modulith.ApplicationModule;

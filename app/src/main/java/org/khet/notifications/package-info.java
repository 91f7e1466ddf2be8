/**
 * Notifications for every module: a message to a person (an account), to everyone holding a role in an area, unit
 * or school, or to a contact address of someone without an account (a named complainant). A message is a template
 * of {@code messages*.properties} with its arguments, rendered in each recipient's language and written to an outbox
 * in the caller's transaction, one row per recipient and channel (e-mail by SMTP, SMS by an HTTP gateway, LINE by
 * the LINE Messaging API). A secret (a first-sign-in password) goes the same way in a row whose texts hold it masked
 * and which keeps the secret itself only until it is sent or gives up; the caller learns where it went, masked
 * ({@link org.khet.notifications.Destination}), to show and audit. A dispatcher on every instance claims due rows
 * one at a time, just before sending each (two instances never take the same one, however slow a gateway), and
 * retries each failed row on its own with back-off. People choose their channels, link LINE by a one-time code and
 * see what was sent to them on their profile; administrators see failures page by page and retry them.
 *
 * <p>Offers {@link org.khet.notifications.Notifications}, {@link org.khet.notifications.Message}, {@link
 * org.khet.notifications.Contact}, {@link org.khet.notifications.Channel} and {@link
 * org.khet.notifications.Destination} (where a secret went, masked); it publishes no events or views and listens to
 * none. Needs the platform for accounts, their languages and role holders, the audit log, the rate limit on LINE
 * link codes, the profile page and the web shell, and the Thai library's phone number rule.
 */
@ApplicationModule(allowedDependencies = {"platform", "shared", "thai"})
package org.khet.notifications;

import org.springframework.modulith.ApplicationModule;

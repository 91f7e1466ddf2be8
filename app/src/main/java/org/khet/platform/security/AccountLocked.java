package org.khet.platform.security;

import java.time.OffsetDateTime;

/** An account was locked after {@code failures} wrong passwords in a row, until {@code lockedUntil}. */
record AccountLocked(long userId, int failures, OffsetDateTime lockedUntil) {}

package org.khet.registry;

/**
 * A person left the area's service: their record was marked no longer active. {@code school} or {@code unit} is
 * where they worked when they left (either may be null). Modules end what the person held because of that work,
 * such as the roles of their account.
 */
public record PersonLeft(long person, long area, Long school, Long unit) {}

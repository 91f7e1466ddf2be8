package org.khet.registry;

/**
 * A person left the area's service: their record was marked no longer active. {@code school} or {@code unit} is
 * where they worked when they left (either may be null). {@code editor} is the account that made the change (null
 * only in an event stored before it was carried): modules end what the person held because of that work, such as
 * the roles of their account, no further than that account could have ended by hand.
 */
public record PersonLeft(long person, long area, Long school, Long unit, Long editor) {}

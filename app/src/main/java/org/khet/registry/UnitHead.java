package org.khet.registry;

/**
 * An active head of a unit (ผู้อำนวยการกลุ่ม): the person holding the position of group head there, and the sign-in
 * account linked to them, if any. Other modules ask {@link Units#headsOf} (or read the published view
 * {@code registry.unit_head}) rather than knowing which position heads a unit.
 */
public record UnitHead(long unitId, long personId, Long userId) {}

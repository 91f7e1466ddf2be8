package org.khet.correspondence;

/** A letter was numbered and delivered to {@code deliveries} organisations; its recipients are told if urgent. */
record LetterSent(long letterId, long areaId, boolean urgent, int deliveries) {}

package org.khet.registry;

/**
 * A school was merged (ควบรวม) into another school of its area: from now on {@code into} does its work. Published
 * once when the area office records the merge, and again if the office later names another receiving school (a
 * correction: {@code into} is then the new one). {@code editor} is the account that recorded it (null only in an
 * event stored before it was carried). Modules move or end what they keep about {@code school}, what they end no
 * further than that account could have ended by hand.
 */
public record SchoolMerged(long school, long into, long area, Long editor) {}

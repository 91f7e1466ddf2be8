package org.khet.registry;

/**
 * A school was merged (ควบรวม) into another school of its area: from now on {@code into} does its work. Published
 * once when the area office records the merge; modules move or end what they keep about {@code school}.
 */
public record SchoolMerged(long school, long into, long area) {}

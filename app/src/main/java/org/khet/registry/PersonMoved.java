package org.khet.registry;

/**
 * A person still in the area's service now works somewhere else: their record moved from the school {@code
 * fromSchool} or the unit of the area office {@code fromUnit} to the school {@code toSchool} or the unit {@code
 * toUnit} (school to school, unit to unit, or between the two; a "to" place may be null when the record names none).
 * Published by a person's edit and by the people import, once for each person whose place changed; a person who had
 * no place before has not moved. {@code editor} is the account that made the change (null only in an event stored
 * before it was carried). Modules end what the person held because of their work at the old place, such as the
 * roles of their account there, no further than that account could have ended by hand.
 */
public record PersonMoved(
        long person, long area, Long fromSchool, Long toSchool, Long fromUnit, Long toUnit, Long editor) {}

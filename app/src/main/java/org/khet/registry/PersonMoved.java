package org.khet.registry;

import java.time.LocalDate;

/**
 * A person still in the area's service now works somewhere else: their record moved from the school {@code
 * fromSchool} or the unit of the area office {@code fromUnit} to the school {@code toSchool} or the unit {@code
 * toUnit} (school to school, unit to unit, or between the two; a "to" place may be null when the record names none).
 * Published by a person's edit and by the people import, once for each person whose place changed; a person who had
 * no place before has not moved. {@code editor} is the account that made the change (null only in an event stored
 * before it was carried). {@code movedOn} is the day the move takes effect when the module that decided it names one
 * (personnel's transfer, on its effective day, through {@link Placements}); null for an edit or an import, which
 * move the person the day they are made. Modules end what the person held because of their work at the old place, such as the
 * roles of their account there, no further than that account could have ended by hand.
 */
public record PersonMoved(
        long person,
        long area,
        Long fromSchool,
        Long toSchool,
        Long fromUnit,
        Long toUnit,
        Long editor,
        LocalDate movedOn) {

    /** A move made the day it is published (an edit, an import). */
    public PersonMoved(
            long person, long area, Long fromSchool, Long toSchool, Long fromUnit, Long toUnit, Long editor) {
        this(person, area, fromSchool, toSchool, fromUnit, toUnit, editor, null);
    }
}

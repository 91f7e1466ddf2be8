package org.khet.personnel.development;

import java.util.Optional;
import java.util.Set;

/**
 * The kinds of position a development rule sets hours for: a school's teachers (contract teachers too: they are
 * developed alike), a school's administrators, and the office's own staff. A school's other staff (a janitor) have no
 * development target.
 */
public enum DevelopmentGroup {
    TEACHER,
    SCHOOL_ADMINISTRATOR,
    OFFICE_STAFF;

    private static final Set<String> TEACHERS = Set.of("TEACHER", "ASSISTANT_TEACHER", "CONTRACT_TEACHER");
    private static final Set<String> ADMINISTRATORS = Set.of("SCHOOL_DIRECTOR", "SCHOOL_DEPUTY");

    /** The group of someone holding the registry position {@code positionCode} at a school or in the office. */
    public static Optional<DevelopmentGroup> of(String positionCode, boolean atSchool) {
        if (!atSchool) {
            return Optional.of(OFFICE_STAFF);
        }
        if (TEACHERS.contains(positionCode)) {
            return Optional.of(TEACHER);
        }
        return ADMINISTRATORS.contains(positionCode) ? Optional.of(SCHOOL_ADMINISTRATOR) : Optional.empty();
    }
}

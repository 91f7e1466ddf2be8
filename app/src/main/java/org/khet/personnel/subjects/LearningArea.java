package org.khet.personnel.subjects;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight learning areas (กลุ่มสาระการเรียนรู้) of the Basic Education Core Curriculum, in the curriculum's order;
 * their names are in messages ({@code personnel.subjects.area.<name>}).
 */
public enum LearningArea {
    THAI,
    MATHEMATICS,
    SCIENCE,
    SOCIAL,
    HEALTH_PE,
    ARTS,
    OCCUPATIONS,
    FOREIGN_LANGUAGES;

    /** The area of {@code code}, if it is one. */
    public static Optional<LearningArea> of(String code) {
        return Arrays.stream(values())
                .filter(a -> a.name().equals(code == null ? "" : code.strip()))
                .findFirst();
    }

    /** Its message key, for pages. */
    public String key() {
        return "personnel.subjects.area." + name();
    }
}

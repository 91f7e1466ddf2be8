package org.khet.correspondence;

import java.util.List;

/**
 * Whom a letter is addressed to, as its sender chose: the area office itself, every open school of the area, networks of schools, schools
 * by hand and units of the area office (ids). Turned into one delivery per organisation when the letter is sent, so
 * that a school that opened or closed in between is counted as it is on that day.
 */
record Addressees(boolean office, boolean allSchools, List<Long> schools, List<Long> networks, List<Long> units) {

    static final Addressees NONE = new Addressees(false, false, List.of(), List.of(), List.of());

    Addressees {
        schools = List.copyOf(schools);
        networks = List.copyOf(networks);
        units = List.copyOf(units);
    }

    boolean none() {
        return !office && !allSchools && schools.isEmpty() && networks.isEmpty() && units.isEmpty();
    }
}

package org.khet.correspondence;

import java.util.List;
import java.util.stream.Stream;

/**
 * Whom a letter is addressed to, as its sender chose: the area office itself, every open school of the area, networks
 * of schools, schools by hand, units of the area office (ids), schools by size class (ordinals of the area's size
 * scheme in force), saved groups (ids, expanded when sent), named people (ids; delivered to their organisation,
 * marked for them) and addressees outside Khet. Turned into one delivery per organisation when the letter is sent,
 * so that a school that opened, closed, grew or joined a group in between is counted as it is on that day. The
 * external addressees are kept in their own table ({@link ExternalDispatch}); a letter read from its row carries
 * none.
 */
record Addressees(
        boolean office,
        boolean allSchools,
        List<Long> schools,
        List<Long> networks,
        List<Long> units,
        List<Integer> sizes,
        List<Long> groups,
        List<Long> people,
        List<ExternalDispatch.Addressee> external) {

    static final Addressees NONE = new Addressees(false, false, List.of(), List.of(), List.of());

    Addressees {
        schools = List.copyOf(schools);
        networks = List.copyOf(networks);
        units = List.copyOf(units);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        groups = groups == null ? List.of() : List.copyOf(groups);
        people = people == null ? List.of() : List.copyOf(people);
        external = external == null ? List.of() : List.copyOf(external);
    }

    Addressees(boolean office, boolean allSchools, List<Long> schools, List<Long> networks, List<Long> units) {
        this(office, allSchools, schools, networks, units, null, null, null, null);
    }

    boolean none() {
        return !office
                && !allSchools
                && schools.isEmpty()
                && networks.isEmpty()
                && units.isEmpty()
                && sizes.isEmpty()
                && groups.isEmpty()
                && people.isEmpty()
                && external.isEmpty();
    }

    /** These addressees with {@code more}'s organisations added (a group's members), without repeats. */
    Addressees with(Addressees more) {
        return new Addressees(
                office || more.office,
                allSchools || more.allSchools,
                union(schools, more.schools),
                union(networks, more.networks),
                union(units, more.units),
                union(sizes, more.sizes),
                groups,
                people,
                external);
    }

    /** The same addressees, the external ones replaced by {@code kept}. */
    Addressees withExternal(List<ExternalDispatch.Addressee> kept) {
        return new Addressees(office, allSchools, schools, networks, units, sizes, groups, people, kept);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).distinct().toList();
    }
}

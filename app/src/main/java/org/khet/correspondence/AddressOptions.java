package org.khet.correspondence;

import java.util.List;
import java.util.Optional;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a sender may address beyond schools, networks and units: the size classes of the area's size scheme in force
 * (with how many open schools each holds today, from the registry's published {@code area_size_class} and {@code
 * school_size}), and the people of the area, found by name.
 */
@Component
class AddressOptions {

    /** A size class of the area's scheme, and the open schools in it today. */
    record SizeClass(int ordinal, String nameTh, String nameEn, int schools) {}

    /** A person to address, with only what a sender needs to tell them apart. */
    record PersonChoice(long id, String name, String place, String position) {}

    static final int PEOPLE_SHOWN = 20;

    private final JdbcClient jdbc;
    private final People people;

    AddressOptions(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    List<SizeClass> sizes(long areaId) {
        return jdbc.sql("""
                        select c.ordinal, c.name_th, c.name_en,
                               (select count(*) from registry.school_size z
                                join registry.school_summary s on s.id = z.school_id
                                where z.area_id = c.area_id and z.size_ordinal = c.ordinal and s.status = 'OPEN') as schools
                        from registry.area_size_class c where c.area_id = :area order by c.ordinal""")
                .param("area", areaId)
                .query((rs, n) -> new SizeClass(
                        rs.getInt("ordinal"), rs.getString("name_th"), rs.getString("name_en"), rs.getInt("schools")))
                .list();
    }

    /** Active people of the area whose name matches {@code q}. */
    List<PersonChoice> people(long areaId, String q) {
        return people.matching(areaId, q, PEOPLE_SHOWN).stream()
                .filter(Person::active)
                .map(AddressOptions::choice)
                .toList();
    }

    /** An active person of the area, by id. */
    Optional<Person> person(long id, long areaId) {
        return people.inArea(id, areaId).filter(Person::active);
    }

    List<PersonChoice> chosen(long areaId, List<Long> ids) {
        return ids.stream()
                .map(id -> people.inArea(id, areaId))
                .flatMap(Optional::stream)
                .map(AddressOptions::choice)
                .toList();
    }

    /** Which of {@code ids} are groups of {@code org}. */
    java.util.Set<Long> groupsOf(Organisation org, List<Long> ids) {
        return new java.util.HashSet<>(
                jdbc.sql("select id from correspondence.recipient_group where id = any(:ids) and " + org.rows(""))
                        .param("ids", ids.toArray(Long[]::new))
                        .param("area", org.areaId())
                        .param("school", org.schoolId())
                        .query(Long.class)
                        .list());
    }

    static PersonChoice choice(Person p) {
        return new PersonChoice(
                p.id(),
                p.title() + p.firstNameTh() + " " + p.lastNameTh(),
                p.schoolName() != null ? p.schoolName() : p.unitName(),
                p.positionTh());
    }
}

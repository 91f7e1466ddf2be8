package org.khet.demo;

import org.khet.platform.KhetUser;
import org.khet.registry.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Links the demo users to people of the demo registry, so that a case about one of them hides from them. */
@Component
class DemoAccountLinks {

    private final JdbcClient jdbc;
    private final PersonAccounts personAccounts;

    DemoAccountLinks(JdbcClient jdbc, PersonAccounts personAccounts) {
        this.jdbc = jdbc;
        this.personAccounts = personAccounts;
    }

    void link(long areaId, String schoolCode, KhetUser admin) {
        atOffice(areaId, "director", "AREA_DIRECTOR", "ADMIN", admin);
        atOffice(areaId, "legal", "LEGAL_OFFICER", "ADMIN", admin);
        atOffice(areaId, "personnel", "EDUCATION_OFFICER", "PERSONNEL", admin);
        atSchool(areaId, "school.director", "SCHOOL_DIRECTOR", schoolCode, admin);
        atSchool(areaId, "teacher", "TEACHER", schoolCode, admin);
    }

    private void atOffice(long areaId, String username, String position, String unit, KhetUser admin) {
        personAccounts.link(first(areaId, position, "u.code = :where", unit), username, admin);
    }

    private void atSchool(long areaId, String username, String position, String schoolCode, KhetUser admin) {
        personAccounts.link(first(areaId, position, "s.code = :where", schoolCode), username, admin);
    }

    private long first(long areaId, String position, String place, String where) {
        return jdbc.sql("""
                        select p.id from registry.person p join registry.position pos on pos.id = p.position_id
                        left join registry.unit u on u.id = p.unit_id left join registry.school s on s.id = p.school_id
                        where p.area_id = :area and pos.code = :position and\s""" + place + " order by p.id limit 1")
                .param("area", areaId)
                .param("position", position)
                .param("where", where)
                .query(Long.class)
                .single();
    }
}

package org.khet.correspondence;

import java.util.List;
import org.khet.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people a received letter may be passed to: the enabled accounts of the organisation (at the school; across or
 * in a unit of the office), read from the platform's published views, by name.
 */
@Component
class OrganisationPeople {

    /** An account as the pass-on list shows it: its name and its roles there, such as "ผู้อำนวยการ". */
    record Person(long id, String name, List<String> roles) {

        /** "สมชาย ใจดี — ผู้อำนวยการ", so two people of one name are told apart by their posts. */
        public String label(String language) {
            return name + " — "
                    + String.join(
                            ", ",
                            roles.stream()
                                    .map(r -> Role.valueOf(r).label(language))
                                    .toList());
        }
    }

    private final JdbcClient jdbc;

    OrganisationPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Person> of(Organisation org) {
        return jdbc.sql("""
                        select u.id, u.display_name, string_agg(distinct r.role, ',' order by r.role) as roles
                        from platform.user_role r
                        join platform.user_summary u on u.id = r.user_id and u.enabled
                        where r.area_id = :area
                          and (case when cast(:school as bigint) is null then r.school_id is null
                                    else r.school_id = :school end)
                        group by u.id, u.display_name
                        order by u.display_name""")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query((rs, n) -> new Person(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        List.of(rs.getString("roles").split(","))))
                .list();
    }
}

package org.khet.correspondence;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open schools of an area with their letter prefixes, those without one first: what the office sets for them. */
@Component
class SchoolPrefixList {

    private final JdbcClient jdbc;

    SchoolPrefixList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> of(Organisation office) {
        return jdbc.sql("""
                        select s.area_id, s.id as school_id, s.code, s.name_th, coalesce(p.prefix, '') as prefix
                        from registry.school_summary s
                        left join correspondence.school_prefix p on p.school_id = s.id
                        where s.area_id = :area and s.status = 'OPEN'
                        order by p.prefix is not null, s.code""")
                .param("area", office.areaId())
                .query(Organisation.class)
                .list();
    }
}

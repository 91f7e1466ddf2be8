package org.khet.procurement;

import org.khet.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who signs a buyer's announcements: the school's director, or the area director for the office, by the name of the
 * account that holds the role (blank when nobody does: the form then leaves dots to sign over), and the position
 * "ผู้อำนวยการ" and the buyer's name.
 */
@Component
class Signatories {

    record Signatory(String name, String position) {}

    private final JdbcClient jdbc;

    Signatories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Signatory of(Buyer buyer) {
        String name = jdbc.sql("""
                        select u.display_name from platform.user_role r
                        join platform.user_summary u on u.id = r.user_id and u.enabled
                        where r.area_id = :area and r.role = :role
                          and r.school_id is not distinct from cast(:school as bigint)
                        order by u.id limit 1""")
                .param("area", buyer.areaId())
                .param("school", buyer.schoolId())
                .param("role", buyer.isOffice() ? "AREA_DIRECTOR" : "SCHOOL_DIRECTOR")
                .query(String.class)
                .optional()
                .orElse("");
        return new Signatory(
                name, Texts.of("procurement.docs.director", buyer.name()).th());
    }
}

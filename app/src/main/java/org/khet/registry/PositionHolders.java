package org.khet.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who holds which positions at the open schools of an area, with the account each is linked to (if any): what the
 * area office needs to give the people of its schools accounts; and who holds a position in one of its units.
 */
@Component
public class PositionHolders {

    private final JdbcClient jdbc;

    PositionHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person at a school in a position; {@code userId} is their linked account, null when they have none. */
    public record Holder(
            long personId,
            long areaId,
            long schoolId,
            String schoolCode,
            String schoolName,
            String fullName,
            String email,
            String positionCode,
            String positionTh,
            Long userId) {}

    /** The active people holding these positions at the area's open schools, by school code and position. */
    public List<Holder> atSchoolsOf(long areaId, Collection<String> positionCodes) {
        return jdbc.sql("""
                        select p.id as person_id, s.area_id, s.id as school_id, s.code as school_code,
                               s.name_th as school_name,
                               p.title || p.first_name_th || ' ' || p.last_name_th as full_name,
                               p.email, pos.code as position_code, pos.name_th as position_th, a.user_id
                        from registry.person p
                        join registry.school s on s.id = p.school_id and s.status = 'OPEN' and s.area_id = :area
                        join registry.position pos on pos.id = p.position_id
                        left join registry.person_account a on a.person_id = p.id
                        where p.active and pos.code = any(:codes)
                        order by s.code, pos.code, p.id""")
                .param("area", areaId)
                .param("codes", positionCodes.toArray(String[]::new))
                .query(Holder.class)
                .list();
    }

    /** The active people holding a position in a unit of an area office, in the order they were registered. */
    public List<Long> inUnit(long unitId, String positionCode) {
        return jdbc.sql("""
                        select p.id from registry.person p join registry.position pos on pos.id = p.position_id
                        where p.active and p.unit_id = :unit and pos.code = :position order by p.id""")
                .param("unit", unitId)
                .param("position", positionCode)
                .query(Long.class)
                .list();
    }
}

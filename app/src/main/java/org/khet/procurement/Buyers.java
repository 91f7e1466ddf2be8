package org.khet.procurement;

import java.util.Optional;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.registry.Areas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a buyer by its code (the area office's 4 digits or a school's 8) and says who manages its procurements: a
 * school's director and clerk their school's; the office's director and staff the office's and every school's of
 * their area (the office's procurement unit oversees the schools' purchases).
 */
@Component
class Buyers {

    private static final String SCHOOL =
            "select area_id, id as school_id, code, name_th as name from registry.school_summary where ";

    private final Areas areas;
    private final JdbcClient jdbc;

    Buyers(Areas areas, JdbcClient jdbc) {
        this.areas = areas;
        this.jdbc = jdbc;
    }

    Optional<Buyer> byCode(String code) {
        String c = code == null ? "" : code.strip();
        if (c.matches("[0-9]{4}")) {
            return areas.byCode(c).map(a -> new Buyer(a.id(), null, a.code(), a.nameTh()));
        }
        if (c.matches("[0-9]{8}")) {
            return jdbc.sql(SCHOOL + "code = :c")
                    .param("c", c)
                    .query(Buyer.class)
                    .optional();
        }
        return Optional.empty();
    }

    Buyer of(long areaId, Long schoolId) {
        if (schoolId == null) {
            return areas.byId(areaId)
                    .map(a -> new Buyer(a.id(), null, a.code(), a.nameTh()))
                    .orElseThrow();
        }
        return jdbc.sql(SCHOOL + "id = :id")
                .param("id", schoolId)
                .query(Buyer.class)
                .single();
    }

    /** The area office {@code buyer} belongs to: itself when it is the office. */
    Buyer officeOf(Buyer buyer) {
        return buyer.isOffice() ? buyer : of(buyer.areaId(), null);
    }

    /** The buyer {@code user} buys for by default: their school, or else their office. */
    Optional<Buyer> home(KhetUser user) {
        if (user.schoolIds().size() == 1) {
            Buyer school = of(0, user.schoolIds().iterator().next());
            if (manages(user, school)) {
                return Optional.of(school);
            }
        }
        return user.homeArea().map(a -> of(a, null)).filter(b -> manages(user, b));
    }

    static boolean manages(KhetUser user, Buyer buyer) {
        return user.holds(Role.AREA_DIRECTOR, buyer.areaId())
                || user.holds(Role.AREA_STAFF, buyer.areaId())
                || (buyer.schoolId() != null
                        && user.holdsAtSchool(buyer.schoolId(), Role.SCHOOL_DIRECTOR, Role.SCHOOL_CLERK));
    }
}

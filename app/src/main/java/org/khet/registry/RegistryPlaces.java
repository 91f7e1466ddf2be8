package org.khet.registry;

import java.util.List;
import java.util.Optional;
import org.khet.platform.Places;
import org.khet.platform.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the platform which places roles can be granted in, and names them. */
@Component
class RegistryPlaces implements Places {

    private final JdbcClient jdbc;

    RegistryPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Place> areas() {
        return jdbc.sql(
                        "select id, id as area_id, name_th as label from registry.area order by name_th collate \"th-x-icu\"")
                .query(Place.class)
                .list();
    }

    @Override
    public List<Place> units() {
        return jdbc.sql("""
                select u.id, u.area_id, a.name_th || ' · ' || u.name_th as label
                from registry.unit u join registry.area a on a.id = u.area_id order by a.name_th collate "th-x-icu", u.id""").query(Place.class).list();
    }

    @Override
    public Optional<Place> schoolByCode(String schoolCode) {
        return jdbc.sql("select id, area_id, name_th as label from registry.school where code = :c")
                .param("c", schoolCode)
                .query(Place.class)
                .optional();
    }

    @Override
    public String describe(RoleGrant g, String language) {
        String column = "en".equals(language) ? "name_en" : "name_th";
        if (g.schoolId() != null) {
            return name("select coalesce(" + column + ", name_th) from registry.school where id = :id", g.schoolId());
        }
        if (g.unitId() != null) {
            return name(
                    "select a." + column + " || ' · ' || u." + column
                            + " from registry.unit u join registry.area a on a.id = u.area_id where u.id = :id",
                    g.unitId());
        }
        if (g.areaId() != null) {
            return name("select " + column + " from registry.area where id = :id", g.areaId());
        }
        return "";
    }

    private String name(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(String.class).optional().orElse("");
    }
}

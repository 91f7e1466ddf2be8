package org.khet.registry;

import java.util.List;
import java.util.Optional;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The units of an area office and their letter suffix (used when a unit numbers its own letters). */
@Component
public class Units {

    private static final String SELECT = """
            select u.id, u.area_id, u.code, u.name_th, u.name_en, u.letter_suffix, count(p.id) as people
            from registry.unit u left join registry.person p on p.unit_id = u.id and p.active
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Units(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Unit> inArea(long areaId) {
        return jdbc.sql(SELECT + " where u.area_id = :a group by u.id order by u.id")
                .param("a", areaId)
                .query(Unit.class)
                .list();
    }

    /** Who heads the unit now: usually one person, none while the post is vacant, several while a handover lasts. */
    public List<UnitHead> headsOf(long unitId) {
        return jdbc.sql(
                        "select unit_id, person_id, user_id from registry.unit_head where unit_id = :u order by person_id")
                .param("u", unitId)
                .query(UnitHead.class)
                .list();
    }

    /** The unit of this code in the area (a unit code is unique within its area). */
    public Optional<Unit> byCode(long areaId, String code) {
        return jdbc.sql(SELECT + " where u.area_id = :a and u.code = :c group by u.id")
                .param("a", areaId)
                .param("c", code)
                .query(Unit.class)
                .optional();
    }

    Unit readable(long id, KhetUser user) {
        return jdbc.sql(SELECT + " where u.id = :id group by u.id")
                .param("id", id)
                .query(Unit.class)
                .optional()
                .filter(u -> user.canRead(u.areaId()))
                .orElseThrow(() -> new NotFoundException("unit"));
    }

    @Transactional
    public void update(long id, String nameTh, String nameEn, String letterSuffix, KhetUser user) {
        Unit before = readable(id, user);
        Networks.requireStaff(before.areaId(), user);
        if (nameTh == null || nameTh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw RejectedException.of("nameTh", Texts.of("registry.units.bothThaiEnglishNames"));
        }
        jdbc.sql(
                        "update registry.unit set name_th = :th, name_en = :en, letter_suffix = :s, version = version + 1 where id = :id")
                .param("th", nameTh.strip())
                .param("en", nameEn.strip())
                .param("s", letterSuffix == null || letterSuffix.isBlank() ? null : letterSuffix.strip())
                .param("id", id)
                .update();
        audit.changed(before.areaId(), "UPDATE", "unit", id, before, readable(id, user));
    }
}

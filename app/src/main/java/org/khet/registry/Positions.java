package org.khet.registry;

import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Positions (ตำแหน่ง) people hold; the administrator adds and renames them. */
@Component
class Positions {

    static final List<String> PLACES = List.of("AREA", "SCHOOL", "ANY");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Positions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Position(long id, String code, String nameTh, String nameEn, String place, long people) {}

    List<Position> all() {
        return jdbc.sql("""
                select p.id, p.code, p.name_th, p.name_en, p.place, count(x.id) as people
                from registry.position p left join registry.person x on x.position_id = p.id and x.active
                group by p.id order by p.id""").query(Position.class).list();
    }

    @Transactional
    void save(Long id, String code, String nameTh, String nameEn, String place, KhetUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("positions");
        }
        if (blank(nameTh)
                || blank(nameEn)
                || !PLACES.contains(place)
                || (id == null && !code.matches("[A-Z_]{2,40}"))) {
            throw RejectedException.of("nameTh", Texts.of("registry.positions.giveCodeZThai"));
        }
        try {
            if (id == null) {
                long created = jdbc.sql(
                                "insert into registry.position (code, name_th, name_en, place) values (:c, :th, :en, :p) returning id")
                        .param("c", code)
                        .param("th", nameTh.strip())
                        .param("en", nameEn.strip())
                        .param("p", place)
                        .query(Long.class)
                        .single();
                audit.changed(null, "CREATE", "position", created, null, code);
                return;
            }
            int n = jdbc.sql("update registry.position set name_th = :th, name_en = :en, place = :p where id = :id")
                    .param("th", nameTh.strip())
                    .param("en", nameEn.strip())
                    .param("p", place)
                    .param("id", id)
                    .update();
            if (n == 0) {
                throw new NotFoundException("position");
            }
            audit.changed(null, "UPDATE", "position", id, null, nameTh.strip() + " / " + nameEn.strip());
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("code", Texts.of("registry.positions.positionCodeAlreadyExists"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

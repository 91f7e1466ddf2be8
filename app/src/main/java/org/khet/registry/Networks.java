package org.khet.registry;

import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** School networks of an area: listed with their school counts, created and renamed by area staff. */
@Component
public class Networks {

    private static final String SELECT = """
            select n.id, n.area_id, n.name_th, n.name_en, count(s.id) as schools
            from registry.network n left join registry.school s on s.network_id = n.id and s.status = 'OPEN'
            """;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Networks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Network> inArea(long areaId) {
        return jdbc.sql(SELECT + " where n.area_id = :a group by n.id order by n.name_th collate \"th-x-icu\"")
                .param("a", areaId)
                .query(Network.class)
                .list();
    }

    Network readable(long id, KhetUser user) {
        return jdbc.sql(SELECT + " where n.id = :id group by n.id")
                .param("id", id)
                .query(Network.class)
                .optional()
                .filter(n -> user.canRead(n.areaId()))
                .orElseThrow(() -> new NotFoundException("network"));
    }

    boolean belongsTo(long networkId, long areaId) {
        return jdbc.sql("select count(*) from registry.network where id = :n and area_id = :a")
                        .param("n", networkId)
                        .param("a", areaId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    public long create(long areaId, String nameTh, String nameEn, KhetUser user) {
        requireStaff(areaId, user);
        String name = nameTh == null ? "" : nameTh.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw RejectedException.of("nameTh", Texts.of("registry.networks.networkNameRequired"));
        }
        try {
            long id = insert(areaId, name, nameEn);
            audit.changed(areaId, "CREATE", "network", id, null, name);
            return id;
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("nameTh", Texts.of("registry.networks.networkNameAlreadyExists"));
        }
    }

    long insert(long areaId, String nameTh, String nameEn) {
        return jdbc.sql("insert into registry.network (area_id, name_th, name_en) values (:a, :th, :en) returning id")
                .param("a", areaId)
                .param("th", nameTh)
                .param("en", nameEn == null || nameEn.isBlank() ? null : nameEn.strip())
                .query(Long.class)
                .single();
    }

    @Transactional
    public void rename(long id, String nameTh, String nameEn, KhetUser user) {
        Network before = readable(id, user);
        requireStaff(before.areaId(), user);
        if (nameTh == null || nameTh.isBlank()) {
            throw RejectedException.of("nameTh", Texts.of("registry.networks.networkNameRequired"));
        }
        try {
            jdbc.sql("update registry.network set name_th = :th, name_en = :en, version = version + 1 where id = :id")
                    .param("th", nameTh.strip())
                    .param("en", nameEn == null || nameEn.isBlank() ? null : nameEn.strip())
                    .param("id", id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("nameTh", Texts.of("registry.networks.networkNameAlreadyExists"));
        }
        jdbc.sql("update registry.school set network_id = network_id where network_id = :id")
                .param("id", id)
                .update();
        audit.changed(before.areaId(), "UPDATE", "network", id, before, readable(id, user));
    }

    static void requireStaff(long areaId, KhetUser user) {
        if (!user.holds(Role.AREA_DIRECTOR, areaId) && !user.holds(Role.AREA_STAFF, areaId)) {
            throw new ForbiddenException("edit registry of area " + areaId);
        }
    }
}

package org.khet.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Area offices: created by the system administrator with the nine groups of the unit template. */
@Component
public class Areas {

    private static final String COLUMNS = "id, code, name_th, name_en, letter_prefix, size_scheme, province";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Areas(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What it takes to open an area office in Khet. */
    public record NewArea(String code, String nameTh, String nameEn, String letterPrefix, String province) {

        public NewArea(String code, String nameTh, String nameEn, String letterPrefix) {
            this(code, nameTh, nameEn, letterPrefix, null);
        }
    }

    @Transactional
    public Area create(NewArea a, KhetUser by) {
        if (by != null && !by.isAdmin()) {
            throw new ForbiddenException("create area");
        }
        AreaRules.check(a);
        try {
            long id = jdbc.sql("""
                    insert into registry.area (code, name_th, name_en, letter_prefix, province)
                    values (:c, :th, :en, :p, :prov) returning id""")
                    .param("c", a.code().strip())
                    .param("th", a.nameTh().strip())
                    .param("en", a.nameEn().strip())
                    .param("p", a.letterPrefix().strip())
                    .param(
                            "prov",
                            a.province() == null || a.province().isBlank()
                                    ? null
                                    : a.province().strip())
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    insert into registry.unit (area_id, code, name_th, name_en)
                    select :a, code, name_th, name_en from registry.unit_template order by ordinal""").param("a", id).update();
            Area area = byId(id).orElseThrow();
            audit.changed(id, "CREATE", "area", id, null, area);
            return area;
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("code", Texts.of("registry.areas.codeTaken", a.code()));
        }
    }

    public Optional<Area> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from registry.area where id = :id")
                .param("id", id)
                .query(Area.class)
                .optional();
    }

    public Optional<Area> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from registry.area where code = :c")
                .param("c", code)
                .query(Area.class)
                .optional();
    }

    public Area readable(long id, KhetUser user) {
        if (!user.canRead(id)) {
            throw new NotFoundException("area");
        }
        return byId(id).orElseThrow(() -> new NotFoundException("area"));
    }

    /** Every area office by id: public facts (code and names), as {@link #namesByCode}. */
    public Map<Long, Area> allById() {
        Map<Long, Area> all = new java.util.HashMap<>();
        for (Area a : jdbc.sql("select " + COLUMNS + " from registry.area")
                .query(Area.class)
                .list()) {
            all.put(a.id(), a);
        }
        return all;
    }

    /**
     * The Thai name of every area office by code: public facts that pages comparing area offices show to every
     * user (an area's own records stay behind {@link #readable}).
     */
    public Map<String, String> namesByCode() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, name_th from registry.area order by code").query(rs -> {
            names.put(rs.getString("code"), rs.getString("name_th"));
        });
        return names;
    }

    /** The areas a user may read, in Thai order. */
    public List<Area> visibleTo(KhetUser user) {
        return jdbc.sql("select " + COLUMNS
                        + " from registry.area where :all or id = any(:ids) order by name_th collate \"th-x-icu\"")
                .param("all", user.isAdmin())
                .param("ids", user.areaIds().toArray(Long[]::new))
                .query(Area.class)
                .list();
    }

    /** The area office of an installation that serves just one; empty when it serves several or none. */
    public Optional<Area> onlyOne() {
        List<Area> two = jdbc.sql("select " + COLUMNS + " from registry.area order by id limit 2")
                .query(Area.class)
                .list();
        return two.size() == 1 ? Optional.of(two.get(0)) : Optional.empty();
    }

    public long count() {
        return jdbc.sql("select count(*) from registry.area").query(Long.class).single();
    }

    @Transactional
    public void setSizeScheme(long areaId, String scheme, KhetUser by) {
        Networks.requireStaff(areaId, by);
        Area before = byId(areaId).orElseThrow(() -> new NotFoundException("area"));
        jdbc.sql("update registry.area set size_scheme = :s, version = version + 1 where id = :id")
                .param("s", scheme)
                .param("id", areaId)
                .update();
        audit.changed(areaId, "UPDATE", "area", areaId, before, byId(areaId).orElseThrow());
    }

    /** Sets the province the area lies in; blank clears it. */
    @Transactional
    public void setProvince(long areaId, String province, KhetUser by) {
        Networks.requireStaff(areaId, by);
        String value = province == null || province.isBlank() ? null : province.strip();
        if (value != null && value.length() > 60) {
            throw RejectedException.of("province", Texts.of("registry.areas.provinceNameTooLong"));
        }
        Area before = byId(areaId).orElseThrow(() -> new NotFoundException("area"));
        jdbc.sql("update registry.area set province = :p, version = version + 1 where id = :id")
                .param("p", value)
                .param("id", areaId)
                .update();
        audit.changed(areaId, "UPDATE", "area", areaId, before, byId(areaId).orElseThrow());
    }
}

package org.khet.correspondence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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

/**
 * Saved groups of addressees (กลุ่มผู้รับ): an organisation names a set of schools, networks, size classes, units
 * (and, for a school, the office) and picks it when writing. A group belongs to its organisation: only those who act
 * for it see and change it. A letter keeps the ids of the groups it is addressed to and delivers to their members as
 * they are on the day it is sent, which is what a clerk who changed a group in between expects.
 */
@Component
class RecipientGroups {

    /** A saved group and its members (as addressees: office, schools, networks, units, sizes). */
    record Group(long id, long areaId, Long schoolId, String name, Addressees members, int version) {

        boolean of(Organisation org) {
            return org.same(areaId, schoolId);
        }
    }

    static final int NAME_MAX = 200;

    private static final String SELECT = """
            select id, area_id, school_id, name, to_office, schools, networks, sizes, units, version
            from correspondence.recipient_group""";

    private final JdbcClient jdbc;
    private final DraftRules rules;
    private final AuditLog audit;

    RecipientGroups(JdbcClient jdbc, DraftRules rules, AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.audit = audit;
    }

    /** The groups of {@code org}, by name. */
    List<Group> of(Organisation org) {
        return jdbc.sql(SELECT + " where " + org.rows("") + " order by name collate \"th-x-icu\", id")
                .param("area", org.areaId())
                .param("school", org.schoolId())
                .query(RecipientGroups::group)
                .list();
    }

    Optional<Group> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(RecipientGroups::group)
                .optional();
    }

    /** Saves a new group of {@code org} named {@code name} with the addressees of {@code members}; its id. */
    @Transactional
    long create(Organisation org, String name, LetterDraft members, KhetUser by) {
        mayChange(org, by);
        Addressees to = rules.members(org, members);
        String n = name(name);
        if (to.none()) {
            throw RejectedException.of("to", Texts.of("correspondence.group.empty"));
        }
        try {
            long id = jdbc.sql("""
                            insert into correspondence.recipient_group (area_id, school_id, name, to_office, schools,
                                networks, sizes, units, updated_by)
                            values (:area, :school, :name, :office, :schools, :networks, :sizes, :units, :by)
                            returning id""")
                    .param("area", org.areaId())
                    .param("school", org.schoolId())
                    .param("name", n)
                    .param("office", to.office())
                    .param("schools", to.schools().toArray(Long[]::new))
                    .param("networks", to.networks().toArray(Long[]::new))
                    .param("sizes", to.sizes().toArray(Integer[]::new))
                    .param("units", to.units().toArray(Long[]::new))
                    .param("by", by.id())
                    .query(Long.class)
                    .single();
            audit.changed(org.areaId(), "CREATE", "recipient_group", id, null, Map.of("name", n, "org", org.code()));
            return id;
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("name", Texts.of("correspondence.group.taken", n));
        }
    }

    @Transactional
    void rename(Organisation org, long id, String name, KhetUser by) {
        Group g = owned(org, id, by);
        String n = name(name);
        try {
            jdbc.sql("""
                            update correspondence.recipient_group set name = :name, version = version + 1,
                                updated_by = :by, updated_at = now()
                            where id = :id""").param("name", n).param("by", by.id()).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("name", Texts.of("correspondence.group.taken", n));
        }
        audit.changed(org.areaId(), "UPDATE", "recipient_group", id, Map.of("name", g.name()), Map.of("name", n));
    }

    /** Deletes a group; letters already sent to it keep their deliveries, drafts addressed to it are refused when sent. */
    @Transactional
    void delete(Organisation org, long id, KhetUser by) {
        Group g = owned(org, id, by);
        jdbc.sql("delete from correspondence.recipient_group where id = :id")
                .param("id", id)
                .update();
        audit.changed(org.areaId(), "DELETE", "recipient_group", id, Map.of("name", g.name()), null);
    }

    /**
     * {@code to} with the members of its groups added, as the groups are now. A group deleted since the letter was
     * written is refused, naming it by id: the sender decides whom to send to instead.
     */
    Addressees expanded(Organisation from, Addressees to) {
        Addressees all = to;
        for (long id : to.groups()) {
            Group g = byId(id).filter(group -> group.of(from))
                    .orElseThrow(() -> RejectedException.of("to.groups", Texts.of("correspondence.to.group", id)));
            all = all.with(g.members());
        }
        return all;
    }

    private Group owned(Organisation org, long id, KhetUser by) {
        mayChange(org, by);
        return byId(id).filter(g -> g.of(org)).orElseThrow(() -> new NotFoundException("group"));
    }

    private static void mayChange(Organisation org, KhetUser by) {
        if (!Organisations.actsFor(by, org)) {
            throw new ForbiddenException("keep groups for " + org.code());
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX) {
            throw RejectedException.of("name", Texts.of("correspondence.group.name", NAME_MAX));
        }
        return n;
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(
                rs.getLong("id"),
                rs.getLong("area_id"),
                (Long) rs.getObject("school_id"),
                rs.getString("name"),
                new Addressees(
                        rs.getBoolean("to_office"),
                        false,
                        longs(rs.getArray("schools")),
                        longs(rs.getArray("networks")),
                        longs(rs.getArray("units")),
                        Arrays.asList((Integer[]) rs.getArray("sizes").getArray()),
                        null,
                        null,
                        null),
                rs.getInt("version"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}

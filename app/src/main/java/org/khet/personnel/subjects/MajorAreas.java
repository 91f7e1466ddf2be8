package org.khet.personnel.subjects;

import java.util.List;
import java.util.Map;
import org.khet.personnel.PersonnelAccess;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which learning area a qualification's major teaches ({@code personnel.major_area}): a major as offices write it
 * ("คณิตศาสตร์", "ภาษาอังกฤษ"), matched ignoring case and spaces. Not dated: a major does not change what it teaches
 * by circular. The administrator and those who manage an area's personnel map a major (again: the new area replaces
 * the old) or remove it; each change is audited. The list is the whole country's, like the curriculum.
 */
@Component
public class MajorAreas {

    /** A major and the area it teaches. */
    public record Mapping(long id, String major, LearningArea learningArea, boolean startingFigure) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PersonnelAccess access;

    MajorAreas(JdbcClient jdbc, AuditLog audit, PersonnelAccess access) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Joins, for the person whose id is in the column {@code person}, their first major ({@code fq.major}: the
     * qualification of the lowest position with a major written) and the learning area it maps to ({@code
     * m.learning_area}, null when the major maps to none or there is no major); each person counts once, for the
     * subject of their first degree.
     */
    static String firstMajorJoin(String person) {
        return """
                left join lateral (
                    select q.major from personnel.qualification q
                    where q.person_id = %s and btrim(q.major) <> ''
                    order by q.position, q.id limit 1) fq on true
                left join personnel.major_area m on m.major_key = lower(regexp_replace(fq.major, '\\s', '', 'g'))
                """.formatted(person);
    }

    /** The learning area of each person's first major ({@link #firstMajorJoin}), for those whose major maps to one. */
    public Map<Long, LearningArea> firstMajorAreas(java.util.Collection<Long> personIds) {
        Map<Long, LearningArea> areas = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return areas;
        }
        jdbc.sql("select p.id, m.learning_area from unnest(:ids) as p(id) " + firstMajorJoin("p.id")
                        + " where m.learning_area is not null")
                .param("ids", personIds.toArray(Long[]::new))
                .query((rs, n) -> areas.put(rs.getLong(1), LearningArea.valueOf(rs.getString(2))))
                .list();
        return areas;
    }

    /** Every mapping, by area and major. */
    public List<Mapping> all() {
        return jdbc.sql("select id, major, learning_area, starting_figure from personnel.major_area"
                        + " order by array_position(:areas::text[], learning_area), major collate \"th-x-icu\"")
                .param(
                        "areas",
                        java.util.Arrays.stream(LearningArea.values())
                                .map(Enum::name)
                                .toArray(String[]::new))
                .query(Mapping.class)
                .list();
    }

    /** Whether {@code user} may map majors (and sees the subject shortages menu): the administrator and those who manage their area's personnel. */
    public boolean mayMap(KhetUser user) {
        return access.managesOwnArea(user);
    }

    /** Maps {@code major} (as written) to {@code area}, replacing the area it had. */
    @Transactional
    public long map(String major, LearningArea area, KhetUser by) {
        if (!mayMap(by)) {
            throw new ForbiddenException("map a major to a learning area");
        }
        String written = major == null ? "" : major.strip().replaceAll("\\s+", " ");
        if (written.isEmpty() || written.length() > 200) {
            throw RejectedException.of("major", Texts.of("personnel.subjects.majors.majorMissing"));
        }
        if (area == null) {
            throw RejectedException.of("learningArea", Texts.of("personnel.subjects.rules.areaMissing"));
        }
        String before = jdbc.sql("select learning_area from personnel.major_area"
                        + " where major_key = lower(regexp_replace(:major, '\\s', '', 'g'))")
                .param("major", written)
                .query(String.class)
                .optional()
                .orElse(null);
        long id = jdbc.sql("insert into personnel.major_area (major, learning_area, updated_by) values (:major, :area,"
                        + " :by) on conflict (major_key) do update set learning_area = excluded.learning_area,"
                        + " starting_figure = false, updated_by = excluded.updated_by, updated_at = now()"
                        + " returning id")
                .param("major", written)
                .param("area", area.name())
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                null,
                "MAJOR_AREA_MAPPED",
                "major_area",
                id,
                before == null ? null : Map.of("major", written, "learning_area", before),
                Map.of("major", written, "learning_area", area.name()));
        return id;
    }

    /** Removes the mapping {@code id}: teachers of that major count as unmapped again. */
    @Transactional
    public void remove(long id, KhetUser by) {
        if (!mayMap(by)) {
            throw new ForbiddenException("map a major to a learning area");
        }
        Mapping before = jdbc.sql("select id, major, learning_area, starting_figure from personnel.major_area"
                        + " where id = :id")
                .param("id", id)
                .query(Mapping.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("major"));
        jdbc.sql("delete from personnel.major_area where id = :id")
                .param("id", id)
                .update();
        audit.changedBy(by, null, "MAJOR_AREA_REMOVED", "major_area", id, before, null);
    }
}

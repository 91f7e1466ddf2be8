package org.khet.registry;

import java.time.LocalDate;
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
 * Moves a person of an area to another open school of the same area on a decision another module made and checked
 * (personnel's transfer results and swaps): the registry keeps the person and their place consistent, audits the
 * change and publishes {@link PersonMoved} as an edit does. The caller answers for who may decide the move; the
 * registry only refuses a user who does not work in the area, a person who left, and a school of another area or
 * not open.
 */
@Component
public class Placements {

    private final JdbcClient jdbc;
    private final People people;
    private final Schools schools;
    private final PersonEditor editor;
    private final AuditLog audit;

    Placements(JdbcClient jdbc, People people, Schools schools, PersonEditor editor, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.schools = schools;
        this.editor = editor;
        this.audit = audit;
    }

    /**
     * Places the person {@code personId} at the school {@code schoolId} of their area, for a move another module
     * decides and dates: {@link PersonMoved} carries {@code movedOn} (the day it takes effect; null for today).
     * Whether the person moved: false, and nothing happens, when they were at that school already.
     */
    @Transactional
    public boolean moveToSchool(long personId, long schoolId, LocalDate movedOn, KhetUser by) {
        Person before = people.byId(personId).orElseThrow(() -> new NotFoundException("person"));
        if (!by.worksForArea(before.areaId())) {
            throw new ForbiddenException("move a person of another area");
        }
        if (!before.active()) {
            throw RejectedException.of("person", Texts.of("registry.placements.left"));
        }
        School school = schools.byId(schoolId)
                .filter(s -> s.areaId() == before.areaId() && "OPEN".equals(s.status()))
                .orElseThrow(() -> RejectedException.of("school", Texts.of("registry.placements.school")));
        if (Long.valueOf(school.id()).equals(before.schoolId())) {
            return false;
        }
        jdbc.sql("update registry.person set school_id = :s, unit_id = null, version = version + 1 where id = :id")
                .param("s", school.id())
                .param("id", personId)
                .update();
        Person after = people.byId(personId).orElseThrow();
        audit.changedBy(by, before.areaId(), "UPDATE", "person", personId, before, after);
        editor.publishChange(before, after, by, movedOn);
        return true;
    }
}

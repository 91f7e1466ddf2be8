package org.khet.complaints;

import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.registry.SchoolMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A school merged into another: the cases still open about it now concern the school that does its work, so that
 * school's director answers for them and the statistics count them there. A closed or declined case keeps the
 * school it was about, as the record of what happened. The school a named person was at stays as it was: it keeps
 * that school's director from reading a case about their own staff (see {@link CaseRows}).
 *
 * <p>Each moved case remembers the school it came from ({@code merged_from_school_id}). The area office may later
 * name another receiving school for the same merge (the first was a mistake, or the plan changed); the registry then
 * publishes the merge again with the new school. The open cases that came with the merge belong to whichever school
 * now does the merged school's work, so they follow to it rather than stay, forgotten, at the first receiving school;
 * that school's own cases, which never came from the merge, stay. Every move is audited with where it came from.
 */
@Component
class SchoolMerges {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SchoolMerges(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private record Moved(long id, long fromSchool, long mergedFrom) {}

    @ApplicationModuleListener
    void on(SchoolMerged merged) {
        List<Moved> moved = jdbc.sql("""
                        with moving as (
                            select id, school_id from complaints.complaint
                            where status not in (:finished) and school_id <> :into
                              and (school_id = :school or merged_from_school_id = :school)
                            for update)
                        update complaints.complaint c
                        set merged_from_school_id = coalesce(c.merged_from_school_id, c.school_id), school_id = :into,
                            version = c.version + 1
                        from moving where c.id = moving.id
                        returning c.id, moving.school_id as from_school, c.merged_from_school_id as merged_from""")
                .param("into", merged.into())
                .param("school", merged.school())
                .param("finished", List.of(CaseStatus.CLOSED.name(), CaseStatus.NOT_OURS.name()))
                .query(Moved.class)
                .list();
        for (Moved m : moved) {
            audit.changed(
                    merged.area(),
                    "UPDATE",
                    "complaint",
                    m.id(),
                    Map.of("school_id", m.fromSchool()),
                    Map.of("school_id", merged.into(), "merged_from_school_id", m.mergedFrom()));
        }
    }
}

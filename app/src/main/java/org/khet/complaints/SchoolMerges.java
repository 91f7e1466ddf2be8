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
 */
@Component
class SchoolMerges {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SchoolMerges(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(SchoolMerged merged) {
        List<Long> moved = jdbc.sql("""
                        update complaints.complaint set school_id = :into, version = version + 1
                        where school_id = :school and status not in (:finished)
                        returning id""")
                .param("into", merged.into())
                .param("school", merged.school())
                .param("finished", List.of(CaseStatus.CLOSED.name(), CaseStatus.NOT_OURS.name()))
                .query(Long.class)
                .list();
        for (long id : moved) {
            audit.changed(
                    merged.area(),
                    "UPDATE",
                    "complaint",
                    id,
                    Map.of("school_id", merged.school()),
                    Map.of("school_id", merged.into()));
        }
    }
}

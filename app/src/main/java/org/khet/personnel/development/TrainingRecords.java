package org.khet.personnel.development;

import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads development records for those allowed: one's own, one record, and what waits for the user's verification. */
@Component
public class TrainingRecords {

    private static final String SELECT = """
            select id, area_id, person_id, person_name, school_id, unit_id, filed_by, title, provider, kind,
                   first_day, last_day, hours, fiscal_year, status, decided_by, decided_at, return_reason,
                   action_learning_id, certificate_name, filed_at
            from personnel.training_record""";

    private final JdbcClient jdbc;
    private final DevelopmentAccess access;

    TrainingRecords(JdbcClient jdbc, DevelopmentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The record as it is now, locked until the caller's transaction ends. */
    public TrainingRecord locked(long id) {
        return jdbc.sql(SELECT + " where id = :id for update")
                .param("id", id)
                .query(TrainingRecord.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("training record"));
    }

    /** The record, if the user may read it (else not found, so that its existence does not show). */
    public TrainingRecord readable(long id, KhetUser user) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(TrainingRecord.class)
                .optional()
                .filter(r -> access.mayRead(user, r))
                .orElseThrow(() -> new NotFoundException("training record"));
    }

    /** The person's records of fiscal year {@code fiscalYear}, latest first. */
    public List<TrainingRecord> ofPerson(long personId, int fiscalYear) {
        return jdbc.sql(SELECT + " where person_id = :p and fiscal_year = :y order by last_day desc, id desc")
                .param("p", personId)
                .param("y", fiscalYear)
                .query(TrainingRecord.class)
                .list();
    }

    /** What waits for the user's verification in their areas, oldest first. */
    public List<TrainingRecord> waitingFor(KhetUser user) {
        return jdbc
                .sql(SELECT + " where area_id = any(:areas) and status = 'PENDING' order by filed_at, id")
                .param("areas", user.areaIds().toArray(Long[]::new))
                .query(TrainingRecord.class)
                .list()
                .stream()
                .filter(r -> access.mayVerify(user, r))
                .toList();
    }

    /** The stored certificate's key and media type, if the record has one. */
    String[] certificate(long id) {
        return jdbc.sql("select certificate_key, certificate_type from personnel.training_record where id = :id"
                        + " and certificate_key is not null")
                .param("id", id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElseThrow(() -> new NotFoundException("certificate"));
    }
}

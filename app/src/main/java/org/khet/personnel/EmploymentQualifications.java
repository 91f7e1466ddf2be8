package org.khet.personnel;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's qualifications (degree, major, institution, Buddhist Era year), kept with their record: read by those
 * who read it, added and removed by those who change it, each change audited.
 */
@Component
class EmploymentQualifications {

    /** One qualification; {@code year} in the Buddhist Era, null when not known. */
    record Qualification(long id, String degree, String major, String institution, Integer year) {}

    private final JdbcClient jdbc;
    private final Employments employments;
    private final AuditLog audit;

    EmploymentQualifications(JdbcClient jdbc, Employments employments, AuditLog audit) {
        this.jdbc = jdbc;
        this.employments = employments;
        this.audit = audit;
    }

    /** The person's qualifications in the order they were entered; the caller has checked the reader. */
    List<Qualification> of(long personId) {
        return jdbc.sql("""
                        select id, degree, major, institution, year from personnel.qualification
                        where person_id = :id order by position, id""").param("id", personId).query(Qualification.class).list();
    }

    @Transactional
    long add(long personId, Qualification q, KhetUser user) {
        Employments.Viewed viewed = editable(personId, user);
        check(q);
        employments.ensure(personId, user);
        long id = jdbc.sql("""
                        insert into personnel.qualification (person_id, degree, major, institution, year, position)
                        select :person, :degree, :major, :institution, :year, coalesce(max(position), 0) + 1
                        from personnel.qualification where person_id = :person
                        returning id""")
                .param("person", personId)
                .param("degree", q.degree().strip())
                .param("major", q.major().strip())
                .param("institution", q.institution().strip())
                .param("year", q.year())
                .query(Long.class)
                .single();
        audit.changedBy(user, viewed.person().areaId(), "CREATE", "qualification", id, null, q);
        return id;
    }

    @Transactional
    void remove(long personId, long qualificationId, KhetUser user) {
        Employments.Viewed viewed = editable(personId, user);
        Qualification before = of(personId).stream()
                .filter(q -> q.id() == qualificationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("qualification"));
        jdbc.sql("delete from personnel.qualification where id = :id")
                .param("id", qualificationId)
                .update();
        audit.changedBy(user, viewed.person().areaId(), "DELETE", "qualification", qualificationId, before, null);
    }

    private Employments.Viewed editable(long personId, KhetUser user) {
        Employments.Viewed viewed = employments.allowed(personId, user);
        if (!viewed.edits()) {
            throw new NotFoundException("person");
        }
        return viewed;
    }

    private static void check(Qualification q) {
        List<FieldError> errors = new ArrayList<>();
        if (q.degree().isBlank() || q.degree().strip().length() > 200) {
            errors.add(FieldError.of("degree", Texts.of("personnel.record.qualification.degree")));
        }
        if (q.major().strip().length() > 200 || q.institution().strip().length() > 200) {
            errors.add(FieldError.of("major", Texts.of("import.cell.tooLong", 200)));
        }
        if (q.year() != null && (q.year() < 2400 || q.year() > 2700)) {
            errors.add(FieldError.of("year", Texts.of("personnel.record.qualification.year")));
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("personnel.record.notSaved"), errors);
        }
    }
}

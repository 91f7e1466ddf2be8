package org.khet.complaints;

import java.util.List;
import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.registry.PersonAccounts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person of the registry a case is about (ผู้ถูกร้องเรียน), named by the complaint centre. From then on the case
 * is hidden from that person's account and from the directors of that person's school, the one they were at when
 * named and the one they are at now ({@link Cases#concerns}).
 */
@Component
class CaseSubjects {

    private final Cases cases;
    private final People people;
    private final PersonAccounts links;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    CaseSubjects(Cases cases, People people, PersonAccounts links, JdbcClient jdbc, AuditLog audit) {
        this.links = links;
        this.cases = cases;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** People of the case's area matching {@code q}, for the centre to choose from. */
    List<Person> candidates(Cases.Case c, String q, KhetUser by) {
        requireCentre(c, by);
        return people.matching(c.areaId(), q, 20);
    }

    /** Names the person the case is about, or clears it when {@code personId} is null; audited. */
    @Transactional
    void name(long caseId, Long personId, KhetUser by) {
        Cases.Case c = cases.read(caseId, by);
        requireCentre(c, by);
        Long school = null;
        if (personId != null) {
            Person p = people.inArea(personId, c.areaId())
                    .orElseThrow(() ->
                            RejectedException.of("personId", Texts.of("complaints.caseSubjects.noSuchPersonArea")));
            // Serialises with a change of the person's account link.
            links.holdLink(personId);
            if (c.officerId() != null && officerConcerned(c.officerId(), p)) {
                throw RejectedException.of("personId", Texts.of("complaints.subject.officerConcerned"));
            }
            school = p.schoolId();
        }
        // The school they are at when named is kept: if they move, that school's director still may not read it.
        jdbc.sql("""
                        update complaints.complaint set subject_person_id = :p, subject_school_id = :school, version = version + 1
                        where id = :id""")
                .param("p", personId)
                .param("school", school)
                .param("id", caseId)
                .update();
        audit.changed(
                c.areaId(),
                "UPDATE",
                "complaint",
                caseId,
                c.subjectPersonId() == null ? null : Map.of("subject_person_id", c.subjectPersonId()),
                personId == null ? null : Map.of("subject_person_id", personId));
    }

    /**
     * Whether the case, once about {@code p}, would be kept from its officer: the rule of the queries
     * ({@link CaseRows#keptFrom}) asked of the case as it would be, named at the school {@code p} is at now.
     */
    private boolean officerConcerned(long officerId, Person p) {
        return jdbc.sql("select " + CaseRows.keptFromAccount(":u") + """
                         from (select cast(:p as bigint) as subject_person_id, cast(:school as bigint) as subject_school_id) c""")
                .param("p", p.id())
                .param("u", officerId)
                .param("school", p.schoolId())
                .query(Boolean.class)
                .single();
    }

    private static void requireCentre(Cases.Case c, KhetUser by) {
        if (!Cases.runsCentre(by, c.areaId())) {
            throw new ForbiddenException("name the person a complaint is about");
        }
    }
}

package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.khet.notifications.Message;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.registry.People;
import org.khet.registry.Person;
import org.khet.shared.RejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an official travel request for the signed-in person: checked (what, where, days from today on, companions
 * of the same area, a cost not negative, no trip of theirs already on those days), routed to the approver by the
 * applicant's place — the same approvers as leave — who is told. Audited.
 */
@Component
class TravelFiling {

    /** What the person asks for; {@code companions} are registry people's ids. Serializable for the flash. */
    record NewTravel(
            String purpose,
            String place,
            LocalDate firstDay,
            LocalDate lastDay,
            List<Long> companions,
            String vehicle,
            BigDecimal estimatedCost,
            String reference)
            implements java.io.Serializable {}

    private final JdbcClient jdbc;
    private final LeaveAccess access;
    private final LeaveRouting routing;
    private final LeaveRules rules;
    private final People people;
    private final AuditLog audit;
    private final String publicUrl;

    TravelFiling(
            JdbcClient jdbc,
            LeaveAccess access,
            LeaveRouting routing,
            LeaveRules rules,
            People people,
            AuditLog audit,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.access = access;
        this.routing = routing;
        this.rules = rules;
        this.people = people;
        this.audit = audit;
        this.publicUrl = publicUrl;
    }

    @Transactional
    long file(NewTravel form, KhetUser by) {
        Person p = access.applicant(by);
        check(form);
        List<Person> companions = companions(p, form.companions());
        if (overlaps(p.id(), form)) {
            throw RejectedException.of("firstDay", Texts.of("personnel.travel.overlaps"));
        }
        String approver = routing.travelApproverFor(
                p, BigDecimal.valueOf(ChronoUnit.DAYS.between(form.firstDay(), form.lastDay()) + 1), form.firstDay());
        long id = insert(p, by, form, approver);
        companions.forEach(c -> jdbc.sql("insert into personnel.travel_companion (request_id, person_id, person_name)"
                        + " values (:r, :p, :n)")
                .param("r", id)
                .param("p", c.id())
                .param("n", c.fullName())
                .update());
        audit.changed(
                p.areaId(),
                "CREATE",
                "travel_request",
                id,
                null,
                Map.of(
                        "place", form.place().strip(),
                        "first_day", form.firstDay().toString(),
                        "last_day", form.lastDay().toString(),
                        "approver", approver,
                        "companions", String.valueOf(companions.size())));
        routing.tell(
                approver,
                p.areaId(),
                p.schoolId(),
                p.unitId(),
                Message.of(
                        "personnel",
                        "travel request " + id,
                        "personnel.travel.notice.waiting",
                        p.fullName(),
                        form.place().strip(),
                        form.firstDay().toString(),
                        publicUrl + TravelPages.PATH + "/" + id));
        return id;
    }

    private void check(NewTravel form) {
        if (blank(form.purpose()) || blank(form.place())) {
            throw RejectedException.of("purpose", Texts.of("personnel.travel.purposePlace"));
        }
        if (form.firstDay() == null || form.lastDay() == null) {
            throw RejectedException.of("firstDay", Texts.of("personnel.travel.noDays"));
        }
        if (form.lastDay().isBefore(form.firstDay())) {
            throw RejectedException.of("lastDay", Texts.of("personnel.travel.lastBeforeFirst"));
        }
        if (form.firstDay().isBefore(rules.today())) {
            throw RejectedException.of("firstDay", Texts.of("personnel.travel.past"));
        }
        if (form.estimatedCost() != null && form.estimatedCost().signum() < 0) {
            throw RejectedException.of("estimatedCost", Texts.of("personnel.travel.negativeCost"));
        }
        if (form.purpose().strip().length() > 1000
                || form.place().strip().length() > 300
                || length(form.vehicle()) > 200
                || length(form.reference()) > 300) {
            throw RejectedException.of("purpose", Texts.of("personnel.travel.tooLong"));
        }
    }

    private List<Person> companions(Person p, List<Long> ids) {
        if (ids == null) {
            return List.of();
        }
        return new LinkedHashSet<>(ids)
                .stream()
                        .filter(id -> id != p.id())
                        .map(id -> people.inArea(id, p.areaId())
                                .filter(Person::active)
                                .orElseThrow(() ->
                                        RejectedException.of("companions", Texts.of("personnel.travel.noCompanion"))))
                        .toList();
    }

    private boolean overlaps(long personId, NewTravel form) {
        return jdbc.sql("select exists (select 1 from personnel.travel_request where person_id = :p"
                        + " and status in ('PENDING', 'APPROVED') and first_day <= :last and last_day >= :first)")
                .param("p", personId)
                .param("first", form.firstDay())
                .param("last", form.lastDay())
                .query(Boolean.class)
                .single();
    }

    private long insert(Person p, KhetUser by, NewTravel form, String approver) {
        return jdbc.sql("""
                        insert into personnel.travel_request (area_id, person_id, person_name, filed_by, purpose,
                            place, first_day, last_day, vehicle, estimated_cost, reference, school_id, unit_id,
                            approver)
                        values (:area, :person, :name, :by, :purpose, :place, :first, :last, :vehicle, :cost,
                            :reference, :school, :unit, :approver)
                        returning id""")
                .param("area", p.areaId())
                .param("person", p.id())
                .param("name", p.fullName())
                .param("by", by.id())
                .param("purpose", form.purpose().strip())
                .param("place", form.place().strip())
                .param("first", form.firstDay())
                .param("last", form.lastDay())
                .param("vehicle", form.vehicle() == null ? "" : form.vehicle().strip())
                .param("cost", form.estimatedCost())
                .param(
                        "reference",
                        form.reference() == null ? "" : form.reference().strip())
                .param("school", p.schoolId())
                .param("unit", p.unitId())
                .param("approver", approver)
                .query(Long.class)
                .single();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }
}

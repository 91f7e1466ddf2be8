package org.khet.personnel.transfer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government teacher's request in an open round, filed for themselves within the request window: up to the rule's
 * number of wished vacancy schools in order, the reason, the distance from home; refused with a bilingual reason when
 * the time at the current school up to the round's closing day is shorter than the rule's minimum, or the person
 * already has a request in the round. Withdrawn by the person while the round takes requests. The current school's
 * director is told a request waits for their opinion ({@link TransferOpinions}). Every step is audited, without the
 * reason's text (personal data stays on the request).
 */
@Component
class TransferRequests {

    /** What a teacher asks: wished school codes in order, the reason's kind and text, the distance from home (km). */
    record NewRequest(List<String> wishes, String reasonKind, String reason, Integer distanceKm)
            implements java.io.Serializable {}

    static final List<String> REASON_KINDS = List.of("SPOUSE", "PARENTS", "CARE", "HOME", "OTHER");

    private static final String SELECT = """
            select r.id, r.round_id, r.person_id, pp.first_name_th, pp.last_name_th, r.from_school_id,
                   fs.name_th as from_school_name, r.at_school_since, r.appointed_on, r.reason_kind, r.reason,
                   r.distance_km, r.state, r.opinion, r.opinion_note, r.proposed_school_id,
                   ps.name_th as proposed_school_name, r.moved_at is not null as moved, r.move_problem
            from personnel.transfer_request r
            join registry.person_placement pp on pp.id = r.person_id
            join registry.school_summary fs on fs.id = r.from_school_id
            left join registry.school_summary ps on ps.id = r.proposed_school_id
            """;

    private final JdbcClient jdbc;
    private final TransferRounds rounds;
    private final TransferRules rules;
    private final TransferApplicants applicants;
    private final Notifications notifications;
    private final AuditLog audit;

    TransferRequests(
            JdbcClient jdbc,
            TransferRounds rounds,
            TransferRules rules,
            TransferApplicants applicants,
            Notifications notifications,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.rules = rules;
        this.applicants = applicants;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Transactional
    long file(long roundId, NewRequest form, KhetUser by) {
        TransferRound round = rounds.locked(roundId);
        TransferApplicants.Applicant a = applicants.require(by);
        if (a.areaId() != round.areaId()) {
            throw new NotFoundException("transfer round");
        }
        if (!round.takesRequestsOn(rules.today())) {
            throw RejectedException.of("round", Texts.of("personnel.transfer.request.notOpen"));
        }
        TransferRules.Rule rule = rules.requireRuleOn(round.opensOn());
        applicants.checkMayMove(a, rule.minMonths(), round.closesOn());
        if (mine(roundId, a.personId()).isPresent()) {
            throw RejectedException.of("round", Texts.of("personnel.transfer.request.already"));
        }
        List<Long> wished = wishedSchools(round, a, form.wishes(), rule.maxWishes());
        checkReason(form);
        long id = jdbc.sql("""
                        insert into personnel.transfer_request (round_id, person_id, filed_by, from_school_id,
                            at_school_since, appointed_on, reason_kind, reason, distance_km)
                        values (:r, :p, :by, :school, :since, :appointed, :kind, :reason, :km) returning id""")
                .param("r", roundId)
                .param("p", a.personId())
                .param("by", by.id())
                .param("school", a.schoolId())
                .param("since", a.atSchoolSince())
                .param("appointed", a.appointedOn())
                .param("kind", form.reasonKind())
                .param("reason", form.reason() == null ? "" : form.reason().strip())
                .param("km", form.distanceKm())
                .query(Long.class)
                .single();
        for (int i = 0; i < wished.size(); i++) {
            jdbc.sql("insert into personnel.transfer_wish (request_id, rank, school_id) values (:r, :rank, :s)")
                    .param("r", id)
                    .param("rank", i + 1)
                    .param("s", wished.get(i))
                    .update();
        }
        audit.changedBy(
                by,
                round.areaId(),
                "TRANSFER_REQUEST_FILED",
                "transfer_request",
                id,
                null,
                Map.of("round_id", roundId, "reason_kind", form.reasonKind(), "wishes", wished));
        notifications.toHoldersOf(
                new RoleGrant(Role.SCHOOL_DIRECTOR, round.areaId(), null, a.schoolId()),
                Message.of(
                        "personnel",
                        "transfer request " + id,
                        "personnel.transfer.notice.opinion",
                        a.name(),
                        String.valueOf(round.academicYear())));
        return id;
    }

    private List<Long> wishedSchools(
            TransferRound round, TransferApplicants.Applicant a, List<String> codes, int maxWishes) {
        List<String> given = codes == null
                ? List.of()
                : codes.stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::strip)
                        .toList();
        if (given.isEmpty()) {
            throw RejectedException.of("wishes", Texts.of("personnel.transfer.request.noWish"));
        }
        if (given.size() > maxWishes) {
            throw RejectedException.of(
                    "wishes", Texts.of("personnel.transfer.request.tooManyWishes", String.valueOf(maxWishes)));
        }
        if (new HashSet<>(given).size() != given.size()) {
            throw RejectedException.of("wishes", Texts.of("personnel.transfer.request.sameWish"));
        }
        Map<String, Long> vacancies = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.code, v.school_id from personnel.transfer_vacancy v
                        join registry.school_summary s on s.id = v.school_id where v.round_id = :r""")
                .param("r", round.id())
                .query((rs, n) -> vacancies.put(rs.getString(1), rs.getLong(2)))
                .list();
        List<Long> ids = new ArrayList<>();
        for (String code : given) {
            Long school = vacancies.get(code);
            if (school == null) {
                throw RejectedException.of("wishes", Texts.of("personnel.transfer.request.notVacancy", code));
            }
            if (school.equals(a.schoolId())) {
                throw RejectedException.of("wishes", Texts.of("personnel.transfer.request.ownSchool"));
            }
            ids.add(school);
        }
        return ids;
    }

    private static void checkReason(NewRequest form) {
        if (form.reasonKind() == null || !REASON_KINDS.contains(form.reasonKind())) {
            throw RejectedException.of("reasonKind", Texts.of("personnel.transfer.request.noReason"));
        }
        if (form.reason() != null && form.reason().strip().length() > 1000) {
            throw RejectedException.of("reason", Texts.of("personnel.transfer.tooLong", "1000"));
        }
        if (form.distanceKm() != null && (form.distanceKm() < 0 || form.distanceKm() > 5000)) {
            throw RejectedException.of("distanceKm", Texts.of("personnel.transfer.request.badDistance"));
        }
    }

    /** The person withdraws their request while the round takes requests. */
    @Transactional
    void withdraw(long requestId, KhetUser by) {
        TransferRequest r = get(requestId);
        TransferRound round = rounds.locked(r.roundId());
        TransferApplicants.Applicant a = applicants.require(by);
        if (a.personId() != r.personId()) {
            throw new ForbiddenException("withdraw another person's transfer request");
        }
        if (!r.filed() || !round.takesRequestsOn(rules.today())) {
            throw RejectedException.of("round", Texts.of("personnel.transfer.request.notOpen"));
        }
        jdbc.sql("update personnel.transfer_request set state = 'WITHDRAWN' where id = :id")
                .param("id", requestId)
                .update();
        audit.changedBy(
                by,
                round.areaId(),
                "TRANSFER_REQUEST_WITHDRAWN",
                "transfer_request",
                requestId,
                Map.of("state", "FILED"),
                Map.of("state", "WITHDRAWN"));
    }

    TransferRequest get(long id) {
        return jdbc.sql(SELECT + " where r.id = :id")
                .param("id", id)
                .query(TransferRequest.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("transfer request"));
    }

    /** The person's request in the round that is not withdrawn. */
    Optional<TransferRequest> mine(long roundId, long personId) {
        return jdbc.sql(SELECT + " where r.round_id = :r and r.person_id = :p and r.state = 'FILED'")
                .param("r", roundId)
                .param("p", personId)
                .query(TransferRequest.class)
                .optional();
    }

    /** The round's filed requests, in filing order. */
    List<TransferRequest> filed(long roundId) {
        return jdbc.sql(SELECT + " where r.round_id = :r and r.state = 'FILED' order by r.id")
                .param("r", roundId)
                .query(TransferRequest.class)
                .list();
    }

    /** The filed requests of the round from the schools in {@code schoolIds} (a director's own). */
    List<TransferRequest> fromSchools(long roundId, Set<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.round_id = :r and r.state = 'FILED' and r.from_school_id in (:s)"
                        + " order by r.id")
                .param("r", roundId)
                .param("s", schoolIds)
                .query(TransferRequest.class)
                .list();
    }

    /** The wished schools of each filed request of the round, in wish order: request id → school names. */
    Map<Long, List<String>> wishNames(long roundId) {
        Map<Long, List<String>> wishes = new LinkedHashMap<>();
        jdbc.sql("""
                        select w.request_id, s.name_th from personnel.transfer_wish w
                        join personnel.transfer_request r on r.id = w.request_id
                        join registry.school_summary s on s.id = w.school_id
                        where r.round_id = :r order by w.request_id, w.rank""")
                .param("r", roundId)
                .query((rs, n) -> wishes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return wishes;
    }
}

package org.khet.personnel.transfer;

import java.util.Map;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.ForbiddenException;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Swaps between two government teachers at different schools of an area: the asking teacher names the partner; the
 * minimum months at the current school of the rule in force today apply to both, when asked and again when approved;
 * the partner and both current directors agree; the personnel group approves (both move, each to the other's school,
 * their time at the school starting on the approval day) or refuses; either teacher withdraws while it is asked. A
 * person is in at most one asked swap. Every step is audited.
 */
@Component
class TransferSwaps {

    private final JdbcClient jdbc;
    private final TransferRules rules;
    private final TransferRounds rounds;
    private final TransferApplicants applicants;
    private final TransferMoves moves;
    private final TransferSwapList list;
    private final TransferSwapNotices notices;
    private final AuditLog audit;

    TransferSwaps(
            JdbcClient jdbc,
            TransferRules rules,
            TransferRounds rounds,
            TransferApplicants applicants,
            TransferMoves moves,
            TransferSwapList list,
            TransferSwapNotices notices,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.rounds = rounds;
        this.applicants = applicants;
        this.moves = moves;
        this.list = list;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    long ask(long partnerId, String reason, KhetUser by) {
        TransferApplicants.Applicant a = applicants.require(by);
        TransferApplicants.Applicant b = applicants
                .byId(partnerId)
                .filter(p -> p.areaId() == a.areaId())
                .orElseThrow(() -> RejectedException.of("partner", Texts.of("personnel.transfer.swap.noPartner")));
        int minMonths = rules.requireRuleOn(rules.today()).minMonths();
        applicants.checkMayMove(a, minMonths, rules.today());
        applicants.checkMayMove(b, minMonths, rules.today());
        if (a.schoolId().equals(b.schoolId())) {
            throw RejectedException.of("partner", Texts.of("personnel.transfer.swap.sameSchool"));
        }
        String r = reason == null ? "" : reason.strip();
        if (r.length() > 1000) {
            throw RejectedException.of("reason", Texts.of("personnel.transfer.tooLong", "1000"));
        }
        if (jdbc.sql("select count(*) from personnel.transfer_swap where state = 'ASKED'"
                                + " and (person_a in (:a, :b) or person_b in (:a, :b))")
                        .param("a", a.personId())
                        .param("b", b.personId())
                        .query(Integer.class)
                        .single()
                > 0) {
            throw RejectedException.of("partner", Texts.of("personnel.transfer.swap.pending"));
        }
        long id = jdbc.sql("""
                        insert into personnel.transfer_swap (area_id, person_a, school_a, person_b, school_b, reason,
                            created_by)
                        values (:area, :a, :sa, :b, :sb, :r, :by) returning id""")
                .param("area", a.areaId())
                .param("a", a.personId())
                .param("sa", a.schoolId())
                .param("b", b.personId())
                .param("sb", b.schoolId())
                .param("r", r)
                .param("by", by.id())
                .query(Long.class)
                .single();
        audit.changedBy(
                by,
                a.areaId(),
                "TRANSFER_SWAP_ASKED",
                "transfer_swap",
                id,
                null,
                Map.of("person_a", a.personId(), "person_b", b.personId()));
        notices.asked(list.byId(id));
        return id;
    }

    /** The step named as in the page's and the API's paths: agree, approve, refuse or withdraw; 404 for another. */
    void step(long swapId, String step, KhetUser by) {
        switch (step) {
            case "agree" -> agree(swapId, by);
            case "approve" -> approve(swapId, by);
            case "refuse" -> refuse(swapId, by);
            case "withdraw" -> withdraw(swapId, by);
            default -> throw new NotFoundException("swap step " + step);
        }
    }

    /**
     * The user agrees to the swap in every capacity they hold in it: as the partner, and as the director of either
     * school; refused to anyone who holds none.
     */
    @Transactional
    void agree(long swapId, KhetUser by) {
        TransferSwap s = locked(swapId);
        if (!s.asked()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.swap.notAsked"));
        }
        Long me = applicants.of(by).map(TransferApplicants.Applicant::personId).orElse(null);
        boolean partner = me != null && me == s.personB();
        boolean directorA = by.holdsAtSchool(s.schoolA(), Role.SCHOOL_DIRECTOR);
        boolean directorB = by.holdsAtSchool(s.schoolB(), Role.SCHOOL_DIRECTOR);
        if (!partner && !directorA && !directorB) {
            throw new ForbiddenException("agree to a swap one is not party to");
        }
        jdbc.sql("""
                        update personnel.transfer_swap set
                            partner_agreed_at = case when :partner then now() else partner_agreed_at end,
                            director_a_by = case when :da then :by else director_a_by end,
                            director_a_at = case when :da then now() else director_a_at end,
                            director_b_by = case when :db then :by else director_b_by end,
                            director_b_at = case when :db then now() else director_b_at end
                        where id = :id""")
                .param("partner", partner)
                .param("da", directorA)
                .param("db", directorB)
                .param("by", by.id())
                .param("id", swapId)
                .update();
        audit.changedBy(
                by,
                s.areaId(),
                "TRANSFER_SWAP_AGREED",
                "transfer_swap",
                swapId,
                null,
                Map.of("partner", partner, "director_a", directorA, "director_b", directorB));
        notices.agreed(s, list.byId(swapId));
    }

    /** The personnel group approves an agreed swap: both move, each to the other's school, from today. */
    @Transactional
    void approve(long swapId, KhetUser by) {
        TransferSwap s = locked(swapId);
        rounds.checkManages(by, s.areaId());
        if (!s.asked() || !s.agreed()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.swap.notAgreed"));
        }
        int minMonths = rules.requireRuleOn(rules.today()).minMonths();
        for (long person : new long[] {s.personA(), s.personB()}) {
            TransferApplicants.Applicant p = applicants.byId(person).orElseThrow();
            applicants.checkMayMove(p, minMonths, rules.today());
            long expected = person == s.personA() ? s.schoolA() : s.schoolB();
            if (p.schoolId() == null || p.schoolId() != expected) {
                throw RejectedException.of("state", Texts.of("personnel.transfer.swap.movedMeanwhile", p.name()));
            }
        }
        moves.move(s.personA(), s.schoolB(), s.areaId(), rules.today(), by);
        moves.move(s.personB(), s.schoolA(), s.areaId(), rules.today(), by);
        decide(s, "APPROVED", by);
    }

    @Transactional
    void refuse(long swapId, KhetUser by) {
        TransferSwap s = locked(swapId);
        rounds.checkManages(by, s.areaId());
        if (!s.asked()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.swap.notAsked"));
        }
        decide(s, "REFUSED", by);
    }

    /** Either teacher withdraws the swap while it is asked. */
    @Transactional
    void withdraw(long swapId, KhetUser by) {
        TransferSwap s = locked(swapId);
        long me = applicants.require(by).personId();
        if (me != s.personA() && me != s.personB()) {
            throw new ForbiddenException("withdraw another person's swap");
        }
        if (!s.asked()) {
            throw RejectedException.of("state", Texts.of("personnel.transfer.swap.notAsked"));
        }
        decide(s, "WITHDRAWN", by);
    }

    private void decide(TransferSwap s, String state, KhetUser by) {
        jdbc.sql("""
                        update personnel.transfer_swap set state = :state, decided_by = :by, decided_at = now(),
                            effective_on = case when :state = 'APPROVED' then cast(:today as date) end
                        where id = :id""")
                .param("state", state)
                .param("by", by.id())
                .param("today", rules.today())
                .param("id", s.id())
                .update();
        audit.changedBy(
                by,
                s.areaId(),
                "TRANSFER_SWAP_" + state,
                "transfer_swap",
                s.id(),
                Map.of("state", s.state()),
                Map.of("state", state));
        if (!"WITHDRAWN".equals(state)) {
            notices.decided(s, state);
        }
    }

    private TransferSwap locked(long id) {
        jdbc.sql("select id from personnel.transfer_swap where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("swap"));
        return list.byId(id);
    }
}

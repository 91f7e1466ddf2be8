package org.khet.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A salary-raise round of an area (1 April or 1 October) with its assessment period (the six months before), how its
 * pool is counted — POOL: the rule's percentage of the government staff's salaries in baht; HEADCOUNT: the rule's
 * quota of the criterion's teachers in people — the academic year whose colour groups weigh the quality share, its
 * state (DRAFT → ALLOCATED → APPROVED) and, once allocated, the rule applied, the salary base, the pool and what is
 * held centrally.
 */
record SalaryRound(
        long id,
        long areaId,
        LocalDate roundDate,
        LocalDate periodFrom,
        LocalDate periodUntil,
        Method method,
        int qualityYear,
        State state,
        Long ruleId,
        BigDecimal salaryBase,
        BigDecimal pool,
        BigDecimal heldCentrally,
        Long approvedBy) {

    enum Method {
        POOL,
        HEADCOUNT
    }

    enum State {
        DRAFT,
        ALLOCATED,
        APPROVED
    }

    public boolean headcount() {
        return method == Method.HEADCOUNT;
    }

    public boolean allocated() {
        return state != State.DRAFT;
    }

    public boolean approved() {
        return state == State.APPROVED;
    }

    public String stateName() {
        return state.name();
    }

    public String methodName() {
        return method.name();
    }
}

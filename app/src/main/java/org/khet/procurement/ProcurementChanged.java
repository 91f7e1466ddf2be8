package org.khet.procurement;

/**
 * A procurement was created or changed (its plan, a bid, the award, the contract, the committee), in the transaction
 * that changed it: what the coming OCDS releases and red flags recompute from. {@code what} is the audit action
 * ({@code CREATE}, {@code UPDATE}, {@code BID}, {@code AWARD}, {@code CONTRACT}, {@code COMMITTEE}, {@code
 * AMENDMENT}, {@code DOCUMENT}).
 */
public record ProcurementChanged(long id, String ocid, long areaId, Long schoolId, int fiscalYear, String what) {

    static ProcurementChanged of(Procurement p, String what) {
        return new ProcurementChanged(
                p.id(), p.ocid(), p.buyer().areaId(), p.buyer().schoolId(), p.fiscalYear(), what);
    }
}

package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A procurement as an imported OCDS package tells it (its releases of one OCID compiled), in Khet's terms: the buyer's
 * code, the day its method rules are read on (the tender's start, else its first release's date), the plan, the bids
 * by supplier tax ID, the award, the contract and its amendments. {@code fiscalYear} null: the year of {@code day}.
 */
record Imported(
        String ocid,
        String buyerCode,
        LocalDate day,
        Integer fiscalYear,
        ProcurementDraft draft,
        Procurement.Status status,
        List<Bid> bids,
        Award award,
        Contract contract,
        List<Change> amendments) {

    /** A supplier party: its 13-digit tax ID ({@code TH-DBD}), its name and address as the package gives them. */
    record Party(String taxId, String name, String address) {}

    /** A bid; a disqualified bid's reason is blank when the package gives none. */
    record Bid(Party supplier, BigDecimal amount, boolean disqualified, String reason) {}

    record Award(String taxId, BigDecimal amount, LocalDate on) {}

    /** The contract; {@code value} its value as the package last states it (after any amendment). */
    record Contract(String number, LocalDate signedOn, BigDecimal value) {}

    /** An amendment of the contract: its day, why, what changed. */
    record Change(LocalDate on, String rationale, String description) {}
}

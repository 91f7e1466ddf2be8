package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A procurement as its reader sees it: the buyer (the office, or one of its schools), the plan and the tender, its
 * items, bids, award, contract and committee. Amounts are baht as {@link BigDecimal}, never floating point.
 */
public record Procurement(
        long id,
        String ocid,
        Buyer buyer,
        int fiscalYear,
        String title,
        Category category,
        Method method,
        boolean eCatalogue,
        BigDecimal budget,
        BigDecimal referencePrice,
        String referenceBasis,
        LocalDate tenderStart,
        LocalDate tenderEnd,
        Status status,
        int version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Item> items,
        List<Bid> bids,
        Optional<Award> award,
        Optional<Contract> contract,
        List<Member> committee) {

    /** What is bought: goods, works or services, as OCDS's {@code mainProcurementCategory} names them. */
    public enum Category {
        goods,
        works,
        services
    }

    /** Where the procurement is: planned, out to tender, awarded, under contract, or cancelled. */
    public enum Status {
        PLANNED,
        TENDER,
        AWARDED,
        CONTRACTED,
        CANCELLED
    }

    public record Item(
            String description, String scheme, String code, BigDecimal quantity, String unit, BigDecimal unitPrice) {

        public BigDecimal total() {
            return quantity.multiply(unitPrice).setScale(2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** A bid; {@code debarred} when its supplier is on the government's list of debarred suppliers. */
    public record Bid(
            long id,
            long supplierId,
            String supplierName,
            BigDecimal amount,
            boolean disqualified,
            String disqualifiedReason,
            boolean debarred) {}

    public record Award(long bidId, String supplierName, BigDecimal amount, LocalDate awardedOn) {}

    public record Contract(String number, LocalDate signedOn, BigDecimal value) {}

    public record Member(long id, String name, String role, boolean community) {}

    /** The sum of the items' quantity times unit price. */
    public BigDecimal itemsTotal() {
        return items.stream().map(Item::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Whether bids, an award or a contract may still be recorded. */
    public boolean open() {
        return status != Status.CANCELLED;
    }
}

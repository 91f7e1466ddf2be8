package org.khet.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * The rules of a procurement's steps, over the procurement as read: which status a change may set by hand, when a
 * bid, an award or a contract may be recorded. Nothing is recorded on a cancelled procurement. An award goes to a
 * bid that is neither disqualified nor from a supplier on the debarred list, and under selection (คัดเลือก) only once
 * as many suppliers as the rule's minimum have answered: the bids recorded are the invitations counted, a supplier
 * invited who did not answer being recorded as a disqualified bid with the reason.
 */
final class Tender {

    private static final Set<Procurement.Status> BY_HAND =
            Set.of(Procurement.Status.PLANNED, Procurement.Status.TENDER, Procurement.Status.CANCELLED);

    private final Procurement p;
    private final List<FieldError> errors = new ArrayList<>();

    Tender(Procurement p) {
        this.p = p;
    }

    /** The status a change of the plan leaves: the one asked for (blank: as it is) when it may be set by hand. */
    Procurement.Status statusAfterEdit(String wanted) {
        notCancelled();
        Procurement.Status status = wanted == null || wanted.isBlank()
                ? p.status()
                : java.util.Arrays.stream(Procurement.Status.values())
                        .filter(s -> s.name().equals(wanted.strip()))
                        .findFirst()
                        .orElse(null);
        if (status == null || (status != p.status() && !BY_HAND.contains(status))) {
            refuse("status", Texts.of("procurement.status.byHand"));
        } else if (p.award().isPresent() && status != p.status() && status != Procurement.Status.CANCELLED) {
            refuse("status", Texts.of("procurement.status.awarded"));
        }
        done("procurement.record.refused");
        return status;
    }

    void bid(boolean supplierFound, BigDecimal amount, boolean disqualified, String reason) {
        notCancelled();
        if (p.award().isPresent()) {
            refuse("supplier_id", Texts.of("procurement.bid.afterAward"));
        }
        if (!supplierFound) {
            refuse("supplier_id", Texts.of("procurement.bid.supplier"));
        }
        if (!DraftCheck.amount(amount)) {
            refuse("amount", Texts.of("procurement.bid.amount"));
        }
        if (disqualified && (reason == null || reason.isBlank())) {
            refuse("disqualified_reason", Texts.of("procurement.bid.reason"));
        }
        done("procurement.bid.refused");
    }

    /**
     * The committee's finding on a bid after the bids are opened: disqualified (with the reason) or qualified again.
     * Only before the award, which rests on it.
     */
    void evaluate(long bidId, boolean disqualified, String reason) {
        notCancelled();
        if (p.award().isPresent()) {
            refuse("bid_id", Texts.of("procurement.bid.evaluatedAfterAward"));
        }
        if (p.bids().stream().noneMatch(b -> b.id() == bidId)) {
            refuse("bid_id", Texts.of("procurement.award.bid"));
        }
        if (disqualified && (reason == null || reason.isBlank() || reason.length() > 500)) {
            refuse("disqualified_reason", Texts.of("procurement.bid.reason"));
        }
        done("procurement.bid.evaluationRefused");
    }

    /** The bid awarded, when the award may be made. */
    Procurement.Bid award(long bidId, BigDecimal amount, LocalDate on, Integer minInvited) {
        notCancelled();
        if (p.award().isPresent()) {
            refuse("bid_id", Texts.of("procurement.award.twice"));
        }
        Procurement.Bid bid =
                p.bids().stream().filter(b -> b.id() == bidId).findFirst().orElse(null);
        if (bid == null) {
            refuse("bid_id", Texts.of("procurement.award.bid"));
        } else if (bid.disqualified()) {
            refuse("bid_id", Texts.of("procurement.award.disqualified", bid.supplierName()));
        } else if (bid.debarred()) {
            refuse("bid_id", Texts.of("procurement.award.debarred", bid.supplierName()));
        }
        int min = minInvited == null ? 1 : minInvited;
        if (p.method() == Method.SELECTION && p.bids().size() < min) {
            refuse("bid_id", Texts.of("procurement.award.invited", min, p.bids().size()));
        }
        if (!DraftCheck.amount(amount)) {
            refuse("amount", Texts.of("procurement.award.amount"));
        }
        if (on == null) {
            refuse("awarded_on", Texts.of("procurement.award.date"));
        }
        done("procurement.award.refused");
        return bid;
    }

    void contract(String number, LocalDate signedOn, BigDecimal value) {
        notCancelled();
        if (p.award().isEmpty()) {
            refuse("number", Texts.of("procurement.contract.noAward"));
        } else if (p.contract().isPresent()) {
            refuse("number", Texts.of("procurement.contract.twice"));
        }
        if (number == null || number.isBlank() || number.length() > 100) {
            refuse("number", Texts.of("procurement.contract.number"));
        }
        if (signedOn == null
                || p.award().map(a -> signedOn.isBefore(a.awardedOn())).orElse(false)) {
            refuse("signed_on", Texts.of("procurement.contract.signedOn"));
        }
        if (!DraftCheck.amount(value)) {
            refuse("value", Texts.of("procurement.contract.value"));
        }
        done("procurement.contract.refused");
    }

    void member(String name, String role) {
        notCancelled();
        if (name == null || name.isBlank() || name.length() > 200) {
            refuse("name", Texts.of("procurement.member.name"));
        }
        if (role == null || role.isBlank() || role.length() > 200) {
            refuse("role", Texts.of("procurement.member.role"));
        }
        done("procurement.member.refused");
    }

    private void notCancelled() {
        if (!p.open()) {
            throw RejectedException.of("status", Texts.of("procurement.status.cancelled"));
        }
    }

    private void refuse(String field, Bilingual why) {
        errors.add(FieldError.of(field, why));
    }

    private void done(String reason) {
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of(reason), errors);
        }
    }
}

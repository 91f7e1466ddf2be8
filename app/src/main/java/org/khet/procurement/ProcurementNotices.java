package org.khet.procurement;

import static org.khet.procurement.DocumentText.date;
import static org.khet.procurement.DocumentText.method;
import static org.khet.procurement.DocumentText.money;
import static org.khet.procurement.DocumentText.th;
import static org.khet.procurement.DocumentText.verbBefore;
import static org.khet.procurement.DocumentText.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khet.correspondence.Announcement;
import org.khet.correspondence.OfficialAnnouncements;
import org.khet.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A procurement's announcements in the official form, written from its record: the invitation (ประกาศเชิญชวน) —
 * for the specific method, which invites nobody, the record of the purchase (รายงานขอซื้อ/ขอจ้าง) instead — and, once
 * awarded, the winner announcement (ประกาศผู้ชนะการเสนอราคา), each signed by the buyer's director.
 */
@Component
class ProcurementNotices {

    private final OfficialAnnouncements announcements;
    private final Signatories signatories;

    ProcurementNotices(OfficialAnnouncements announcements, Signatories signatories) {
        this.announcements = announcements;
        this.signatories = signatories;
    }

    byte[] invitation(Procurement p) {
        return announcements.pdf(p.method() == Method.SPECIFIC ? record(p) : invite(p));
    }

    /** The winner announcement; not found until the procurement is awarded. */
    byte[] award(Procurement p) {
        Procurement.Award a = p.award().orElseThrow(() -> new NotFoundException("award"));
        List<String> text = new ArrayList<>();
        text.add(th("procurement.docs.award.intro", p.buyer().name(), verbBefore(p), p.title(), method(p)));
        text.add(th(
                "procurement.docs.award.winner",
                verbBefore(p),
                p.title(),
                a.supplierName(),
                money(a.amount()),
                words(a.amount())));
        text.add(th("procurement.docs.award.offers", String.join(", ", DocumentText.offers(p))));
        return announcements.pdf(signed(
                p,
                th("procurement.docs.award.subject", verbBefore(p), p.title(), method(p)),
                text,
                a.awardedOn(),
                false));
    }

    private Announcement invite(Procurement p) {
        List<String> text = new ArrayList<>();
        text.add(intent("procurement.docs.invitation.intent", p, method(p)));
        text.add(
                p.referencePrice() == null
                        ? th("procurement.docs.invitation.noReference")
                        : th(
                                "procurement.docs.invitation.reference",
                                money(p.referencePrice()),
                                words(p.referencePrice())));
        if (!p.items().isEmpty()) {
            text.add(th("procurement.docs.invitation.items", DocumentText.items(p)));
        }
        text.add(
                p.tenderStart() == null || p.tenderEnd() == null
                        ? th("procurement.docs.invitation.noPeriod")
                        : th("procurement.docs.invitation.period", date(p.tenderStart()), date(p.tenderEnd())));
        text.add(th("procurement.docs.invitation.contact", p.buyer().name()));
        String subject = th("procurement.docs.invitation.subject", verbBefore(p), p.title(), method(p));
        return signed(p, subject, text, announced(p), false);
    }

    private Announcement record(Procurement p) {
        List<String> text = new ArrayList<>();
        text.add(th(
                "procurement.docs.record.intent",
                p.buyer().name(),
                verbBefore(p),
                p.title(),
                Integer.toString(p.fiscalYear()),
                money(p.budget()),
                words(p.budget())));
        if (p.referencePrice() != null) {
            text.add(th("procurement.docs.invitation.reference", money(p.referencePrice()), words(p.referencePrice())));
        }
        if (!p.items().isEmpty()) {
            text.add(th("procurement.docs.invitation.items", DocumentText.items(p)));
        }
        text.add(
                p.bids().isEmpty()
                        ? th("procurement.docs.record.noOffers")
                        : th("procurement.docs.record.offers", String.join(", ", DocumentText.offers(p))));
        String subject = th("procurement.docs.record.subject", verbBefore(p), p.title());
        return signed(p, subject, text, announced(p), true);
    }

    private static String intent(String key, Procurement p, String method) {
        return th(
                key,
                p.buyer().name(),
                verbBefore(p),
                p.title(),
                method,
                Integer.toString(p.fiscalYear()),
                money(p.budget()),
                words(p.budget()));
    }

    private Announcement signed(Procurement p, String subject, List<String> text, LocalDate on, boolean record) {
        Signatories.Signatory s = signatories.of(p.buyer());
        return record
                ? Announcement.record(
                        th("procurement.docs.record.heading", p.buyer().name()),
                        subject,
                        text,
                        on,
                        s.name(),
                        s.position())
                : Announcement.of(p.buyer().name(), subject, text, on, s.name(), s.position());
    }

    /** The day a notice is dated: the first day of bidding when set, else the day it was recorded. */
    private static LocalDate announced(Procurement p) {
        return p.tenderStart() != null
                ? p.tenderStart()
                : p.createdAt().atZoneSameInstant(MethodRules.THAILAND).toLocalDate();
    }
}

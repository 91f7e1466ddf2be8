package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.NotFoundException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One letter. Its recipient accepts it (and is shown the receipt number it got) or rejects it with a reason; its
 * sender sees every recipient's state, rejected ones first, reminds those that have not answered in one action,
 * sends a rejected letter to that recipient again, and sends a draft.
 */
@Controller
class LetterPages {

    private final LetterReading reading;
    private final Letters letters;
    private final Receipts receipts;
    private final Recipients recipients;
    private final Reminders reminders;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final LetterWork work;
    private final SendingViews sendingViews;

    LetterPages(
            LetterReading reading,
            Letters letters,
            Receipts receipts,
            Recipients recipients,
            Reminders reminders,
            Organisations organisations,
            JdbcClient jdbc,
            LetterWork work,
            SendingViews sendingViews) {
        this.work = work;
        this.sendingViews = sendingViews;
        this.reading = reading;
        this.letters = letters;
        this.receipts = receipts;
        this.recipients = recipients;
        this.reminders = reminders;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    static String path(long id, Organisation org) {
        return CorrespondencePages.PATH + "/letters/" + id + "?org=" + org.code();
    }

    @GetMapping(CorrespondencePages.PATH + "/letters/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) String org,
            @AuthenticationPrincipal KhetUser user,
            Model model) {
        LetterReading.Read read = reading.read(id, org, user);
        Letter letter = read.letter();
        model.addAttribute("read", read);
        model.addAttribute("letter", letter);
        model.addAttribute("org", read.viewer());
        model.addAttribute(
                "back", CorrespondencePages.PATH + (read.asSender() ? letter.draft() ? "/drafts" : "/sent" : ""));
        model.addAttribute("sender", organisations.byId(letter.areaId(), letter.schoolId()));
        // This read opened a new letter: it shows as opened, as the sender now sees it.
        read.delivery()
                .map(d -> d.state() == DeliveryState.NEW ? DeliveryState.OPENED : d.state())
                .ifPresent(state -> model.addAttribute("deliveryState", state));
        read.delivery()
                .filter(d -> d.receiptEntryId() != null)
                .ifPresent(d -> model.addAttribute("receiptNumber", receiptNumber(d.receiptEntryId())));
        if (letter.draft()) {
            model.addAttribute("addressees", addressees(sendingViews.addressees(letter), user.language()));
        }
        if (read.asSender() && !letter.draft()) {
            var all = recipients.of(letter);
            model.addAttribute("recipients", all);
            var counts = Recipients.counts(all);
            model.addAttribute("counts", counts);
            model.addAttribute("waiting", counts.get(DeliveryState.NEW) + counts.get(DeliveryState.OPENED));
        }
        work.show(read, user, model);
        sendingViews.show(read, model);
        return "correspondence/letter";
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Delivery d = delivery(id, org, user);
        flash.addFlashAttribute("receiptGiven", receipts.accept(d.id(), user).number());
        return "redirect:" + recipientPath(id, d);
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam String org,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "false") boolean invalid,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Delivery d = delivery(id, org, user);
        try {
            receipts.reject(d.id(), reason, invalid, user);
            flash.addFlashAttribute("notice", "correspondence.page.rejected");
        } catch (RejectedException e) {
            flash.addFlashAttribute("reasonError", e.errors().get(0).message().in(user.language()));
            flash.addFlashAttribute("reasonTyped", reason);
        }
        return "redirect:" + recipientPath(id, d) + "#reject";
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/remind")
    String remind(
            @PathVariable long id,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        Letter letter = sent(id, org, user);
        flash.addFlashAttribute("reminded", reminders.remind(letter, user));
        return "redirect:" + CorrespondencePages.PATH + "/letters/" + id + "?org=" + org;
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/deliveries/{delivery}/resend")
    String resend(
            @PathVariable long id,
            @PathVariable long delivery,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        sent(id, org, user);
        receipts.resend(id, delivery, user);
        flash.addFlashAttribute("notice", "correspondence.page.resent");
        return "redirect:" + CorrespondencePages.PATH + "/letters/" + id + "?org=" + org;
    }

    @PostMapping(CorrespondencePages.PATH + "/letters/{id}/send")
    String send(
            @PathVariable long id,
            @RequestParam String org,
            @AuthenticationPrincipal KhetUser user,
            RedirectAttributes flash) {
        reading.read(id, org, user);
        try {
            flash.addFlashAttribute("sentNumber", letters.send(id, user).number());
        } catch (RejectedException e) {
            flash.addFlashAttribute("sendErrors", WritingPages.byField(e, user));
        }
        return "redirect:" + CorrespondencePages.PATH + "/letters/" + id + "?org=" + org;
    }

    /** The delivery of letter {@code id} to {@code org}, for someone acting for it. */
    private Delivery delivery(long id, String org, KhetUser user) {
        return reading.read(id, org, user).delivery().orElseThrow(() -> new NotFoundException("delivery"));
    }

    /** Letter {@code id} as its sender {@code org}'s person reads it. */
    private Letter sent(long id, String org, KhetUser user) {
        LetterReading.Read read = reading.read(id, org, user);
        if (!read.asSender()) {
            throw new NotFoundException("letter");
        }
        return read.letter();
    }

    private String recipientPath(long id, Delivery d) {
        return path(id, organisations.byId(d.areaId(), d.schoolId()));
    }

    /** Whom a draft is for, in a line: "the office, 2 networks, 3 schools". */
    static String addressees(Addressees to, String language) {
        List<Bilingual> parts = new ArrayList<>();
        if (to.office()) {
            parts.add(Texts.of("correspondence.write.toOffice"));
        }
        if (to.allSchools()) {
            parts.add(Texts.of("correspondence.page.toAllSchools"));
        }
        if (!to.networks().isEmpty()) {
            parts.add(Texts.of("correspondence.page.toNetworks", to.networks().size()));
        }
        if (!to.schools().isEmpty()) {
            parts.add(Texts.of("correspondence.page.toSchools", to.schools().size()));
        }
        if (!to.units().isEmpty()) {
            parts.add(Texts.of("correspondence.page.toUnits", to.units().size()));
        }
        parts.addAll(SendingViews.parts(to));
        return parts.isEmpty()
                ? Texts.of("correspondence.page.toNobody").in(language)
                : String.join(", ", parts.stream().map(b -> b.in(language)).toList());
    }

    private String receiptNumber(long entryId) {
        return jdbc.sql("select number from correspondence.register_entry where id = :id")
                .param("id", entryId)
                .query(String.class)
                .single();
    }
}

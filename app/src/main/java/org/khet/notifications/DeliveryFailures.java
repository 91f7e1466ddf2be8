package org.khet.notifications;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.khet.shared.PageNumber;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of deliveries that failed or gave up, with their errors and attempts, a page of {@link
 * #PAGE} at a time, newest first, and a "retry now" for each. Addresses of people without an account are masked;
 * message texts are not shown. A row being sent at that moment, or a secret that gave up (and so is gone), is not
 * retried: the page says why.
 */
@Controller
class DeliveryFailures {

    static final int PAGE = 100;

    /**
     * A row of the page: the delivery and who it was for, as an administrator may see it; whether "retry now" is
     * offered, and whether the secret it carried is gone.
     */
    record Row(Delivery delivery, String recipient, boolean retryable, boolean secretGone) {

        Row(Delivery d, String recipient) {
            this(d, recipient, d.state() != Delivery.State.SENDING && d.resendable(), !d.resendable());
        }
    }

    private final Outbox outbox;
    private final Accounts accounts;
    private final Dispatcher dispatcher;
    private final AuditLog audit;

    DeliveryFailures(Outbox outbox, Accounts accounts, Dispatcher dispatcher, AuditLog audit) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.dispatcher = dispatcher;
        this.audit = audit;
    }

    @GetMapping("/admin/notifications")
    String failures(@RequestParam(defaultValue = "0") String page, Model model) {
        long total = outbox.troubleCount();
        PageNumber shown = PageNumber.forgiving(page).within(total, PAGE);
        List<Row> rows = outbox.troubles(shown.offset(PAGE), PAGE).stream()
                .map(d -> new Row(d, recipient(d)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("page", shown.number());
        model.addAttribute("total", total);
        model.addAttribute("firstShown", shown.offset(PAGE) + 1);
        model.addAttribute("hasNext", shown.offset(PAGE) + rows.size() < total);
        return "notifications/failures";
    }

    @PostMapping("/admin/notifications/{id}/retry")
    @Transactional
    String retry(@PathVariable long id, @RequestParam(defaultValue = "0") String page, RedirectAttributes flash) {
        switch (outbox.retryNow(id)) {
            case RETRYING -> {
                audit.noted(null, "RETRY_DELIVERY", "delivery", id, "retry requested");
                dispatcher.wakeAfterCommit();
                flash.addFlashAttribute("notice", "notifications.failures.retrying");
            }
            case BEING_SENT -> flash.addFlashAttribute("refused", "notifications.failures.beingSent");
            case SECRET_GONE -> flash.addFlashAttribute("refused", "notifications.failures.secretGone");
            case NOT_FAILING -> flash.addFlashAttribute("refused", "notifications.failures.notFailing");
        }
        int back = PageNumber.forgiving(page).number();
        return "redirect:/admin/notifications" + (back == 0 ? "" : "?page=" + back);
    }

    private String recipient(Delivery d) {
        String where = d.maskedAddress();
        if (d.accountId() == null) {
            return where;
        }
        return accounts.byId(d.accountId())
                .map(a -> a.displayName() + " (" + a.username() + ")")
                .orElse(where);
    }
}

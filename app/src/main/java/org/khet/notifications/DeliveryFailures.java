package org.khet.notifications;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of deliveries that failed or gave up, with their errors and attempts, and a "retry now"
 * for each. Addresses of people without an account are masked; message texts are not shown.
 */
@Controller
class DeliveryFailures {

    static final int SHOWN = 100;

    /** A row of the page: the delivery and who it was for, as an administrator may see it. */
    record Row(Delivery delivery, String recipient) {}

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
    String failures(Model model) {
        List<Row> rows = outbox.troubles(SHOWN).stream()
                .map(d -> new Row(d, recipient(d)))
                .toList();
        model.addAttribute("rows", rows);
        return "notifications/failures";
    }

    @PostMapping("/admin/notifications/{id}/retry")
    @Transactional
    String retry(@PathVariable long id, RedirectAttributes flash) {
        if (outbox.retryNow(id)) {
            audit.noted(null, "RETRY_DELIVERY", "delivery", id, "retry requested");
            dispatcher.wakeAfterCommit();
            flash.addFlashAttribute("notice", "notifications.failures.retrying");
        }
        return "redirect:/admin/notifications";
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

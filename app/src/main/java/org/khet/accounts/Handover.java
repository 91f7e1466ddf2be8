package org.khet.accounts;

import java.util.ArrayList;
import java.util.List;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * How new accounts' first passwords reach their holders: on the printable sheet, or, when the office asks, each by
 * the channel its holder has (e-mail, SMS, LINE, as the notifications module knows them), sent from a row that keeps
 * the password only until it is sent. Whoever has no channel stays on the sheet. Runs in the transaction that made
 * the accounts, so a batch that fails sends nothing.
 */
@Component
class Handover {

    /** What the office chose on the page, and the address to sign in at. */
    record Choice(boolean byChannel, String signIn) {}

    private final Notifications notifications;

    Handover(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The batch with the slips that are left for the sheet. */
    Batch handOver(Batch made, Choice choice) {
        if (!choice.byChannel()) {
            return made;
        }
        List<Batch.Slip> left = new ArrayList<>();
        for (Batch.Slip s : made.slips()) {
            Message message = Message.of(
                    "accounts",
                    "first password " + s.username(),
                    "accounts.firstPassword",
                    s.name(),
                    s.username(),
                    choice.signIn());
            if (notifications.secretToPerson(s.accountId(), message, s.password()) == 0) {
                left.add(s);
            }
        }
        return new Batch(made.areaName(), left, made.skipped(), made.slips().size() - left.size());
    }
}

package org.khet.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.khet.notifications.Destination;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.AuditLog;
import org.springframework.stereotype.Component;

/**
 * How new accounts' first passwords reach their holders: on the printable sheet, or, when the office asks, each by
 * the channel its holder has (for a new account, the e-mail address it was made with), sent from a row that keeps
 * the password only until it is sent. Whoever has no channel stays on the sheet, and so does whoever's address
 * another person or account has too (see {@link SharedAddresses}). Each password sent is audited with where it
 * went, masked, never the password. Runs in the transaction that made the accounts, so a batch that fails sends
 * nothing.
 */
@Component
class Handover {

    static final String AUDIT_ACTION = "SEND_FIRST_PASSWORD";

    /** What the office chose on the page, and the address to sign in at. */
    record Choice(boolean byChannel, String signIn) {}

    private final Notifications notifications;
    private final SharedAddresses sharedAddresses;
    private final AuditLog audit;

    Handover(Notifications notifications, SharedAddresses sharedAddresses, AuditLog audit) {
        this.notifications = notifications;
        this.sharedAddresses = sharedAddresses;
        this.audit = audit;
    }

    /** The batch with the slips that are left for the sheet; {@code areaId} is the area its audit rows are for. */
    Batch handOver(Batch made, Choice choice, Long areaId) {
        if (!choice.byChannel()) {
            return made;
        }
        Set<String> shared = sharedAddresses.afterCreating(
                made.slips().stream().map(Batch.Slip::email).toList());
        List<Batch.Slip> left = new ArrayList<>();
        List<Batch.Handed> sent = new ArrayList<>();
        List<Batch.Handed> keptShared = new ArrayList<>();
        for (Batch.Slip s : made.slips()) {
            if (SharedAddresses.isShared(shared, s.email())) {
                left.add(s);
                keptShared.add(new Batch.Handed(s, List.of(Destination.email(s.email()))));
                continue;
            }
            List<Destination> to = notifications.secretToPerson(s.accountId(), message(s, choice), s.password());
            if (to.isEmpty()) {
                left.add(s);
            } else {
                sent.add(new Batch.Handed(s, to));
                audit.noted(areaId, AUDIT_ACTION, "user", s.accountId(), "first password sent to " + list(to));
            }
        }
        return new Batch(made.areaName(), left, made.skipped(), sent, keptShared);
    }

    private static Message message(Batch.Slip s, Choice choice) {
        return Message.of(
                "accounts",
                "first password " + s.username(),
                "accounts.firstPassword",
                s.name(),
                s.username(),
                choice.signIn());
    }

    private static String list(List<Destination> to) {
        return to.stream().map(Destination::toString).collect(Collectors.joining(", "));
    }
}

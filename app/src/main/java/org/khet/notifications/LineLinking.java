package org.khet.notifications;

import java.time.Duration;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.khet.platform.RateLimits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Linking and unlinking a person's LINE account, with its confirmation and its audit records. */
@Component
class LineLinking {

    private final LineLinks links;
    private final Preferences preferences;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final RateLimits.Limit guesses;

    LineLinking(
            LineLinks links,
            Preferences preferences,
            Accounts accounts,
            Notifications notifications,
            AuditLog audit,
            RateLimits limits) {
        // A signature proves only that LINE forwarded the text: anyone who adds the Official Account may send
        // codes, so each LINE user gets a few tries an hour instead of a million.
        this.guesses = limits.limit("line-code", 10, Duration.ofHours(1));
        this.links = links;
        this.preferences = preferences;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** A text someone sent the Official Account: when it is an open code, their LINE is linked and told so. */
    @Transactional
    void codeReceived(String text, String lineUserId) {
        if (!guesses.take("line:" + lineUserId).allowed()) {
            return;
        }
        Optional<Accounts.Account> account = links.redeem(text, lineUserId).flatMap(accounts::byId);
        account.ifPresent(a -> {
            preferences.addLine(a.id(), a.email() != null && !a.email().isBlank());
            audit.noted(null, "LINK_LINE", "user", a.id(), "LINE account linked");
            notifications.toLineUser(
                    a.id(),
                    lineUserId,
                    a.locale(),
                    Message.of("notifications", "LINE link", "notifications.line.linked", a.displayName()));
        });
    }

    @Transactional
    void unlink(long accountId) {
        if (links.unlink(accountId)) {
            preferences.removeLine(accountId);
            audit.noted(null, "UNLINK_LINE", "user", accountId, "LINE account unlinked");
        }
    }
}

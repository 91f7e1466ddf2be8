package org.khet.notifications;

import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.springframework.stereotype.Component;

/**
 * The administrator's way to failed deliveries: a home-page card, while there are any, with how many are failing or
 * given up (the main navigation of an administrator is already full on a laptop screen).
 */
@Component
class FailuresCard implements HomeCard {

    private final Outbox outbox;

    FailuresCard(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        long failing = user.isAdmin() ? outbox.troubleCount() : 0;
        if (failing == 0) {
            return List.of();
        }
        return List.of(new Card(
                90,
                "notifications.failures.title",
                failing,
                "notifications.failures.unit",
                "/admin/notifications",
                null,
                List.of()));
    }
}

package org.khet.correspondence;

import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.springframework.stereotype.Component;

/** The home-page card of those who act for the office or a school: how many letters they have not opened yet. */
@Component
class CorrespondenceHome implements HomeCard {

    private final Acting acting;
    private final Inbox inbox;

    CorrespondenceHome(Acting acting, Inbox inbox) {
        this.acting = acting;
        this.inbox = inbox;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        if (!CorrespondenceMenu.actsForAnOrganisation(user)) {
            return List.of();
        }
        long unread = acting.all(user).stream().mapToLong(inbox::unread).sum();
        return List.of(new Card(
                2, "home.card.letters", unread, "home.card.letters.unit", CorrespondencePages.PATH, null, List.of()));
    }
}

package org.khet.correspondence;

import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The home-page card of memos waiting for the user, and their way to the memo pages: shown to those who write and
 * decide memos (a teacher has no letters menu), and to anyone else while a memo waits for them.
 */
@Component
class MemoHome implements HomeCard {

    private final MemoViews views;

    MemoHome(MemoViews views) {
        this.views = views;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        long waiting = views.waitingFor(user).size();
        boolean writes = CorrespondenceMenu.actsForAnOrganisation(user) || user.has(Role.TEACHER);
        if (waiting == 0 && !writes) {
            return List.of();
        }
        return List.of(
                new Card(3, "home.card.memos", waiting, "home.card.memos.unit", MemoPages.PATH, null, List.of()));
    }
}

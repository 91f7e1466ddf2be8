package org.khet.questions;

import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.stereotype.Component;

/** The home-page card of the office's staff: how many public questions wait for an answer. */
@Component
class QuestionsHome implements HomeCard {

    private final Questions questions;

    QuestionsHome(Questions questions) {
        this.questions = questions;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        if (!user.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.LEGAL_OFFICER)) {
            return List.of();
        }
        long waiting = questions.desk(user).stream()
                .filter(q -> q.status().equals("PENDING"))
                .count();
        return List.of(new Card(
                8, "home.card.questions", waiting, "home.card.questions.unit", QuestionDesk.PATH, null, List.of()));
    }
}

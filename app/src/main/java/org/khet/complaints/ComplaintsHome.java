package org.khet.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khet.platform.HomeCard;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.springframework.stereotype.Component;

/** Home-page cards: the open cases a user may handle, the overdue ones first. */
@Component
class ComplaintsHome implements HomeCard {

    private final Cases cases;
    private final Clock clock;

    ComplaintsHome(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<Card> cardsFor(KhetUser user) {
        if (!user.hasAny(Role.AREA_DIRECTOR, Role.AREA_STAFF, Role.LEGAL_OFFICER)) {
            return List.of();
        }
        List<Card> cards = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        List<Cases.Case> open =
                cases.list(user, null, false).stream().filter(Cases.Case::open).toList();
        long overdue = open.stream().filter(c -> c.overdue(today)).count();
        List<Line> first = open.stream()
                .sorted((a, b) -> Boolean.compare(b.overdue(today), a.overdue(today)))
                .limit(5)
                .map(c -> new Line(c.subject(), "/complaints/" + c.id(), c.dueText(user.language())))
                .toList();
        cards.add(new Card(
                6,
                "home.card.cases",
                open.size(),
                "home.card.cases.unit",
                "/complaints",
                "home.card.cases.first",
                first));
        if (overdue > 0) {
            cards.add(new Card(
                    7,
                    "home.card.overdue",
                    overdue,
                    "home.card.cases.unit",
                    "/complaints?overdue=true",
                    null,
                    List.of()));
        }
        return cards;
    }
}

package org.khet.platform;

import java.util.List;

/**
 * What a module shows on a user's home page: real counts and recent items from the user's own scope. A module
 * returns no card when it has nothing for this user.
 */
public interface HomeCard {

    List<Card> cardsFor(KhetUser user);

    /** One tile of the home page: a titled count with a link and a few lines, under a heading when they need one. */
    record Card(
            int order,
            String titleKey,
            long count,
            String countLabelKey,
            String link,
            String linesKey,
            List<Line> recent) {}

    /** A recent item on a card. */
    record Line(String text, String link, String note) {}
}

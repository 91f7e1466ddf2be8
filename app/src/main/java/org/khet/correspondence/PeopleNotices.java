package org.khet.correspondence;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a sent letter is addressed to by name, on their own channels, after the sending committed; their
 * organisation's clerk acknowledges the letter as for any other.
 */
@Component
class PeopleNotices {

    private final Letters letters;
    private final Organisations organisations;
    private final SendingOptions options;

    PeopleNotices(Letters letters, Organisations organisations, SendingOptions options) {
        this.letters = letters;
        this.organisations = organisations;
        this.options = options;
    }

    @ApplicationModuleListener
    void on(LetterSent sent) {
        Letter letter = letters.byId(sent.letterId()).orElseThrow();
        if (!letter.to().people().isEmpty()) {
            options.tellPeople(
                    letter,
                    organisations.byId(letter.areaId(), letter.schoolId()).nameTh());
        }
    }
}

package org.khet.correspondence;

import org.khet.platform.KhetUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and sending a letter in one step, from the form: the draft and its sending share one transaction, so a
 * letter that cannot be sent (no prefix yet, nobody addressed, ลับที่สุด) leaves no draft behind either.
 */
@Component
class Sending {

    /** The letter written and the number it was given. */
    record Sent(long id, Registers.Numbered numbered) {}

    private final Letters letters;

    Sending(Letters letters) {
        this.letters = letters;
    }

    @Transactional
    Sent writeAndSend(Organisation from, LetterDraft draft, KhetUser by) {
        long id = letters.draft(from, draft, by);
        return new Sent(id, letters.send(id, by));
    }
}

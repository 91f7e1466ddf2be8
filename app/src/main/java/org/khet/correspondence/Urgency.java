package org.khet.correspondence;

import org.khet.platform.Texts;
import org.khet.shared.Bilingual;

/**
 * How fast a letter must be handled: none, ด่วน, ด่วนมาก, ด่วนที่สุด, or "ด่วนภายใน" a stated date and time. Urgent
 * letters are marked in red on every list and their recipients are told at once.
 */
enum Urgency {
    NORMAL,
    URGENT,
    VERY_URGENT,
    MOST_URGENT,
    WITHIN;

    boolean urgent() {
        return this != NORMAL;
    }

    Bilingual label() {
        return Texts.of("letter.urgency." + name());
    }
}

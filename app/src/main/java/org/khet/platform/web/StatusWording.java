package org.khet.platform.web;

import org.khet.platform.Texts;

/** A Thai sentence for each HTTP error status Spring itself raises, worded in {@code messages*.properties}. */
final class StatusWording {

    private StatusWording() {}

    static String th(int status) {
        String key =
                switch (status) {
                    case 400, 404, 405, 406, 413, 415 -> "status." + status;
                    default -> status >= 500 ? "status.failed" : "status.refused";
                };
        return Texts.of(key).th();
    }
}

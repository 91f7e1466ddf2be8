package org.khet.complaints;

/** How a complaint reached the office: the public form or API, or staff writing down one that came otherwise. */
enum Channel {
    WEB,
    API,
    WALK_IN,
    PHONE,
    LETTER,
    FACEBOOK,
    EMAIL,
    LINE;

    /** Whether the complainant sent it themselves, from a browser or a program, without the office's staff. */
    boolean isPublic() {
        return this == WEB || this == API;
    }
}

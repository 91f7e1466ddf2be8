package org.khet.complaints;

/** What a complaint is about, as the seed's complaint centre sorts them. */
enum Category {
    UNFAIR,
    HELP,
    TIP_OFF,
    STAFF_CONDUCT,
    OTHER
}

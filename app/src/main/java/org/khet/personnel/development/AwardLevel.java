package org.khet.personnel.development;

/** The level at which an award was given, from a school's own to an international one. */
public enum AwardLevel {
    SCHOOL,
    AREA,
    REGION,
    NATIONAL,
    INTERNATIONAL
}

package org.khet.platform;

/** The roles of Khet and where each applies. */
public enum Role {
    SYSTEM_ADMIN(Reach.EVERYWHERE),
    AREA_DIRECTOR(Reach.AREA),
    AREA_STAFF(Reach.UNIT),
    SUPERVISOR(Reach.AREA),
    INTERNAL_AUDITOR(Reach.AREA),
    LEGAL_OFFICER(Reach.AREA),
    SCHOOL_DIRECTOR(Reach.SCHOOL),
    SCHOOL_CLERK(Reach.SCHOOL),
    TEACHER(Reach.SCHOOL);

    /** Where a grant of the role applies. */
    public enum Reach {
        EVERYWHERE,
        AREA,
        UNIT,
        SCHOOL
    }

    private final Reach reach;

    Role(Reach reach) {
        this.reach = reach;
    }

    public Reach reach() {
        return reach;
    }

    /** The role's name in {@code language}, from the messages {@code role.<NAME>}. */
    public String label(String language) {
        return Texts.of("role." + name()).in(language);
    }

    public String nameTh() {
        return label("th");
    }
}

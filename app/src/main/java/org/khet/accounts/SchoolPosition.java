package org.khet.accounts;

import java.util.Arrays;
import java.util.Optional;
import org.khet.platform.Role;

/**
 * The registry's school positions an area may make accounts for, the role each holds at its school, and the word
 * its usernames end in. A deputy works as a teacher until the director grants more: least privilege first.
 */
enum SchoolPosition {
    SCHOOL_DIRECTOR(Role.SCHOOL_DIRECTOR, "director"),
    GENERAL_OFFICER(Role.SCHOOL_CLERK, "clerk"),
    SCHOOL_DEPUTY(Role.TEACHER, "deputy"),
    TEACHER(Role.TEACHER, "teacher"),
    ASSISTANT_TEACHER(Role.TEACHER, "assistant"),
    CONTRACT_TEACHER(Role.TEACHER, "contract");

    private final Role role;
    private final String word;

    SchoolPosition(Role role, String word) {
        this.role = role;
        this.word = word;
    }

    Role role() {
        return role;
    }

    String word() {
        return word;
    }

    static Optional<SchoolPosition> of(String code) {
        return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
    }
}

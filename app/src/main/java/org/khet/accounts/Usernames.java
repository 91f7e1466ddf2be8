package org.khet.accounts;

import java.util.HashSet;
import java.util.Set;

/**
 * Usernames for a school's people: the school's 8-digit code and the position's word ({@code 93020001.director},
 * {@code 93020001.clerk}); a second holder of the same position at that school gets {@code 93020001.clerk2}, and so
 * on past any name already taken. Predictable for the office, unique, and within app_user's {@code [a-z0-9._-]}.
 */
final class Usernames {

    private final Set<String> taken;

    /** {@code taken}: the existing usernames this batch might collide with. */
    Usernames(Set<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    static String base(String schoolCode, SchoolPosition position) {
        return schoolCode + "." + position.word();
    }

    String next(String schoolCode, SchoolPosition position) {
        String base = base(schoolCode, position);
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        taken.add(name);
        return name;
    }
}

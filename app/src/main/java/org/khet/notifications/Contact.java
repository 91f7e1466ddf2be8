package org.khet.notifications;

import java.util.Set;

/**
 * Someone without an account (a named complainant): the addresses they gave, the channels they chose, the language
 * to write in. Only the chosen channels whose address is present are used.
 */
public record Contact(String email, String phone, Set<Channel> channels, String language) {

    public Contact {
        channels = Set.copyOf(channels);
    }

    String addressFor(Channel channel) {
        return switch (channel) {
            case EMAIL -> blankToNull(email);
            case SMS -> blankToNull(phone);
            case LINE -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

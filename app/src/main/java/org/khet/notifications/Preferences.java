package org.khet.notifications;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The channels each person chose and their SMS number. Someone who never chose has no row. */
@Component
class Preferences {

    /** A person's choice; {@code channels} empty when they never chose. */
    record Choice(Set<Channel> channels, String phone) {

        static final Choice NONE = new Choice(Set.of(), null);
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Choice of(long accountId) {
        return jdbc.sql("select channels, phone from notifications.preference where account_id = :a")
                .param("a", accountId)
                .query((rs, n) ->
                        new Choice(channels((String[]) rs.getArray("channels").getArray()), rs.getString("phone")))
                .optional()
                .orElse(Choice.NONE);
    }

    void choose(long accountId, Set<Channel> channels, String phone) {
        jdbc.sql("""
                        insert into notifications.preference (account_id, channels, phone) values (:a, :c, :p)
                        on conflict (account_id)
                        do update set channels = excluded.channels, phone = excluded.phone, updated_at = now()""")
                .param("a", accountId)
                .param("c", names(channels))
                .param("p", phone)
                .update();
    }

    /** Adds LINE once it is linked: someone who links it means to be told there. */
    void addLine(long accountId, boolean hasEmail) {
        Choice now = of(accountId);
        EnumSet<Channel> channels = EnumSet.of(Channel.LINE);
        channels.addAll(now.channels());
        if (now.channels().isEmpty() && hasEmail) {
            channels.add(Channel.EMAIL);
        }
        choose(accountId, channels, now.phone());
    }

    void removeLine(long accountId) {
        Choice now = of(accountId);
        Optional.of(now.channels()).filter(c -> c.contains(Channel.LINE)).ifPresent(c -> {
            EnumSet<Channel> rest = EnumSet.noneOf(Channel.class);
            c.stream().filter(ch -> ch != Channel.LINE).forEach(rest::add);
            choose(accountId, rest, now.phone());
        });
    }

    private static Set<Channel> channels(String[] names) {
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(names).map(Channel::valueOf).forEach(set::add);
        return set;
    }

    private static String[] names(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).toArray(String[]::new);
    }
}

package org.khet.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.ProfileSection;
import org.springframework.stereotype.Component;

/** The section of the user's own page where they choose channels, link LINE and see what was sent to them. */
@Component
class NotificationsProfile implements ProfileSection {

    static final int RECENT = 10;

    private final Accounts accounts;
    private final Preferences preferences;
    private final LineLinks lineLinks;
    private final LineSettings line;
    private final Outbox outbox;

    NotificationsProfile(
            Accounts accounts, Preferences preferences, LineLinks lineLinks, LineSettings line, Outbox outbox) {
        this.accounts = accounts;
        this.preferences = preferences;
        this.lineLinks = lineLinks;
        this.line = line;
        this.outbox = outbox;
    }

    @Override
    public Optional<Section> sectionFor(KhetUser user) {
        Preferences.Choice choice = preferences.of(user.id());
        String email = accounts.byId(user.id()).map(Accounts.Account::email).orElse(null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", email);
        data.put(
                "channels",
                choice.channels().isEmpty() && email != null ? java.util.Set.of(Channel.EMAIL) : choice.channels());
        data.put("phone", choice.phone());
        data.put("lineReady", line.configured());
        data.put("lineLinked", lineLinks.lineUserOf(user.id()).isPresent());
        data.put("lineAccount", line.accountId());
        data.put("lineAddFriend", line.addFriendUrl());
        data.put("codeMinutes", lineLinks.lifetime().toMinutes());
        data.put("recent", outbox.toAccount(user.id(), RECENT));
        return Optional.of(new Section(50, "notifications/profile", data));
    }
}

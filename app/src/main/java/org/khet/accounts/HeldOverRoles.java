package org.khet.accounts;

import java.util.List;
import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.platform.Accounts;
import org.khet.platform.Places;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Tells an area's director that someone who left, moved or whose school was merged still holds roles the change did
 * not end (the person who made it could not have ended them by hand, or they are the area's own roles), so that a
 * person who may revoke them looks at them. An area with nobody to tell (no director, or none reachable) tells the
 * system administrators instead: the roles must not go unseen.
 */
@Component
class HeldOverRoles {

    /** What happened to the person, a key {@code accounts.heldOver.<name>} in the recipient's language. */
    enum Why {
        LEFT,
        MOVED,
        MERGED
    }

    private final Notifications notifications;
    private final Accounts accounts;
    private final Places places;

    HeldOverRoles(Notifications notifications, Accounts accounts, Places places) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.places = places;
    }

    void tell(long area, long user, Why why, List<RoleGrant> held) {
        if (held.isEmpty()) {
            return;
        }
        Accounts.Account account = accounts.byId(user).orElseThrow();
        Message message = Message.of(
                "accounts",
                "user " + user,
                "accounts.heldOver",
                account.displayName(),
                account.username(),
                Message.text("accounts.heldOver." + why.name().toLowerCase(java.util.Locale.ROOT)),
                roles(held));
        if (notifications.toHoldersOf(new RoleGrant(Role.AREA_DIRECTOR, area, null, null), message) == 0) {
            notifications.toHoldersOf(new RoleGrant(Role.SYSTEM_ADMIN, null, null, null), message);
        }
    }

    /** The roles as one text in each recipient's language: "role at place; role at place". */
    private MessageSourceResolvable roles(List<RoleGrant> held) {
        MessageSourceResolvable list = null;
        for (int i = held.size() - 1; i >= 0; i--) {
            RoleGrant g = held.get(i);
            MessageSourceResolvable one = resolvable(
                    "accounts.heldOver.role",
                    Message.text("role." + g.role().name()),
                    places.describe(g, "th"),
                    places.describe(g, "en"));
            list = list == null ? one : resolvable("accounts.heldOver.and", one, list);
        }
        return list;
    }

    private static MessageSourceResolvable resolvable(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}

package org.khet.personnel.transfer;

import org.khet.notifications.Message;
import org.khet.notifications.Notifications;
import org.khet.personnel.PersonnelAccess;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.khet.registry.PersonAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells whoever a swap waits for: the partner when asked; the directors who have not agreed yet once the partner
 * agreed; the personnel group once the partner and both directors agreed (the group may approve only then); both
 * teachers when the group approved or refused.
 */
@Component
class TransferSwapNotices {

    private final Notifications notifications;
    private final PersonAccounts accounts;
    private final PersonnelAccess access;
    private final String publicUrl;

    TransferSwapNotices(
            Notifications notifications,
            PersonAccounts accounts,
            PersonnelAccess access,
            @Value("${khet.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    void asked(TransferSwap s) {
        toPerson(s.personB(), message(s, "swapAsked", s.nameA(), s.schoolAName(), link()));
    }

    /** What the step from {@code before} to {@code after} makes others wait for. */
    void agreed(TransferSwap before, TransferSwap after) {
        if (!before.partnerAgreed() && after.partnerAgreed()) {
            Message m = message(after, "swapPartnerAgreed", after.nameB(), after.nameA(), link());
            if (!after.directorAAgreed()) {
                toDirectors(after, after.schoolA(), m);
            }
            if (!after.directorBAgreed()) {
                toDirectors(after, after.schoolB(), m);
            }
        }
        if (!before.agreed() && after.agreed()) {
            Message m = message(
                    after,
                    "swapAgreed",
                    after.nameA(),
                    after.schoolAName(),
                    after.nameB(),
                    after.schoolBName(),
                    link());
            access.groupUnitId(after.areaId())
                    .ifPresent(unit ->
                            notifications.toHoldersOf(new RoleGrant(Role.AREA_STAFF, after.areaId(), unit, null), m));
        }
    }

    /** Both teachers learn the group's decision: APPROVED (each moves to the other's school) or REFUSED. */
    void decided(TransferSwap s, String state) {
        toPerson(s.personA(), message(s, "swap" + state, s.nameB(), s.schoolBName()));
        toPerson(s.personB(), message(s, "swap" + state, s.nameA(), s.schoolAName()));
    }

    private void toDirectors(TransferSwap s, long schoolId, Message m) {
        notifications.toHoldersOf(new RoleGrant(Role.SCHOOL_DIRECTOR, s.areaId(), null, schoolId), m);
    }

    private void toPerson(long personId, Message m) {
        accounts.accountOf(personId).ifPresent(account -> notifications.toPerson(account, m));
    }

    private static Message message(TransferSwap s, String notice, Object... args) {
        return Message.of("personnel", "transfer swap " + s.id(), "personnel.transfer.notice." + notice, args);
    }

    private String link() {
        return publicUrl + TransferSwapPages.PATH;
    }
}

package org.khet.accounts;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.khet.platform.Accounts;
import org.khet.platform.KhetUser;
import org.khet.platform.RoleGrant;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PersonLeft;
import org.khet.registry.PersonMoved;
import org.khet.registry.SchoolMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What an account keeps when the registry changes under it. Who may change a person's record (area staff, a
 * school's director or clerk) is far wider than who may revoke roles (an area director, the system administrator),
 * so a change never does more to an account than its editor could have done by hand: it ends only the grants tied to
 * the school or unit the person left, only those the editor may give and take ({@link Granting#mayGive}, judged on
 * the editor's roles when the reaction runs), and never an area's own roles (area director, supervisor, legal
 * officer, ...). What it may not end stays, and the area director is told to review it ({@link HeldOverRoles}). Each
 * change goes through the platform's accounts, audited with the editor as actor in the person's area, and the
 * account's sessions end at once.
 */
@Component
class RegistryReactions {

    private final Accounts accounts;
    private final PersonAccounts personAccounts;
    private final HeldOverRoles heldOver;

    RegistryReactions(Accounts accounts, PersonAccounts personAccounts, HeldOverRoles heldOver) {
        this.accounts = accounts;
        this.personAccounts = personAccounts;
        this.heldOver = heldOver;
    }

    /**
     * Someone who left the service keeps no role at the school or unit they worked at; an account whose last role
     * this took is disabled, so that it cannot sign in on a password nobody is answerable for any more. Whatever they
     * still hold in the area (roles the editor could not end, or the area's own) is for the area director to review.
     */
    @ApplicationModuleListener
    void on(PersonLeft left) {
        personAccounts.accountOf(left.person()).ifPresent(user -> {
            end(user, left.area(), left.editor(), g -> tiedTo(g, left.school(), left.unit()), true);
            List<RoleGrant> inArea = accounts.grantsOf(user).stream()
                    .filter(g -> g.areaId() != null && g.areaId() == left.area())
                    .toList();
            heldOver.tell(left.area(), user, HeldOverRoles.Why.LEFT, inArea);
        });
    }

    /**
     * Someone who moved to another school or unit keeps no role at the place they left: its director and clerk are
     * whoever works there now. Their roles do not follow them either, for the same reason as at a merge: the new
     * place has its own, and the area office gives the roles it settles on. An account whose last role this took is
     * disabled, as for a leaver; one that held nothing at the old place is left alone.
     */
    @ApplicationModuleListener
    void on(PersonMoved moved) {
        personAccounts.accountOf(moved.person()).ifPresent(user -> {
            List<RoleGrant> kept =
                    end(user, moved.area(), moved.editor(), g -> tiedTo(g, moved.fromSchool(), moved.fromUnit()), true);
            heldOver.tell(moved.area(), user, HeldOverRoles.Why.MOVED, kept);
        });
    }

    /**
     * The roles held at a merged school end rather than move to the school it merged into: a merge decides anew
     * who directs and who keeps the records of the receiving school, which already has its own director and clerk.
     * Moving the grants would give that school a second director nobody chose; the area office gives the roles
     * the merge settles on (in one step, on the area accounts page). The accounts stay enabled for that.
     */
    @ApplicationModuleListener
    void on(SchoolMerged merged) {
        for (long user : accounts.holdersAtSchool(merged.school())) {
            List<RoleGrant> kept = end(user, merged.area(), merged.editor(), g -> g.atSchool(merged.school()), false);
            heldOver.tell(merged.area(), user, HeldOverRoles.Why.MERGED, kept);
        }
    }

    /**
     * Revokes the user's grants that {@code tied} picks and the editor may take; disables the account when {@code
     * disable} and this took its last role. Answers the grants {@code tied} picks that stay.
     */
    private List<RoleGrant> end(long user, long area, Long editorId, Predicate<RoleGrant> tied, boolean disable) {
        Optional<KhetUser> editor = editorOf(editorId);
        Predicate<RoleGrant> mayTake =
                g -> editor.filter(e -> Granting.mayGive(e, g)).isPresent();
        int revoked = accounts.revokeGrants(user, tied.and(mayTake), editor.orElse(null));
        List<RoleGrant> left = accounts.grantsOf(user);
        if (disable && revoked > 0 && left.isEmpty()) {
            accounts.setEnabled(user, false, editor.orElseThrow(), area);
        }
        return left.stream().filter(tied).toList();
    }

    /**
     * The editor as they are now, if their account is still enabled: someone who lost their roles or account since
     * the edit takes nothing. An event without an editor (stored before events carried one) takes nothing either.
     */
    private Optional<KhetUser> editorOf(Long editorId) {
        return Optional.ofNullable(editorId)
                .flatMap(accounts::byId)
                .filter(Accounts.Account::enabled)
                .map(accounts::signedIn);
    }

    /** A grant that exists because of work at this school, or in this unit of the area office. */
    private static boolean tiedTo(RoleGrant g, Long school, Long unit) {
        return (school != null && g.atSchool(school))
                || (unit != null && g.unitId() != null && g.unitId().longValue() == unit);
    }
}

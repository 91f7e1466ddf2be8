package org.khet.accounts;

import org.khet.platform.Accounts;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PersonLeft;
import org.khet.registry.SchoolMerged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What an account keeps when the registry changes under it. Each change goes through the platform's accounts, so
 * every revoked role and disabled account is audited (by the system) and its sessions end at once.
 */
@Component
class RegistryReactions {

    private final Accounts accounts;
    private final PersonAccounts personAccounts;

    RegistryReactions(Accounts accounts, PersonAccounts personAccounts) {
        this.accounts = accounts;
        this.personAccounts = personAccounts;
    }

    /**
     * Someone who left the service keeps no role in the area they worked for; an account left with no role at all
     * is disabled, so that it cannot sign in on a password nobody is answerable for any more.
     */
    @ApplicationModuleListener
    void on(PersonLeft left) {
        personAccounts.accountOf(left.person()).ifPresent(user -> {
            accounts.revokeGrants(user, g -> g.areaId() != null && g.areaId() == left.area());
            if (accounts.grantsOf(user).isEmpty()) {
                accounts.setEnabled(user, false);
            }
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
            accounts.revokeGrants(user, g -> g.atSchool(merged.school()));
        }
    }
}

package org.khet.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khet.notifications.Destination;
import org.khet.platform.NewAccounts;
import org.khet.platform.RoleGrant;
import org.khet.registry.PersonAccounts;
import org.khet.registry.PositionHolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for the people of an area's schools in chosen positions (ผู้อำนวยการโรงเรียน, เจ้าหน้าที่ธุรการ): one per
 * person without an account, granted their position's role at their school, linked to them in the registry, and
 * on a random password they must change at first sign-in. People who already have an account are skipped, so a
 * second run makes only what is new.
 */
@Component
class AreaAccounts {

    private final PositionHolders holders;
    private final NewAccounts newAccounts;
    private final PersonAccounts links;
    private final Handover handover;
    private final SharedAddresses sharedAddresses;
    private final JdbcClient jdbc;

    AreaAccounts(
            PositionHolders holders,
            NewAccounts newAccounts,
            PersonAccounts links,
            Handover handover,
            SharedAddresses sharedAddresses,
            JdbcClient jdbc) {
        this.holders = holders;
        this.newAccounts = newAccounts;
        this.links = links;
        this.handover = handover;
        this.sharedAddresses = sharedAddresses;
        this.jdbc = jdbc;
    }

    /**
     * A person who would get an account, or already has one; for a new one, where a first password sent by channel
     * would go (the registry's e-mail address, masked; null when there is none), and whether that address is
     * another's too, which keeps the password on the sheet.
     */
    record Candidate(
            PositionHolders.Holder holder, SchoolPosition position, Destination sendsTo, boolean sharedAddress) {
        public boolean hasAccount() {
            return holder.userId() != null;
        }
    }

    List<Candidate> preview(long areaId, Set<SchoolPosition> positions) {
        List<PositionHolders.Holder> found =
                holders.atSchoolsOf(areaId, positions.stream().map(Enum::name).toList());
        Set<String> shared = sharedAddresses.beforeCreating(found.stream()
                .filter(h -> h.userId() == null)
                .map(PositionHolders.Holder::email)
                .toList());
        return found.stream().map(h -> candidate(h, shared)).toList();
    }

    private static Candidate candidate(PositionHolders.Holder h, Set<String> shared) {
        boolean gets = h.userId() == null && SharedAddresses.present(h.email());
        return new Candidate(
                h,
                SchoolPosition.of(h.positionCode()).orElseThrow(),
                gets ? Destination.email(h.email()) : null,
                gets && SharedAddresses.isShared(shared, h.email()));
    }

    @Transactional
    Batch create(long areaId, String areaName, Set<SchoolPosition> positions, Handover.Choice choice) {
        // Two directors pressing at once would pick the same usernames; the second waits and then skips.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('area-accounts'), cast(:a as int))")
                .param("a", areaId)
                .query(Object.class)
                .single();
        List<Candidate> all = preview(areaId, positions);
        List<Candidate> todo = all.stream().filter(c -> !c.hasAccount()).toList();
        Usernames usernames = new Usernames(newAccounts.takenStartingWith(todo.stream()
                .map(c -> Usernames.base(c.holder().schoolCode(), c.position()))
                .distinct()
                .toList()));
        List<NewAccounts.NewAccount> accounts = new ArrayList<>();
        for (Candidate c : todo) {
            var h = c.holder();
            accounts.add(new NewAccounts.NewAccount(
                    usernames.next(h.schoolCode(), c.position()),
                    h.fullName(),
                    h.email(),
                    FirstPasswords.next(),
                    new RoleGrant(c.position().role(), areaId, null, h.schoolId())));
        }
        Map<String, Long> ids =
                newAccounts.createAll(accounts, true, areaId, "accounts for the schools of " + areaName);
        Map<Long, Long> byPerson = new HashMap<>();
        List<Batch.Slip> slips = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            var h = todo.get(i).holder();
            var a = accounts.get(i);
            long id = ids.get(a.username());
            byPerson.put(h.personId(), id);
            slips.add(new Batch.Slip(
                    id,
                    h.schoolCode() + " " + h.schoolName(),
                    h.fullName(),
                    h.positionTh(),
                    a.username(),
                    a.password(),
                    h.email()));
        }
        links.linkNew(areaId, byPerson);
        return handover.handOver(Batch.made(areaName, slips, all.size() - todo.size()), choice, areaId);
    }
}

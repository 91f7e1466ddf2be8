package org.khet.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final JdbcClient jdbc;

    AreaAccounts(PositionHolders holders, NewAccounts newAccounts, PersonAccounts links, JdbcClient jdbc) {
        this.holders = holders;
        this.newAccounts = newAccounts;
        this.links = links;
        this.jdbc = jdbc;
    }

    /** A person who would get an account, or already has one. */
    record Candidate(PositionHolders.Holder holder, SchoolPosition position) {
        public boolean hasAccount() {
            return holder.userId() != null;
        }
    }

    List<Candidate> preview(long areaId, Set<SchoolPosition> positions) {
        return holders.atSchoolsOf(areaId, positions.stream().map(Enum::name).toList()).stream()
                .map(h -> new Candidate(h, SchoolPosition.of(h.positionCode()).orElseThrow()))
                .toList();
    }

    @Transactional
    Batch create(long areaId, String areaName, Set<SchoolPosition> positions) {
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
        List<Batch.Slip> slips = new ArrayList<>();
        for (Candidate c : todo) {
            var h = c.holder();
            String username = usernames.next(h.schoolCode(), c.position());
            String password = FirstPasswords.next();
            accounts.add(new NewAccounts.NewAccount(
                    username,
                    h.fullName(),
                    h.email(),
                    password,
                    new RoleGrant(c.position().role(), areaId, null, h.schoolId())));
            slips.add(new Batch.Slip(
                    h.schoolCode() + " " + h.schoolName(),
                    h.fullName(),
                    h.positionTh(),
                    username,
                    password,
                    h.email()));
        }
        Map<String, Long> ids =
                newAccounts.createAll(accounts, true, areaId, "accounts for the schools of " + areaName);
        Map<Long, Long> byPerson = new HashMap<>();
        for (int i = 0; i < todo.size(); i++) {
            byPerson.put(
                    todo.get(i).holder().personId(), ids.get(accounts.get(i).username()));
        }
        links.linkNew(areaId, byPerson);
        return new Batch(areaName, slips, all.size() - todo.size());
    }
}

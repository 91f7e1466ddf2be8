package org.khet.org;

import java.util.Map;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in account of a person of the registry, set by the area's director or the administrator. Modules use
 * it to know when a reader is the person a record is about.
 */
@Component
public class PersonAccounts {

    private final JdbcClient jdbc;
    private final People people;
    private final Accounts accounts;
    private final AuditLog audit;

    PersonAccounts(JdbcClient jdbc, People people, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
    }

    static boolean mayLink(Person p, KhetUser user) {
        return user.holds(Role.AREA_DIRECTOR, p.areaId());
    }

    /** The username of the person's account, if one is linked. */
    Optional<String> usernameOf(long personId) {
        return jdbc.sql("select u.username from person_account a join app_user u on u.id = a.user_id"
                        + " where a.person_id = :p")
                .param("p", personId)
                .query(String.class)
                .optional();
    }

    /**
     * Links the person to the account of {@code username}, or unlinks them when it is blank; audited. An account
     * linked to someone else is refused (the transaction undoes the unlinking above).
     */
    @Transactional
    public void link(long personId, String username, KhetUser by) {
        Person p = people.readable(personId, by);
        if (!mayLink(p, by)) {
            throw new ForbiddenException("link an account");
        }
        String before = usernameOf(personId).orElse(null);
        String name = username == null ? "" : username.strip();
        jdbc.sql("delete from person_account where person_id = :p")
                .param("p", personId)
                .update();
        if (!name.isEmpty()) {
            long userId = accounts.byUsername(name)
                    .orElseThrow(() -> RejectedException.of(
                            "username", "ไม่พบบัญชีผู้ใช้ " + name, "There is no account named " + name))
                    .id();
            boolean elsewhere = jdbc.sql("select exists (select 1 from person_account where user_id = :u)")
                    .param("u", userId)
                    .query(Boolean.class)
                    .single();
            if (elsewhere) {
                // Moving a link silently would leave another person's record unlinked without a trace.
                throw RejectedException.of(
                        "username",
                        "บัญชี " + name + " เชื่อมกับบุคคลอื่นอยู่แล้ว ยกเลิกที่หน้าของบุคคลนั้นก่อน",
                        "The account " + name + " is linked to someone else; unlink it on that person's page first");
            }
            jdbc.sql("insert into person_account (person_id, user_id) values (:p, :u)")
                    .param("p", personId)
                    .param("u", userId)
                    .update();
        }
        audit.changed(
                p.areaId(),
                "UPDATE",
                "person_account",
                personId,
                before == null ? null : Map.of("username", before),
                name.isEmpty() ? null : Map.of("username", name));
    }
}

package org.khet.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.khet.platform.Accounts;
import org.khet.platform.AuditLog;
import org.khet.platform.KhetUser;
import org.khet.platform.Role;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
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
    private final List<PersonLinkGuard> guards;

    PersonAccounts(JdbcClient jdbc, People people, Accounts accounts, AuditLog audit, List<PersonLinkGuard> guards) {
        this.guards = guards;
        this.jdbc = jdbc;
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
    }

    static boolean mayLink(Person p, KhetUser user) {
        return user.holds(Role.AREA_DIRECTOR, p.areaId());
    }

    /** The account linked to a person: its id and username. */
    private record Linked(long userId, String username) {}

    private Optional<Linked> linkedTo(long personId) {
        return jdbc.sql("select u.id as user_id, u.username from registry.person_account a"
                        + " join platform.user_summary u on u.id = a.user_id"
                        + " where a.person_id = :p")
                .param("p", personId)
                .query(Linked.class)
                .optional();
    }

    /** The account linked to the person {@code personId}, if any. */
    public Optional<Long> accountOf(long personId) {
        return linkedTo(personId).map(Linked::userId);
    }

    /** The person whose account is {@code userId}, if one is linked to it. */
    public Optional<Long> personOf(long userId) {
        return jdbc.sql("select person_id from registry.person_account where user_id = :u")
                .param("u", userId)
                .query(Long.class)
                .optional();
    }

    /**
     * Keeps the person's account link as it is until the caller's transaction ends, for a module that decides from
     * it (the complaint centre naming the person in a case): {@link #link} waits for that decision, or the decision
     * waits for the change and sees it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdLink(long personId) {
        jdbc.sql("select id from registry.person where id = :p for update")
                .param("p", personId)
                .query(Long.class)
                .single();
    }

    /** The username of the person's account, if one is linked. */
    Optional<String> usernameOf(long personId) {
        return linkedTo(personId).map(Linked::username);
    }

    /**
     * Links the person to the account of {@code username}, or unlinks them when it is blank; audited. Refused, with
     * nothing changed, when the account is linked to someone else, when either account involved is the editor's
     * own, or when a {@link PersonLinkGuard} objects.
     */
    @Transactional
    public void link(long personId, String username, KhetUser by) {
        Person p = people.readable(personId, by);
        if (!mayLink(p, by)) {
            throw new ForbiddenException("link an account");
        }
        // Held so that naming the person in a case (which holds the link the same way) waits for this change or
        // this change sees that naming.
        holdLink(p.id());
        Linked before = linkedTo(personId).orElse(null);
        String name = username == null ? "" : username.strip();
        Long after = name.isEmpty() ? null : accountNamed(name);
        Long beforeId = before == null ? null : before.userId();
        if (java.util.Objects.equals(beforeId, after)) {
            return;
        }
        refuse(p, beforeId, after, name, by);
        jdbc.sql("delete from registry.person_account where person_id = :p")
                .param("p", personId)
                .update();
        if (after != null) {
            jdbc.sql("insert into registry.person_account (person_id, user_id) values (:p, :u)")
                    .param("p", personId)
                    .param("u", after)
                    .update();
        }
        audit.changed(
                p.areaId(),
                "UPDATE",
                "person_account",
                personId,
                before == null ? null : Map.of("username", before.username()),
                name.isEmpty() ? null : Map.of("username", name));
    }

    /**
     * Links people of one area to accounts just made for them, in one statement, with one audit event for the
     * batch. A person already linked fails the whole batch (the caller's transaction rolls back), as does an
     * account linked elsewhere: the unique keys of person_account refuse both.
     */
    @Transactional
    public void linkNew(long areaId, Map<Long, Long> accountByPerson) {
        if (accountByPerson.isEmpty()) {
            return;
        }
        Long[] persons = accountByPerson.keySet().toArray(Long[]::new);
        Long[] users =
                java.util.Arrays.stream(persons).map(accountByPerson::get).toArray(Long[]::new);
        int linked;
        try {
            linked = jdbc.sql("""
                            insert into registry.person_account (person_id, user_id)
                            select x.person_id, x.user_id from unnest(:persons, :users) as x(person_id, user_id)
                            join registry.person p on p.id = x.person_id and p.area_id = :area""")
                    .param("persons", persons)
                    .param("users", users)
                    .param("area", areaId)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Someone linked one of them by hand since the preview; the whole batch rolls back.
            throw RejectedException.of("person", Texts.of("registry.personAccounts.someoneWasLinkedAccount"));
        }
        if (linked != persons.length) {
            throw RejectedException.of("person", Texts.of("registry.personAccounts.notOfArea"));
        }
        audit.changed(areaId, "LINK_BATCH", "person_account", null, null, Map.of("links", accountByPerson));
    }

    /** Refuses, before anything changes, a link that must not be made or undone. */
    private void refuse(Person p, Long beforeId, Long after, String name, KhetUser by) {
        if (after != null && linkedElsewhere(after)) {
            // Moving a link silently would leave another person's record unlinked without a trace.
            throw RejectedException.of("username", Texts.of("registry.personAccounts.linkedElsewhere", name));
        }
        if (Long.valueOf(by.id()).equals(beforeId) || Long.valueOf(by.id()).equals(after)) {
            // Whoever could unlink themselves could read what is kept from them (a complaint about them).
            throw RejectedException.of("username", Texts.of("registry.personAccounts.youCannotChangeLink"));
        }
        var change = new PersonLinkGuard.Change(p.id(), p.areaId(), beforeId, after, by.id());
        for (PersonLinkGuard guard : guards) {
            guard.refusal(change).ifPresent(reason -> {
                throw new RejectedException(reason, List.of(new FieldError(0, "username", reason)));
            });
        }
    }

    private long accountNamed(String name) {
        return accounts.byUsername(name)
                .orElseThrow(
                        () -> RejectedException.of("username", Texts.of("registry.personAccounts.noAccount", name)))
                .id();
    }

    private boolean linkedElsewhere(long userId) {
        return jdbc.sql("select exists (select 1 from registry.person_account where user_id = :u)")
                .param("u", userId)
                .query(Boolean.class)
                .single();
    }
}

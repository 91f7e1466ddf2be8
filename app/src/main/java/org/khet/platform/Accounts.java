package org.khet.platform;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.khet.platform.tokens.ApiTokens;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** User accounts and their role grants: creating, finding and changing them. Every change is audited. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ApiTokens tokens;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, ApiTokens tokens) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.tokens = tokens;
    }

    /** A stored account as the login and the administration screens need it. */
    public record Account(
            long id,
            String username,
            String passwordHash,
            String displayName,
            String email,
            String locale,
            boolean enabled,
            int failedAttempts,
            OffsetDateTime lockedUntil,
            OffsetDateTime lastLoginAt,
            boolean mustChangePassword) {

        public boolean lockedAt(OffsetDateTime now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Transactional
    public long create(String username, String displayName, String email, String rawPassword, List<RoleGrant> grants) {
        PasswordRules.check(rawPassword);
        try {
            long id = jdbc.sql("""
                    insert into platform.app_user (username, password_hash, display_name, email)
                    values (:u, :h, :d, :e) returning id""")
                    .param("u", username)
                    .param("h", passwords.encode(rawPassword))
                    .param("d", displayName)
                    .param("e", email)
                    .query(Long.class)
                    .single();
            grants.forEach(g -> grant(id, g));
            audit.changed(
                    areaOf(grants), "CREATE", "user", id, null, new Snapshot(username, displayName, email, grants));
            return id;
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("username", Texts.of("accounts.usernameTaken"));
        }
    }

    /** Refuses a password that breaks the rules, so a form can report it with its other faults. */
    public static void checkPassword(String rawPassword) {
        PasswordRules.check(rawPassword);
    }

    /** Someone of an area office who may be given work there: a name and the unit they are in (if any). */
    public record Officer(long id, String displayName, Long unitId) {}

    /** The office's people in an area (director, unit staff, supervisors, legal officers), by name. */
    public List<Officer> officersIn(long areaId) {
        return jdbc.sql("""
                        select distinct on (u.display_name, u.id) u.id, u.display_name, g.unit_id
                        from platform.app_user u join platform.role_grant g on g.user_id = u.id
                        where u.enabled and g.area_id = :a and g.school_id is null
                          and g.role in ('AREA_DIRECTOR', 'AREA_STAFF', 'SUPERVISOR', 'LEGAL_OFFICER')
                        order by u.display_name, u.id, g.unit_id nulls last""")
                .param("a", areaId)
                .query((rs, n) -> new Officer(
                        rs.getLong("id"), rs.getString("display_name"), rs.getObject("unit_id", Long.class)))
                .list();
    }

    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select * from platform.app_user where username = :u")
                .param("u", username)
                .query(Account.class)
                .optional();
    }

    /**
     * How many accounts hold each of these e-mail addresses, compared without case or surrounding spaces, keyed by
     * the address so compared; an address no account holds is left out.
     */
    public java.util.Map<String, Long> holdersOfEmails(java.util.Collection<String> emails) {
        return jdbc
                .sql("""
                        select lower(trim(email)) as email, count(*) as n from platform.app_user
                        where lower(trim(email)) = any(:e) group by lower(trim(email))""")
                .param("e", emails.stream().map(Accounts::emailKey).distinct().toArray(String[]::new))
                .query((rs, n) -> java.util.Map.entry(rs.getString("email"), rs.getLong("n")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** An e-mail address as {@link #holdersOfEmails} compares it. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<Account> byId(long id) {
        return jdbc.sql("select * from platform.app_user where id = :id")
                .param("id", id)
                .query(Account.class)
                .optional();
    }

    public List<RoleGrant> grantsOf(long userId) {
        return jdbc.sql(
                        "select role, area_id, unit_id, school_id from platform.role_grant where user_id = :id order by id")
                .param("id", userId)
                .query(Accounts::grant)
                .list();
    }

    private static RoleGrant grant(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RoleGrant(
                Role.valueOf(rs.getString("role")),
                rs.getObject("area_id", Long.class),
                rs.getObject("unit_id", Long.class),
                rs.getObject("school_id", Long.class));
    }

    public KhetUser signedIn(Account account) {
        return new KhetUser(
                account.id(), account.username(), account.displayName(), account.locale(), grantsOf(account.id()));
    }

    public boolean exists(String username) {
        return byUsername(username).isPresent();
    }

    @Transactional
    public void grant(long userId, RoleGrant g) {
        RoleGrants.check(g);
        int added = jdbc.sql("""
                insert into platform.role_grant (user_id, role, area_id, unit_id, school_id)
                values (:user, :role, :area, :unit, :school) on conflict do nothing""")
                .param("user", userId)
                .param("role", g.role().name())
                .param("area", g.areaId())
                .param("unit", g.unitId())
                .param("school", g.schoolId())
                .update();
        if (added > 0) {
            audit.changed(g.areaId(), "GRANT_ROLE", "user", userId, null, g);
        }
    }

    @Transactional
    public void revokeGrant(long userId, long grantId) {
        revokeGrant(userId, grantId, null);
    }

    private void revokeGrant(long userId, long grantId, KhetUser by) {
        jdbc.sql(
                        "delete from platform.role_grant where id = :g and user_id = :u returning role, area_id, unit_id, school_id")
                .param("g", grantId)
                .param("u", userId)
                .query(Accounts::grant)
                .optional()
                .ifPresent(g -> {
                    audit.changedBy(by, g.areaId(), "REVOKE_ROLE", "user", userId, g, null);
                    endSessions(userId);
                });
    }

    /** Signs the user out everywhere, so a removed role or a disabled account takes effect at once. */
    private void endSessions(long userId) {
        byId(userId).ifPresent(a -> jdbc.sql("delete from platform.spring_session where principal_name = :u")
                .param("u", a.username())
                .update());
    }

    /** The owner's own new password: it ends the forced change, if one was pending. */
    @Transactional
    public void setPassword(long userId, String rawPassword) {
        storePassword(userId, rawPassword, false);
    }

    /**
     * A password an administrator chose for someone else: its owner must change it at their next sign-in. Their
     * sessions end and their tokens are revoked, so no API use continues on the administrator's password.
     */
    @Transactional
    public void resetPassword(long userId, String rawPassword) {
        storePassword(userId, rawPassword, true);
    }

    /** Whether the account must change a password someone else chose before it does anything else. */
    public boolean mustChangePassword(long userId) {
        return byId(userId).map(Account::mustChangePassword).orElse(false);
    }

    private void storePassword(long userId, String rawPassword, boolean mustChange) {
        PasswordRules.check(rawPassword);
        jdbc.sql("""
                update platform.app_user set password_hash = :h, password_changed_at = now(), failed_attempts = 0,
                       locked_until = null, must_change_password = :must where id = :id""")
                .param("h", passwords.encode(rawPassword))
                .param("must", mustChange)
                .param("id", userId)
                .update();
        audit.noted(null, mustChange ? "RESET_PASSWORD" : "SET_PASSWORD", "user", userId, "password changed");
        endSessions(userId);
        tokens.revokeAll(userId, "password changed");
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        setEnabled(userId, enabled, null, null);
    }

    /**
     * Enables or disables the account on behalf of {@code by} (null: whoever is signed in), audited in {@code areaId}
     * (null: in no area, as the administrator's own screen does), so that an area's audit search shows it.
     */
    @Transactional
    public void setEnabled(long userId, boolean enabled, KhetUser by, Long areaId) {
        jdbc.sql("update platform.app_user set enabled = :e, failed_attempts = 0, locked_until = null where id = :id")
                .param("e", enabled)
                .param("id", userId)
                .update();
        audit.changedBy(by, areaId, enabled ? "ENABLE" : "DISABLE", "user", userId, !enabled, enabled);
        if (!enabled) {
            endSessions(userId);
            tokens.revokeAll(userId, "account disabled");
        }
    }

    /** When the account was last locked, while its owner has not yet acknowledged it on their profile. */
    public Optional<OffsetDateTime> lockNoticeOf(long userId) {
        return jdbc.sql("select lock_noticed_at from platform.app_user where id = :id and lock_noticed_at is not null")
                .param("id", userId)
                .query(OffsetDateTime.class)
                .optional();
    }

    public void dismissLockNotice(long userId) {
        jdbc.sql("update platform.app_user set lock_noticed_at = null where id = :id")
                .param("id", userId)
                .update();
    }

    @Transactional
    public void setLocale(long userId, String locale) {
        jdbc.sql("update platform.app_user set locale = :l where id = :id")
                .param("l", "en".equals(locale) ? "en" : "th")
                .param("id", userId)
                .update();
    }

    /**
     * The enabled accounts holding {@code place}'s role where it names: in its area, unit or school (a part left
     * null is not narrowed by), each once; for notifications and anything else that addresses a role.
     */
    public List<Long> holdersOf(RoleGrant place) {
        return jdbc.sql("""
                        select distinct u.id from platform.role_grant g join platform.app_user u on u.id = g.user_id
                        where u.enabled and g.role = :role
                          and (cast(:area as bigint) is null or g.area_id = :area)
                          and (cast(:unit as bigint) is null or g.unit_id = :unit)
                          and (cast(:school as bigint) is null or g.school_id = :school)
                        order by u.id""")
                .param("role", place.role().name())
                .param("area", place.areaId())
                .param("unit", place.unitId())
                .param("school", place.schoolId())
                .query(Long.class)
                .list();
    }

    /** The accounts holding any role at the school {@code schoolId}, each once. */
    public List<Long> holdersAtSchool(long schoolId) {
        return jdbc.sql("select distinct user_id from platform.role_grant where school_id = :s order by user_id")
                .param("s", schoolId)
                .query(Long.class)
                .list();
    }

    /**
     * Revokes each of the user's grants that {@code which} picks, each audited as one revocation (their sessions
     * end, so the change takes effect at once); the number revoked.
     */
    @Transactional
    public int revokeGrants(long userId, java.util.function.Predicate<RoleGrant> which) {
        return revokeGrants(userId, which, null);
    }

    /**
     * As {@link #revokeGrants(long, java.util.function.Predicate)}, each revocation audited as done by {@code by}
     * (null: whoever is signed in), for a change made later on someone's behalf.
     */
    @Transactional
    public int revokeGrants(long userId, java.util.function.Predicate<RoleGrant> which, KhetUser by) {
        record Held(long id, RoleGrant grant) {}
        List<Held> held = jdbc.sql(
                        "select id, role, area_id, unit_id, school_id from platform.role_grant where user_id = :u")
                .param("u", userId)
                .query((rs, n) -> new Held(rs.getLong("id"), grant(rs, n)))
                .list();
        List<Held> picked = held.stream().filter(h -> which.test(h.grant())).toList();
        picked.forEach(h -> revokeGrant(userId, h.id(), by));
        return picked.size();
    }

    private static Long areaOf(List<RoleGrant> grants) {
        return grants.stream()
                .map(RoleGrant::areaId)
                .filter(a -> a != null)
                .findFirst()
                .orElse(null);
    }

    private record Snapshot(String username, String displayName, String email, List<RoleGrant> grants) {}
}

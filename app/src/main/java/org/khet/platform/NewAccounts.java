package org.khet.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many accounts made in one go (an area's school directors and clerks): a few statements for the whole batch and
 * one audit event naming every account, instead of a statement and an audit row per account and grant.
 */
@Component
public class NewAccounts {

    /**
     * BCrypt at cost 10 takes 60–150 ms a password here, a minute and more for an area's 600 accounts. A first
     * password made by Khet is a random secret of about 59 bits (at least {@value #FIRST_PASSWORD_LENGTH} characters)
     * that lives only until its owner's first sign-in, so cost 6 (16 times cheaper) still leaves an offline search of
     * it far beyond reach, where the cost protects guessable passwords that people choose; their own next password
     * gets the usual cost. Still plain {@code {bcrypt}} hashes, which every login reads.
     */
    private static final org.springframework.security.crypto.password.PasswordEncoder FIRST_PASSWORDS =
            new org.springframework.security.crypto.password.DelegatingPasswordEncoder(
                    "bcrypt",
                    Map.of("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(6)));

    static final int FIRST_PASSWORD_LENGTH = 14;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    NewAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** One account to make: its first password and its one grant. */
    public record NewAccount(String username, String displayName, String email, String password, RoleGrant grant) {}

    /**
     * Makes the accounts, each with its grant; {@code mustChange} marks first passwords made by Khet, each of which
     * its owner must replace at first sign-in. Every row is checked first (password rules, grant shape, usernames free and not repeated);
     * any fault refuses the whole batch with the row numbers (counted from 1) and nothing is made. Answers the new
     * ids by username.
     */
    @Transactional
    public Map<String, Long> createAll(List<NewAccount> accounts, boolean mustChange, Long areaId, String what) {
        check(accounts, mustChange);
        if (accounts.isEmpty()) {
            return Map.of();
        }
        String[] hashes = accounts.parallelStream()
                .map(a -> mustChange ? FIRST_PASSWORDS.encode(a.password()) : passwords.encode(a.password()))
                .toArray(String[]::new);
        Map<String, Long> ids = insertUsers(accounts, hashes, mustChange);
        insertGrants(accounts, ids);
        audit.changed(areaId, "CREATE_BATCH", "user", null, null, Map.of("what", what, "accounts", ids));
        return ids;
    }

    private Map<String, Long> insertUsers(List<NewAccount> accounts, String[] hashes, boolean mustChange) {
        Map<String, Long> ids = new HashMap<>();
        try {
            jdbc.sql("""
                            insert into platform.app_user (username, password_hash, display_name, email, must_change_password)
                            select u, h, d, e, :must from unnest(:u, :h, :d, :e) as x(u, h, d, e)
                            returning id, username""")
                    .param("u", accounts.stream().map(NewAccount::username).toArray(String[]::new))
                    .param("h", hashes)
                    .param("d", accounts.stream().map(NewAccount::displayName).toArray(String[]::new))
                    .param("e", accounts.stream().map(NewAccount::email).toArray(String[]::new))
                    .param("must", mustChange)
                    .query((rs, n) -> ids.put(rs.getString("username"), rs.getLong("id")))
                    .list();
        } catch (DuplicateKeyException e) {
            throw RejectedException.of("username", Texts.of("newAccounts.usernamesTaken"));
        }
        return ids;
    }

    private void insertGrants(List<NewAccount> accounts, Map<String, Long> ids) {
        jdbc.sql("""
                        insert into platform.role_grant (user_id, role, area_id, unit_id, school_id)
                        select * from unnest(:user, :role, :area, :unit, :school)""")
                .param("user", accounts.stream().map(a -> ids.get(a.username())).toArray(Long[]::new))
                .param(
                        "role",
                        accounts.stream().map(a -> a.grant().role().name()).toArray(String[]::new))
                .param("area", accounts.stream().map(a -> a.grant().areaId()).toArray(Long[]::new))
                .param("unit", accounts.stream().map(a -> a.grant().unitId()).toArray(Long[]::new))
                .param(
                        "school",
                        accounts.stream().map(a -> a.grant().schoolId()).toArray(Long[]::new))
                .update();
    }

    private void check(List<NewAccount> accounts, boolean mustChange) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            NewAccount a = accounts.get(i);
            int row = i + 1;
            each(errors, row, () -> PasswordRules.check(a.password()));
            if (mustChange && (a.password() == null || a.password().length() < FIRST_PASSWORD_LENGTH)) {
                errors.add(new FieldError(row, "password", Texts.of("newAccounts.firstPasswordShort")));
            }
            each(errors, row, () -> RoleGrants.check(a.grant()));
            if (a.username() == null || !a.username().matches("[a-z0-9._-]{3,64}")) {
                errors.add(new FieldError(row, "username", Texts.of("newAccounts.username")));
            } else if (seen.putIfAbsent(a.username(), row) != null) {
                errors.add(
                        new FieldError(row, "username", Texts.of("newAccounts.sameUsername", seen.get(a.username()))));
            }
        }
        taken(accounts)
                .forEach(u ->
                        errors.add(new FieldError(seen.get(u), "username", Texts.of("newAccounts.usernameTaken", u))));
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("newAccounts.noneMade"), errors);
        }
    }

    private List<String> taken(List<NewAccount> accounts) {
        return jdbc.sql("select username from platform.app_user where username = any(:u) order by username")
                .param("u", accounts.stream().map(NewAccount::username).toArray(String[]::new))
                .query(String.class)
                .list();
    }

    private static void each(List<FieldError> errors, int row, Runnable check) {
        try {
            check.run();
        } catch (RejectedException e) {
            e.errors().forEach(f -> errors.add(new FieldError(row, f.field(), f.message())));
        }
    }

    /** The taken usernames that begin with any of these prefixes (letters, digits and dots only). */
    public java.util.Set<String> takenStartingWith(java.util.Collection<String> prefixes) {
        return new java.util.HashSet<>(jdbc.sql("select username from platform.app_user where username like any(:p)")
                .param("p", prefixes.stream().map(p -> p + "%").toArray(String[]::new))
                .query(String.class)
                .list());
    }
}

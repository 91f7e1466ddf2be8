package org.khet.platform.users;

import java.util.List;
import org.khet.platform.Accounts;
import org.khet.platform.Places;
import org.khet.platform.Role;
import org.khet.platform.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models for the user administration screens. */
@Component
class UserQueries {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Places places;

    UserQueries(JdbcClient jdbc, Accounts accounts, Places places) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.places = places;
    }

    record UserRow(long id, String username, String displayName, boolean enabled, boolean locked, String roles) {}

    record GrantRow(long id, String role, String where) {}

    List<UserRow> search(String q, String language) {
        String like = "%" + q.strip().toLowerCase() + "%";
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.enabled,
                       coalesce(u.locked_until > now(), false) as locked,
                       coalesce(string_agg(distinct g.role, ', '), '') as roles
                from platform.app_user u left join platform.role_grant g on g.user_id = u.id
                where lower(u.username) like :q or lower(u.display_name) like :q
                group by u.id order by u.username limit 200""")
                .param("q", like)
                .query((rs, n) -> new UserRow(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("locked"),
                        labels(rs.getString("roles"), language)))
                .list();
    }

    List<GrantRow> grants(long userId, String language) {
        List<Long> ids = jdbc.sql("select id from platform.role_grant where user_id = :u order by id")
                .param("u", userId)
                .query(Long.class)
                .list();
        List<RoleGrant> grants = accounts.grantsOf(userId);
        return java.util.stream.IntStream.range(0, grants.size())
                .mapToObj(i -> new GrantRow(
                        ids.get(i), grants.get(i).role().label(language), places.describe(grants.get(i), language)))
                .toList();
    }

    private static String labels(String roles, String language) {
        if (roles.isBlank()) {
            return "";
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(roles.split(", "))
                        .map(r -> Role.valueOf(r).label(language))
                        .toList());
    }
}

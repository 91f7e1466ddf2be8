package org.khet.personnel.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading a dated rule table ({@code valid_from}, {@code valid_until}): every version, and the version or versions in
 * force on a day — from the first day of a version up to, not including, its end. Rows map to {@code R} by column
 * name. The writing side is {@link DatedRows}.
 */
public final class DatedTable<R> {

    /** The condition of a row in force on the parameter {@code :day}. */
    public static final String IN_FORCE = " valid_from <= :day and (valid_until is null or valid_until > :day) ";

    private final JdbcClient jdbc;
    private final String table;
    private final Class<R> type;

    public DatedTable(JdbcClient jdbc, String table, Class<R> type) {
        this.jdbc = jdbc;
        this.table = table;
        this.type = type;
    }

    /** Every version, past, in force or to come, in {@code order} (an SQL order-by list). */
    public List<R> all(String order) {
        return jdbc.sql("select * from " + table + " order by " + order)
                .query(type)
                .list();
    }

    /** The one version in force on {@code day}, for a table with one rule at a time. */
    public Optional<R> on(LocalDate day) {
        return jdbc.sql("select * from " + table + " where" + IN_FORCE)
                .param("day", day)
                .query(type)
                .optional();
    }

    /** Every row in force on {@code day}, in {@code order}, for a table of many rules at a time. */
    public List<R> allOn(LocalDate day, String order) {
        return jdbc.sql("select * from " + table + " where" + IN_FORCE + " order by " + order)
                .param("day", day)
                .query(type)
                .list();
    }

    public Optional<R> byId(long id) {
        return jdbc.sql("select * from " + table + " where id = :id")
                .param("id", id)
                .query(type)
                .optional();
    }
}

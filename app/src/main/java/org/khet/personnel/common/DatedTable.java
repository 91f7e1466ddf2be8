package org.khet.personnel.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reading a dated rule table ({@code valid_from}, {@code valid_until}): every version, and the version or versions in
 * force on a day — from the first day of a version up to, not including, its end. Rows map to {@code R} by column
 * name. {@link #where} narrows the table to the rows of one scope (a leave type, an area); the writing side is
 * {@link DatedRows}.
 */
public final class DatedTable<R> {

    /** The condition of a row in force on the parameter {@code :day}. */
    public static final String IN_FORCE = " valid_from <= :day and (valid_until is null or valid_until > :day) ";

    private final JdbcClient jdbc;
    private final String select;
    private final Class<R> type;
    private final String condition;
    private final Map<String, ?> params;

    /** Every column of {@code table}. */
    public DatedTable(JdbcClient jdbc, String table, Class<R> type) {
        this(jdbc, table, "*", type);
    }

    /** The {@code columns} (an SQL select list, e.g. to trim the scale of numbers) of {@code table}. */
    public DatedTable(JdbcClient jdbc, String table, String columns, Class<R> type) {
        this(jdbc, "select " + columns + " from " + table, type, "true", Map.of());
    }

    private DatedTable(JdbcClient jdbc, String select, Class<R> type, String condition, Map<String, ?> params) {
        this.jdbc = jdbc;
        this.select = select;
        this.type = type;
        this.condition = condition;
        this.params = params;
    }

    /** The rows that also meet {@code condition}, an SQL condition over the named {@code params}. */
    public DatedTable<R> where(String condition, Map<String, ?> params) {
        Map<String, Object> all = new HashMap<>(this.params);
        all.putAll(params);
        return new DatedTable<>(jdbc, select, type, "(" + this.condition + ") and (" + condition + ")", all);
    }

    /** Every version, past, in force or to come, in {@code order} (an SQL order-by list). */
    public List<R> all(String order) {
        return query(" order by " + order, null).list();
    }

    /** The one version in force on {@code day}, for a table (or scope) with one rule at a time. */
    public Optional<R> on(LocalDate day) {
        return query(" and" + IN_FORCE, day).optional();
    }

    /** Every row in force on {@code day}, in {@code order}, for a table of many rules at a time. */
    public List<R> allOn(LocalDate day, String order) {
        return query(" and" + IN_FORCE + " order by " + order, day).list();
    }

    public Optional<R> byId(long id) {
        return where("id = :id", Map.of("id", id)).query("", null).optional();
    }

    private JdbcClient.MappedQuerySpec<R> query(String rest, LocalDate day) {
        Map<String, Object> all = new HashMap<>(params);
        if (day != null) {
            all.put("day", day);
        }
        return jdbc.sql(select + " where " + condition + rest).params(all).query(type);
    }
}

package org.khet.personnel.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.khet.platform.KhetUser;
import org.khet.platform.Texts;
import org.khet.shared.Bilingual;
import org.khet.shared.ForbiddenException;
import org.khet.shared.RejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A row of a dated rule table ({@code valid_from}, {@code valid_until}, {@code circular}, {@code created_by}) set
 * from a day: the row in force for the same scope ends that day, and the new row ends where the next later row of the
 * scope begins. Nothing changes backwards; the caller checks who sets it and from when, and audits it.
 */
public final class DatedRows {

    /**
     * How a family of rules refuses a change: the action named when someone other than the administrator tries it,
     * the field of the first day, and the keys of its texts for a past day (given today as {@code {0}}) and for a
     * missing circular.
     */
    public record Refusals(String action, String dayField, String pastKey, String circularKey) {

        /** The texts {@code prefix.past} and {@code prefix.circularMissing}, the day in {@code validFrom}. */
        public static Refusals under(String prefix) {
            return new Refusals("change " + prefix, "validFrom", prefix + ".past", prefix + ".circularMissing");
        }
    }

    /**
     * The rows naming the same rule: an SQL {@code condition} over {@code params} and over the column names of the
     * values set. {@link #ALL} for a table with one rule at a time.
     */
    public record Scope(String condition, Map<String, ?> params) {

        public static final Scope ALL = new Scope("true", Map.of());

        /** A condition over the column names of the values set only. */
        public static Scope of(String condition) {
            return new Scope(condition, Map.of());
        }
    }

    private DatedRows() {}

    /**
     * Refuses a change unless {@code by} is the administrator, {@code from} is not before {@code today} and the
     * circular is given (at most 300 characters); {@code messages} is the prefix of the caller's {@code past} and
     * {@code circularMissing} texts.
     */
    public static void checkChange(KhetUser by, LocalDate from, LocalDate today, String circular, String messages) {
        checkChange(by, from, today, circular, Refusals.under(messages));
    }

    /** As {@link #checkChange(KhetUser, LocalDate, LocalDate, String, String)}, saying it as {@code refusals} do. */
    public static void checkChange(KhetUser by, LocalDate from, LocalDate today, String circular, Refusals refusals) {
        checkEnd(by, from, today, refusals);
        if (circular == null || circular.isBlank() || circular.strip().length() > 300) {
            throw RejectedException.of("circular", Texts.of(refusals.circularKey()));
        }
    }

    /**
     * Refuses to end a row unless {@code by} is the administrator and {@code from}, its first day no longer in force,
     * is not before {@code today}: nothing is changed backwards.
     */
    public static void checkEnd(KhetUser by, LocalDate from, LocalDate today, Refusals refusals) {
        if (!by.isAdmin()) {
            throw new ForbiddenException(refusals.action());
        }
        if (from == null || from.isBefore(today)) {
            throw RejectedException.of(refusals.dayField(), Texts.of(refusals.pastKey(), today));
        }
    }

    /**
     * Inserts {@code values} (column → value) into {@code table} from {@code from}; {@code scope} is the SQL condition
     * naming the same rule (over the same parameter names as {@code values}; {@code true} for a table with one rule
     * at a time). Refused with {@code sameDay} when a row of the scope already begins that day. Its id.
     */
    public static long setFrom(
            JdbcClient jdbc,
            String table,
            String scope,
            Map<String, ?> values,
            LocalDate from,
            String circular,
            KhetUser by,
            Bilingual sameDay) {
        return setFrom(jdbc, table, Scope.of(scope), values, from, circular, by, sameDay);
    }

    /** As above, with a scope over parameters of its own (which are not columns set). */
    public static long setFrom(
            JdbcClient jdbc,
            String table,
            Scope scope,
            Map<String, ?> values,
            LocalDate from,
            String circular,
            KhetUser by,
            Bilingual sameDay) {
        Map<String, Object> params = params(scope.params(), values, from, circular, by);
        String where = " where (" + scope.condition() + ")";
        if (jdbc.sql("select count(*) from " + table + where + " and valid_from = :from")
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0) {
            throw RejectedException.of("validFrom", sameDay);
        }
        jdbc.sql("update " + table + " set valid_until = :from" + where
                        + " and valid_from < :from and (valid_until is null or valid_until > :from)")
                .params(params)
                .update();
        String columns = String.join(", ", values.keySet());
        String names = ":" + String.join(", :", values.keySet());
        return jdbc.sql("insert into " + table + " (" + columns + ", valid_from, valid_until, circular, created_by)"
                        + " values (" + names + ", :from, (select min(valid_from) from " + table + where
                        + " and valid_from > :from), :circular, :by) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * As {@link #setFrom(JdbcClient, String, String, Map, LocalDate, String, KhetUser, Bilingual)}, but a row of the
     * scope that already begins on {@code from} (a day not yet come) takes the new values and circular instead of
     * being refused: the administrator corrects a figure set ahead. Its id.
     */
    public static long setOrCorrectFrom(
            JdbcClient jdbc,
            String table,
            String scope,
            Map<String, ?> values,
            LocalDate from,
            String circular,
            KhetUser by) {
        Map<String, Object> params = params(Map.of(), values, from, circular, by);
        String set = values.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        return jdbc.sql("update " + table + " set " + set + ", circular = :circular where (" + scope
                        + ") and valid_from = :from returning id")
                .params(params)
                .query(Long.class)
                .optional()
                .orElseGet(() -> setFrom(jdbc, table, scope, values, from, circular, by, null));
    }

    /** The parameters of a change: the scope's own, the values by column name, the day, circular and who. */
    private static Map<String, Object> params(
            Map<String, ?> scope, Map<String, ?> values, LocalDate from, String circular, KhetUser by) {
        Map<String, Object> params = new HashMap<>(scope);
        params.putAll(values);
        params.put("from", from);
        params.put("circular", circular.strip());
        params.put("by", by.id());
        return params;
    }

    /**
     * Ends the row {@code id} of {@code table} from {@code from} (the caller checks it is not past); false when that
     * row is not in force after that day, so there was nothing to end.
     */
    public static boolean endFrom(JdbcClient jdbc, String table, long id, LocalDate from) {
        return jdbc.sql("update " + table + " set valid_until = :from"
                                + " where id = :id and valid_from < :from"
                                + " and (valid_until is null or valid_until > :from)")
                        .param("id", id)
                        .param("from", from)
                        .update()
                > 0;
    }
}

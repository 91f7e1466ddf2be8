package org.khet.personnel.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

    private DatedRows() {}

    /**
     * Refuses a change unless {@code by} is the administrator, {@code from} is not before {@code today} and the
     * circular is given (at most 300 characters); {@code messages} is the prefix of the caller's {@code past} and
     * {@code circularMissing} texts.
     */
    public static void checkChange(KhetUser by, LocalDate from, LocalDate today, String circular, String messages) {
        if (!by.isAdmin()) {
            throw new ForbiddenException("change " + messages);
        }
        if (from == null || from.isBefore(today)) {
            throw RejectedException.of("validFrom", Texts.of(messages + ".past", today));
        }
        if (circular == null || circular.isBlank() || circular.strip().length() > 300) {
            throw RejectedException.of("circular", Texts.of(messages + ".circularMissing"));
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
        Map<String, Object> params = new HashMap<>(values);
        params.put("from", from);
        params.put("circular", circular.strip());
        params.put("by", by.id());
        if (jdbc.sql("select count(*) from " + table + " where valid_from = :from and " + scope)
                        .params(params)
                        .query(Long.class)
                        .single()
                > 0) {
            throw RejectedException.of("validFrom", sameDay);
        }
        jdbc.sql("update " + table + " set valid_until = :from where " + scope
                        + " and valid_from < :from and (valid_until is null or valid_until > :from)")
                .params(params)
                .update();
        String columns = String.join(", ", values.keySet());
        String names = ":" + String.join(", :", values.keySet());
        return jdbc.sql("insert into " + table + " (" + columns + ", valid_from, valid_until, circular, created_by)"
                        + " values (" + names + ", :from, (select min(valid_from) from " + table + " where " + scope
                        + " and valid_from > :from), :circular, :by) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }
}

package org.khet.bench;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.khet.thai.ThaiSearchQuery;

/**
 * The physical baseline of a school's inbox: the same index look-ups of the same rows the app's inbox, unread count
 * and search make, run by PostgreSQL itself with {@code EXPLAIN (ANALYZE, BUFFERS)}; its execution time (median of
 * five, after one warm-up) is the floor, and its plan shows whether the look-up uses the index it was built for.
 */
final class InboxPlans {

    private static final Pattern EXECUTION = Pattern.compile("Execution Time: ([0-9.]+) ms");
    private static final int RUNS = 5;

    /** One query: its median execution time in milliseconds and its plan (from the last run). */
    record Plan(double millis, String text) {

        boolean uses(String index) {
            return text.contains(index);
        }
    }

    private final Psql psql;

    InboxPlans(Psql psql) {
        this.psql = psql;
    }

    /** Page 1 of the school's inbox: its deliveries by school, newest letter first, with the letters joined. */
    Plan inbox(long schoolId) {
        return explain("""
                select d.id, l.id, l.number, l.subject, l.secrecy, l.urgency, l.urgent_by, l.circular,
                       coalesce(l.external_from, s.name_th), l.sent_at, d.unit_id, d.state
                from correspondence.delivery d join correspondence.letter l on l.id = d.letter_id
                left join registry.school_summary s on s.id = l.school_id
                where d.school_id = %d order by d.letter_id desc limit 21 offset 0""".formatted(schoolId));
    }

    /** The school's unread count. */
    Plan unread(long schoolId) {
        return explain("select count(*) from correspondence.delivery d where d.school_id = %d and d.state = 'NEW'"
                .formatted(schoolId));
    }

    /** The search: letters with every word (whole words only), sent or received by the school, newest first. */
    Plan search(long areaId, long schoolId, String words) {
        return search("plainto_tsquery('simple', '%s')".formatted(words.replace("'", "''")), areaId, schoolId);
    }

    /**
     * The same search with the text query {@code LetterSearch} makes of what was typed ({@link ThaiSearchQuery}:
     * whole words, or whole words and the start of the word being typed).
     */
    Plan searchAsTheAppWritesIt(long areaId, long schoolId, String typed) {
        return search(
                "to_tsquery('simple', '%s')".formatted(ThaiSearchQuery.of(typed).replace("'", "''")), areaId, schoolId);
    }

    private Plan search(String query, long areaId, long schoolId) {
        return explain("""
                select l.id, l.number, l.subject, l.sent_at from correspondence.letter l
                where l.search @@ %s and l.status <> 'DRAFT'
                  and ((l.origin = 'KHET' and l.school_id = %d)
                       or exists (select 1 from correspondence.delivery d where d.letter_id = l.id and d.school_id = %d))
                order by l.id desc limit 20""".formatted(query, schoolId, schoolId));
    }

    private Plan explain(String sql) {
        String command = "explain (analyze, buffers) " + sql;
        psql.run(command).orThrow();
        double[] millis = new double[RUNS];
        String text = "";
        for (int i = 0; i < RUNS; i++) {
            text = psql.run(command).orThrow().output();
            Matcher m = EXECUTION.matcher(text);
            millis[i] = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }
        Arrays.sort(millis);
        return new Plan(millis[RUNS / 2], text);
    }
}

package org.khet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The second reference load: every row an import stored (its records and their audit rows) copied by PostgreSQL
 * itself into tables of the same shape — the same columns, checks, unique keys, indexes (the Thai trigram index
 * among them), foreign keys and row triggers — one {@code \copy} per table. That is what storing those rows costs
 * the database, so app time / shaped COPY time is the price of reading and checking the file, resolving codes,
 * merging idempotently and answering over HTTP; the plain {@link Baseline} also counts the keys, indexes and audit.
 */
record ShapedBaseline(long rows, double seconds) {

    static final String SCHEMA = "bench_shaped";
    private static final int RUNS = 3;

    /** The rows of one table (in its module's schema) the import wrote: {@code where} picks them. */
    record Part(String schema, String table, String where) {

        String source() {
            return schema + "." + table;
        }
    }

    static ShapedBaseline run(Psql psql, Path dir, String name, List<Part> parts) {
        psql.run("create schema if not exists " + SCHEMA).orThrow();
        long rows = 0;
        for (Part p : parts) {
            shape(psql, p);
            psql.run("\\copy (select * from " + p.source() + " where " + p.where() + ") to '" + file(dir, name, p)
                            + "' with (format csv)")
                    .orThrow();
            rows += psql.count(p.source() + " where " + p.where());
        }
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (Part p : parts) {
                psql.run("truncate " + SCHEMA + "." + p.table()).orThrow();
            }
            for (Part p : parts) {
                runs[i] += psql.run("\\copy " + SCHEMA + "." + p.table() + " from '" + file(dir, name, p)
                                + "' with (format csv)")
                        .orThrow()
                        .seconds();
            }
        }
        Arrays.sort(runs);
        return new ShapedBaseline(rows, runs[RUNS / 2]);
    }

    /** A table like the app's, with its indexes and checks, then its foreign keys and row triggers added. */
    private static void shape(Psql psql, Part part) {
        String table = part.source();
        String copy = SCHEMA + "." + part.table();
        psql.run("drop table if exists " + copy).orThrow();
        psql.run("create table " + copy + " (like " + table
                        + " including defaults including constraints including indexes including generated)")
                .orThrow();
        String keys = psql.run("select coalesce(string_agg(format('alter table " + copy
                        + " add constraint %I %s', conname, pg_get_constraintdef(oid)), '; '), '')"
                        + " from pg_constraint where contype = 'f' and conrelid = '" + table
                        + "'::regclass")
                .orThrow()
                .output();
        if (!keys.isBlank()) {
            psql.run(keys).orThrow();
        }
        String triggers = psql.run("select coalesce(string_agg(replace(pg_get_triggerdef(oid), ' ON " + table
                        + " ', ' ON " + copy + " '), '; '), '') from pg_trigger where tgrelid = '"
                        + table + "'::regclass and not tgisinternal")
                .orThrow()
                .output();
        if (!triggers.isBlank()) {
            psql.run(triggers).orThrow();
        }
    }

    private static String file(Path dir, String name, Part p) {
        return dir.resolve("shaped-" + name + "-" + p.table() + ".csv")
                .toAbsolutePath()
                .toString()
                .replace("'", "''");
    }

    /** Writes this baseline and the app's ratio to it; {@code rows} says what the import stored. */
    void report(Markdown md, String what, double appSeconds, String rows) {
        md.measure(
                what + " COPY into tables of the same shape",
                String.format("%.2f s", seconds),
                String.format(
                                "%,d rows the import stored (%s) into copies with the same keys, indexes,",
                                this.rows, rows)
                        + " foreign keys and triggers; median of 3");
        md.measure(what + " ratio app / same-shape COPY", String.format("%.1f×", appSeconds / seconds), "");
    }
}

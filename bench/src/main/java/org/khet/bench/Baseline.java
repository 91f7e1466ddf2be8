package org.khet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference load: the same CSV files copied by PostgreSQL itself into plain text tables with no indexes,
 * constraints or triggers. Nothing in the same server can load rows faster, so app time / COPY time is the price
 * of checking every row, resolving codes, merging idempotently and writing an audit trail.
 */
record Baseline(long schools, double schoolSeconds, long people, double peopleSeconds) {

    static final String SCHEMA = "bench_baseline";
    private static final int RUNS = 3;

    static Baseline run(Psql psql, Path registry) {
        psql.run("drop schema if exists " + SCHEMA + " cascade").orThrow();
        psql.run("create schema " + SCHEMA).orThrow();
        psql.run(createTable("school", School.HEADER)).orThrow();
        psql.run(createTable("person", PeopleGenerator.HEADER)).orThrow();
        double schoolSeconds = copy(psql, "school", registry.resolve("schools.csv"));
        double peopleSeconds = copy(psql, "person", registry.resolve("people.csv"));
        return new Baseline(
                psql.count(SCHEMA + ".school"), schoolSeconds, psql.count(SCHEMA + ".person"), peopleSeconds);
    }

    private static String createTable(String name, List<String> columns) {
        return "create table " + SCHEMA + "." + name + " ("
                + columns.stream().map(c -> c + " text").collect(Collectors.joining(", ")) + ")";
    }

    /** The median of three runs, each into an emptied table, because a sub-second load is easily disturbed. */
    private static double copy(Psql psql, String table, Path csv) {
        String path = csv.toAbsolutePath().toString().replace("'", "''");
        double[] runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            psql.run("truncate " + SCHEMA + "." + table).orThrow();
            runs[i] = psql.run("\\copy " + SCHEMA + "." + table + " from '" + path + "' with (format csv, header true)")
                    .orThrow()
                    .seconds();
        }
        Arrays.sort(runs);
        return runs[RUNS / 2];
    }
}

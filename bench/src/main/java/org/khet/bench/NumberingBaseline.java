package org.khet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical floor of numbering: the same counter-row increments and register rows the app writes, done directly
 * in psql by as many sessions at once, in tables {@code like} the app's (schema {@code bench_numbering}, same
 * columns, unique keys and checks). Every session connects first and waits on an advisory lock a gate session holds;
 * the gate notes the server's clock and lets go, so the time measured is from that moment to the last commit, with
 * no process start or connection in it, as the app's pool holds its connections open.
 */
final class NumberingBaseline {

    private static final int GATE = 4242;

    /** One round: seconds from the gate opening to the last commit, and the numbers the sessions took. */
    record Round(double seconds, List<Integer> sequences) {}

    private final Psql psql;
    private final long areaId;
    private final int year;

    private NumberingBaseline(Psql psql, long areaId, int year) {
        this.psql = psql;
        this.areaId = areaId;
        this.year = year;
    }

    /** Makes the baseline's tables, empty, for an office of {@code areaId} numbering in {@code year}. */
    static NumberingBaseline prepare(Psql psql, long areaId, int year) {
        psql.run("""
                        drop schema if exists bench_numbering cascade;
                        create schema bench_numbering;
                        create table bench_numbering.register_counter
                            (like correspondence.register_counter including all);
                        create sequence bench_numbering.entry_id;
                        create table bench_numbering.register_entry (like correspondence.register_entry including all);
                        alter table bench_numbering.register_entry
                            alter column id set default nextval('bench_numbering.entry_id');""").orThrow();
        return new NumberingBaseline(psql, areaId, year);
    }

    /** {@code sessions} registrations released at once. */
    Round round(int sessions) {
        Process gate = psql.session();
        write(gate, "select pg_advisory_lock(" + GATE + ");\n");
        await("granted", 1);
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Process w = psql.session();
            write(w, registration());
            close(w);
            workers.add(w);
        }
        await("not granted", sessions);
        write(
                gate,
                "select 'open|' || extract(epoch from clock_timestamp());\nselect pg_advisory_unlock(" + GATE + ");\n");
        close(gate);
        double opened = Double.parseDouble(field(output(gate), "open"));
        double last = opened;
        List<Integer> sequences = new ArrayList<>();
        for (Process w : workers) {
            String[] done = field(output(w), "done").split("\\|");
            sequences.add(Integer.parseInt(done[0]));
            last = Math.max(last, Double.parseDouble(done[1]));
        }
        return new Round(last - opened, sequences);
    }

    /** Distinct sequences and rows of the baseline's register, to check it numbered as the app must. */
    String counts() {
        return psql.run("select count(*) || ' rows, ' || count(distinct sequence) || ' distinct, ' || min(sequence)"
                        + " || '..' || max(sequence) from bench_numbering.register_entry")
                .orThrow()
                .output();
    }

    /** What the app's {@code Registers.register} does in the caller's transaction: the counter, then the row. */
    private String registration() {
        String number = "'ศธ 06790/' || :last";
        return """
                select pg_advisory_lock_shared(%d);
                begin;
                insert into bench_numbering.register_counter (area_id, school_id, register, year, last)
                values (%d, null, 'DISPATCH', %d, 1)
                on conflict (area_id, school_id, register, year)
                do update set last = bench_numbering.register_counter.last + 1
                returning last \\gset
                select max(registered_on) from bench_numbering.register_entry
                where area_id = %d and school_id is null and register = 'DISPATCH' and year = %d;
                insert into bench_numbering.register_entry (area_id, school_id, register, year, sequence, number,
                    registered_on, registered_by, letter_id, letter_number, dated, from_name, to_name, subject)
                values (%d, null, 'DISPATCH', %d, :last, %s, current_date, 1, 1, %s, current_date,
                    'สพป.ทดสอบ 6790', 'โรงเรียนทดสอบ 6790-1', 'หนังสือทดสอบการออกเลข');
                commit;
                select 'done|' || :last || '|' || extract(epoch from clock_timestamp());
                """.formatted(GATE, areaId, year, areaId, year, areaId, year, number, number);
    }

    /** Waits until {@code count} sessions hold ({@code granted}) or wait for ({@code not granted}) the gate. */
    private void await(String state, int count) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String sql = "select count(*) from pg_locks where locktype = 'advisory' and objid = " + GATE + " and " + state;
        while (Long.parseLong(psql.run(sql).orThrow().output()) < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("sessions did not reach the gate (" + state + ")");
            }
            AppProcess.sleep(20);
        }
    }

    private static String field(String output, String name) {
        for (String line : output.split("\n")) {
            if (line.startsWith(name + "|")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        throw new IllegalStateException("psql printed no " + name + ": " + output);
    }

    private static void write(Process p, String text) {
        try {
            OutputStream in = p.getOutputStream();
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String output(Process p) {
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("psql failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

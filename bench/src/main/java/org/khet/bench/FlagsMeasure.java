package org.khet.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The red flags of a national year through the app: {@code POST /api/v1/procurements/flags/recompute} as the system
 * administrator for every area ({@code FlagComputation.year}: two set-based statements per indicator), timed from
 * the client; then the same call again, when nothing has changed (what the nightly run costs on a quiet day). Two
 * physical baselines in the same run, in psql: (a) {@code \copy} of the flag rows the app wrote, exported to CSV, into
 * a table of the same shape ({@link ShapedBaseline}: keys, the partial unique index, checks, the foreign key to
 * procurement) — the cost of writing the answers alone; (b) one plain read of what the indicators compare: every
 * procurement of the year joined to its award, contract, winning bid's supplier, its bids' aggregates and its
 * buyer's year totals, sent to stdout and dropped — the cost of reading the evidence once, without any indicator.
 */
final class FlagsMeasure {

    static final String RECOMPUTE = "/api/v1/procurements/flags/recompute";
    private static final int READ_RUNS = 3;

    private final Psql psql;
    private final Path dir;
    private final Markdown md;
    private final BiConsumer<String, Boolean> check;

    FlagsMeasure(Psql psql, Path dir, Markdown md, BiConsumer<String, Boolean> check) {
        this.psql = psql;
        this.dir = dir;
        this.md = md;
        this.check = check;
    }

    /** A number of the app's answer; -1 when it did not answer one. */
    private static long number(Api.Response r, String key) {
        return r.ok() ? Json.number(r.body(), key).orElse(-1) : -1;
    }

    /** The plain read, baseline (b): the data every indicator looks at, in one statement, without answering. */
    static String plainRead(int year) {
        return """
                copy (
                select p.id, p.ocid, p.area_id, p.school_id, p.method, p.category, p.e_catalogue, p.status,
                       p.budget, p.reference_price, p.tender_start, p.tender_end, a.amount, a.awarded_on, c.value,
                       s.name, s.tax_id, b.bids, b.valid, b.disqualified, b.lowest, b.amounts, y.buyer_count,
                       y.buyer_total
                from procurement.procurement p
                left join procurement.award a on a.procurement_id = p.id
                left join procurement.contract c on c.procurement_id = p.id
                left join procurement.bid w on w.id = a.bid_id
                left join procurement.supplier s on s.id = w.supplier_id
                left join (select procurement_id, count(*) as bids, count(*) filter (where not disqualified) as valid,
                                  count(*) filter (where disqualified) as disqualified, min(amount) as lowest,
                                  count(distinct amount) as amounts
                           from procurement.bid group by procurement_id) b on b.procurement_id = p.id
                left join (select area_id, coalesce(school_id, 0) as buyer, count(*) as buyer_count,
                                  sum(budget) as buyer_total
                           from procurement.procurement where fiscal_year = %d and status <> 'CANCELLED'
                           group by 1, 2) y on y.area_id = p.area_id and y.buyer = coalesce(p.school_id, 0)
                where p.fiscal_year = %d
                ) to stdout""".formatted(year, year).replaceAll("\\s+", " ");
    }

    /** Recomputes the year twice through the app as {@code admin}, then the two baselines; writes one section. */
    void run(Api admin, int year) {
        md.heading(2, String.format("Red flags of fiscal year %d, every area", year));
        String loadBefore = MachineInfo.loadAverage();
        long procurements = psql.count("procurement.procurement where fiscal_year = " + year);
        long before = psql.count("procurement.flag");
        String body = "{\"fiscal_year\": " + year + "}";
        Api.Response first = admin.postJson(RECOMPUTE, body);
        String loadAfter = MachineInfo.loadAverage();
        Api.Response again = admin.postJson(RECOMPUTE, body);
        long changed = number(first, "answers_changed");
        long indicators = number(first, "indicators");
        long open = psql.count("procurement.flag f join procurement.procurement p on p.id = f.procurement_id"
                + " where f.closed_at is null and p.fiscal_year = " + year);
        check.accept(
                String.format(
                        "recompute answered HTTP %d (%s); %,d flag rows before, %,d answers written = %,d open ="
                                + " %,d procurements × %d indicators",
                        first.status(), first.excerpt(), before, changed, open, procurements, indicators),
                first.ok() && before == 0 && changed == open && open == procurements * indicators);
        check.accept(
                String.format(
                        "second recompute answered HTTP %d (%s), 0 answers changed", again.status(), again.excerpt()),
                again.ok() && number(again, "answers_changed") == 0);
        md.paragraph("Load average before / after the first call: " + loadBefore + " — " + loadAfter
                + "; after the second: " + MachineInfo.loadAverage());
        md.measure(
                "App: POST " + RECOMPUTE + " {\"fiscal_year\": " + year + "} as admin (whole country)",
                String.format("%.1f s", first.seconds()),
                String.format(
                        "%,d answers written (%,d procurements × %d indicators), %.0f answers/s; the app's own"
                                + " `millis` %d",
                        changed, procurements, indicators, changed / first.seconds(), number(first, "millis")));
        md.measure(
                "App: the same call again, nothing changed (the nightly run's cost on a quiet day)",
                String.format("%.1f s", again.seconds()),
                String.format(
                        "answers_changed %d; the app's own `millis` %d",
                        number(again, "answers_changed"), number(again, "millis")));
        ShapedBaseline copy = ShapedBaseline.run(
                psql, dir, "procurement-flag", List.of(new ShapedBaseline.Part("procurement", "flag", "true")));
        md.measure(
                "Baseline (a): `\\copy` of the same flag rows into a table of the same shape",
                String.format("%.2f s", copy.seconds()),
                String.format(
                        "%,d rows the app wrote, exported to CSV, then `\\copy` into a copy of procurement.flag with"
                                + " its checks, indexes (the partial unique one) and foreign key; median of 3 — the"
                                + " cost of writing the answers alone. App / (a): %.1f×",
                        copy.rows(), first.seconds() / copy.seconds()));
        double[] reads = new double[READ_RUNS];
        long bytes = 0;
        for (int i = 0; i < READ_RUNS; i++) {
            Psql.Drained d = psql.drain(plainRead(year));
            check.accept(String.format("plain read %d exited %d", i + 1, d.exitCode()), d.exitCode() == 0);
            reads[i] = d.seconds();
            bytes = d.bytes();
        }
        Arrays.sort(reads);
        double read = reads[READ_RUNS / 2];
        md.measure(
                "Baseline (b): one plain read of what the indicators compare",
                String.format("%.2f s", read),
                String.format(
                        "COPY (select …) TO STDOUT in psql, %,d bytes dropped; each procurement of %d with its award,"
                                + " contract, winning supplier, its bids' count/valid/disqualified/lowest/distinct"
                                + " amounts and its buyer's count and total of the year; median of %d (%.2f / %.2f /"
                                + " %.2f s). App / (b): %.1f×; app / ((a) + (b)): %.1f×",
                        bytes,
                        year,
                        READ_RUNS,
                        reads[0],
                        reads[1],
                        reads[2],
                        first.seconds() / read,
                        first.seconds() / (copy.seconds() + read)));
    }
}

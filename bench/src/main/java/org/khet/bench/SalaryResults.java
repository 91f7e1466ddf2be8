package org.khet.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One place's results as its director (a school's) or the personnel group (an office unit's) enters them: read the
 * place's people and what its share still allows ({@code GET …/schools/{code}/results} or {@code …/units/{code}/results}),
 * give everyone the same percentage — the largest the share, the rule's cap
 * and the raises' rounding up to 10 baht allow — and send it ({@code PUT}). Both requests count.
 */
final class SalaryResults {

    /** The rule's per-person cap shipped as a starting figure (personnel's salary_rule). */
    private static final BigDecimal CAP = new BigDecimal("6.00");

    /** What one place's entry took and wrote. */
    record Entry(String place, double seconds, int people, Api.Response refusal) {}

    private SalaryResults() {}

    /** The entry of a place of {@code kind} ({@code schools} or {@code units}) whose code is {@code code}. */
    static Entry enter(Api api, long roundId, String kind, String code) {
        String path = "/api/v1/personnel/salary-rounds/" + roundId + "/" + kind + "/" + code + "/results";
        Api.Response read = api.get(path);
        if (!read.ok()) {
            return new Entry(code, read.seconds(), 0, read);
        }
        List<String> ids = Json.scalars(read.body(), "person_id");
        List<String> salaries = Json.scalars(read.body(), "salary");
        BigDecimal available =
                new BigDecimal(Json.scalars(read.body(), "available").get(0));
        BigDecimal percent = percent(available, salaries);
        List<String> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add("{\"person_id\":" + id + ",\"percent\":" + percent.toPlainString() + "}");
        }
        Api.Response write = api.putJson(path, "[" + String.join(",", rows) + "]");
        return new Entry(code, read.seconds() + write.seconds(), ids.size(), write.ok() ? null : write);
    }

    /** The same percentage for all: within the share after each raise may round up by 10 baht, and the cap. */
    static BigDecimal percent(BigDecimal available, List<String> salaries) {
        BigDecimal total = salaries.stream()
                .filter(s -> !s.equals("null"))
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal room = available.subtract(BigDecimal.TEN.multiply(BigDecimal.valueOf(salaries.size())));
        if (total.signum() == 0 || room.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal p = room.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.DOWN);
        return p.min(CAP);
    }
}

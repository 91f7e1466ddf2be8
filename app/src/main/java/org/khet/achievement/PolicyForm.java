package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.khet.platform.Texts;
import org.khet.shared.FieldError;
import org.khet.shared.RejectedException;

/**
 * The policy editor as typed: the groups as rows (code, names, colour) and the rule's parameters as fields and rows
 * (cuts, bands), each list sent as parallel repeated fields. Rows left empty are dropped; a number that is not one
 * is refused by its row. The stored policy is written as these same rows, with blank rows to add more.
 */
record PolicyForm(
        String nameTh,
        String nameEn,
        Integer firstYear,
        Integer lastYear,
        int version,
        List<String> groupCode,
        List<String> groupNameTh,
        List<String> groupNameEn,
        List<String> groupColour,
        String decimals,
        List<String> cutGroup,
        List<String> cutMaxPercentile,
        List<String> cutMinMean,
        List<String> bandGroup,
        List<String> bandMin,
        String topPercent,
        String bottomPercent,
        String reference,
        String z) {

    private static final int BLANK_ROWS = 2;

    /** A row of the groups table, a cut or a band, as the page shows it. */
    record Row(String a, String b, String c, String d) {}

    static PolicyForm of(QualityPolicy p) {
        QualityPolicy.Params x = p.params();
        List<QualityPolicy.Cut> cuts = x.cuts() == null ? List.of() : x.cuts();
        List<QualityPolicy.Band> bands = x.bands() == null ? List.of() : x.bands();
        return new PolicyForm(
                p.nameTh(),
                p.nameEn(),
                p.firstYear(),
                p.lastYear(),
                p.version(),
                p.groups().stream().map(QualityPolicy.Group::code).toList(),
                p.groups().stream().map(QualityPolicy.Group::nameTh).toList(),
                p.groups().stream().map(QualityPolicy.Group::nameEn).toList(),
                p.groups().stream().map(QualityPolicy.Group::colour).toList(),
                text(x.decimals()),
                cuts.stream().map(QualityPolicy.Cut::group).toList(),
                cuts.stream().map(c -> text(c.maxPercentile())).toList(),
                cuts.stream().map(c -> text(c.minMean())).toList(),
                bands.stream().map(QualityPolicy.Band::group).toList(),
                bands.stream().map(b -> text(b.min())).toList(),
                text(x.topPercent()),
                text(x.bottomPercent()),
                x.reference(),
                text(x.z()));
    }

    public List<Row> groupRows() {
        return rows(
                groupCode, i -> new Row(at(groupCode, i), at(groupNameTh, i), at(groupNameEn, i), at(groupColour, i)));
    }

    public List<Row> cutRows() {
        return rows(cutGroup, i -> new Row(at(cutGroup, i), at(cutMaxPercentile, i), at(cutMinMean, i), ""));
    }

    public List<Row> bandRows() {
        return rows(bandGroup, i -> new Row(at(bandGroup, i), at(bandMin, i), "", ""));
    }

    /** The groups typed, without the empty rows. */
    public List<QualityPolicy.Group> groups() {
        return IntStream.range(0, size(groupCode))
                .mapToObj(i -> new QualityPolicy.Group(
                        at(groupCode, i).toUpperCase(java.util.Locale.ROOT),
                        at(groupNameTh, i),
                        at(groupNameEn, i),
                        at(groupColour, i)))
                .filter(g -> !(g.code() + g.nameTh() + g.nameEn()).isBlank())
                .toList();
    }

    /** The parameters typed; numbers that are not numbers are refused, naming their row. */
    QualityPolicy.Params params() {
        List<FieldError> errors = new ArrayList<>();
        List<QualityPolicy.Cut> cuts = new ArrayList<>();
        for (int i = 0; i < size(cutGroup); i++) {
            if (!(at(cutGroup, i) + at(cutMaxPercentile, i) + at(cutMinMean, i)).isBlank()) {
                cuts.add(new QualityPolicy.Cut(
                        at(cutGroup, i),
                        number(at(cutMaxPercentile, i), "cutMaxPercentile", i, errors),
                        number(at(cutMinMean, i), "cutMinMean", i, errors)));
            }
        }
        List<QualityPolicy.Band> bands = new ArrayList<>();
        for (int i = 0; i < size(bandGroup); i++) {
            if (!(at(bandGroup, i) + at(bandMin, i)).isBlank()) {
                bands.add(new QualityPolicy.Band(at(bandGroup, i), number(at(bandMin, i), "bandMin", i, errors)));
            }
        }
        BigDecimal places = number(decimals, "decimals", -1, errors);
        QualityPolicy.Params params = new QualityPolicy.Params(
                places == null ? null : places.intValue(),
                cuts.isEmpty() ? null : cuts,
                bands.isEmpty() ? null : bands,
                number(topPercent, "topPercent", -1, errors),
                number(bottomPercent, "bottomPercent", -1, errors),
                reference == null || reference.isBlank() ? null : reference.strip(),
                number(z, "z", -1, errors));
        if (!errors.isEmpty()) {
            throw new RejectedException(Texts.of("achievement.policy.notSaved"), errors);
        }
        return params;
    }

    private static BigDecimal number(String s, String field, int row, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(
                    field,
                    row < 0
                            ? Texts.of("achievement.policy.notNumber", s.strip())
                            : Texts.of("achievement.policy.notNumberInRow", s.strip(), row + 1)));
            return null;
        }
    }

    private static List<Row> rows(List<String> first, IntFunction<Row> row) {
        int n = size(first);
        // Rows sent empty are not shown again, so a refused form keeps just the same blank rows to add to.
        List<Row> rows = new ArrayList<>(IntStream.range(0, n)
                .mapToObj(row)
                .filter(r -> !(r.a() + r.b() + r.c()).isBlank())
                .toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row("", "", "", ""));
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null
                ? ""
                : values.get(i).strip();
    }

    private static String text(Object value) {
        return value == null
                ? ""
                : value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}

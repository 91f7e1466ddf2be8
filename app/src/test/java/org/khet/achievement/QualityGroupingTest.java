package org.khet.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.khet.shared.RejectedException;

class QualityGroupingTest {

    private static QualityPolicy policy(QualityPolicy.Rule rule, List<String> groups, QualityPolicy.Params params) {
        return new QualityPolicy(
                1,
                "T",
                "ท",
                "T",
                rule,
                groups.stream()
                        .map(g -> new QualityPolicy.Group(g, g, g, "#000000"))
                        .toList(),
                params,
                2500,
                null,
                0);
    }

    private static final QualityPolicy SEED = policy(
            QualityPolicy.Rule.RANK_PERCENTILE,
            List.of("GREEN", "YELLOW", "BLACK", "RED"),
            new QualityPolicy.Params(
                    2,
                    List.of(
                            new QualityPolicy.Cut("GREEN", d("25"), d("50")),
                            new QualityPolicy.Cut("YELLOW", d("50"), null),
                            new QualityPolicy.Cut("BLACK", d("75"), null),
                            new QualityPolicy.Cut("RED", d("100"), null)),
                    null,
                    null,
                    null,
                    null,
                    null));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static List<QualityGrouping.Entry> entries(String... means) {
        List<QualityGrouping.Entry> entries = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            entries.add(new QualityGrouping.Entry("S" + i, 20, means[i] == null ? null : d(means[i]), null));
        }
        return entries;
    }

    private static Map<String, QualityGrouping.Placement> byKey(List<QualityGrouping.Placement> placements) {
        return placements.stream().collect(Collectors.toMap(QualityGrouping.Placement::key, p -> p));
    }

    @Test
    void seedRuleSharesBestRankSkipsNextAndNeedsFiftyForGreen() {
        var placed =
                byKey(QualityGrouping.place(SEED, entries("60", "55", "55", "48", "47", "40", "30", "20", null), null));

        assertThat(placed.get("S0").rank()).isEqualTo(1);
        assertThat(placed.get("S1").rank()).isEqualTo(2);
        assertThat(placed.get("S2").rank()).isEqualTo(2);
        assertThat(placed.get("S3").rank()).isEqualTo(4);
        assertThat(placed.get("S3").percentile()).isEqualByComparingTo("50");
        assertThat(placed.get("S4").percentile()).isEqualByComparingTo("62.5");
        assertThat(placed.values().stream()
                        .filter(QualityGrouping.Placement::hasData)
                        .sorted(java.util.Comparator.comparing(QualityGrouping.Placement::key))
                        .map(QualityGrouping.Placement::group))
                .containsExactly("GREEN", "GREEN", "GREEN", "YELLOW", "BLACK", "BLACK", "RED", "RED");
        // The school without results is "no data": not ranked and not counted in N (N = 8, not 9).
        assertThat(placed.get("S8").rank()).isNull();
        assertThat(placed.get("S8").group()).isNull();
    }

    @Test
    void topQuarterBelowFiftyIsYellowNotGreen() {
        var placed = byKey(QualityGrouping.place(SEED, entries("45", "44", "43", "42"), null));
        assertThat(placed.get("S0").group()).isEqualTo("YELLOW");
        assertThat(placed.get("S1").group()).isEqualTo("YELLOW");
        assertThat(placed.get("S2").group()).isEqualTo("BLACK");
        assertThat(placed.get("S3").group()).isEqualTo("RED");
    }

    @Test
    void meansAreComparedAtThePolicysDecimals() {
        var placed = byKey(QualityGrouping.place(SEED, entries("50.004", "49.996", "49.994", "10"), null));
        assertThat(placed.get("S0").rank()).isEqualTo(1);
        assertThat(placed.get("S1").rank()).isEqualTo(1);
        assertThat(placed.get("S0").mean()).isEqualByComparingTo("50.00");
        assertThat(placed.get("S2").rank()).isEqualTo(3);
        assertThat(placed.get("S2").mean()).isEqualByComparingTo("49.99");
    }

    @Test
    void schoolsWithoutExamineesAreNoData() {
        var entries = new ArrayList<>(entries("70", "60"));
        entries.add(new QualityGrouping.Entry("EMPTY", 0, d("0"), null));
        var placed = byKey(QualityGrouping.place(SEED, entries, null));
        assertThat(placed.get("EMPTY").hasData()).isFalse();
        assertThat(placed.get("S1").percentile()).isEqualByComparingTo("100");
    }

    private static final QualityPolicy OBEC = policy(
            QualityPolicy.Rule.REFERENCE_TAILS,
            List.of("TOP", "ABOVE", "BELOW", "BOTTOM"),
            new QualityPolicy.Params(2, null, null, d("10"), d("10"), "NATIONAL", null));

    @Test
    void obecRuleTakesTailsByRankAndSplitsTheMiddleAtTheReference() {
        String[] means = new String[20];
        for (int i = 0; i < 20; i++) {
            means[i] = String.valueOf(70 - i * 2);
        }
        var placed = byKey(QualityGrouping.place(OBEC, entries(means), d("50")));
        assertThat(placed.get("S0").group()).isEqualTo("TOP");
        assertThat(placed.get("S1").group()).isEqualTo("TOP");
        assertThat(placed.get("S2").group()).isEqualTo("ABOVE");
        assertThat(placed.get("S10").group()).isEqualTo("ABOVE"); // 50 is at the reference
        assertThat(placed.get("S11").group()).isEqualTo("BELOW");
        assertThat(placed.get("S17").group()).isEqualTo("BELOW");
        assertThat(placed.get("S18").group()).isEqualTo("BOTTOM");
        assertThat(placed.get("S19").group()).isEqualTo("BOTTOM");
    }

    @Test
    void obecRuleWithoutReferenceIsRefusedWithAReason() {
        assertThatThrownBy(() -> QualityGrouping.place(OBEC, entries("70", "60", "50", "40", "30"), null))
                .isInstanceOf(RejectedException.class)
                .hasMessageContaining("NATIONAL");
    }

    @Test
    void fixedBandsCutOnTheMean() {
        var bands = policy(
                QualityPolicy.Rule.MEAN_BANDS,
                List.of("FROM_50", "FROM_45", "FROM_40", "UNDER_40"),
                new QualityPolicy.Params(
                        2,
                        null,
                        List.of(
                                new QualityPolicy.Band("FROM_50", d("50")),
                                new QualityPolicy.Band("FROM_45", d("45")),
                                new QualityPolicy.Band("FROM_40", d("40")),
                                new QualityPolicy.Band("UNDER_40", d("0"))),
                        null,
                        null,
                        null,
                        null));
        var placed = byKey(QualityGrouping.place(bands, entries("39.99", "40", "44.999", "45", "50"), null));
        assertThat(placed.get("S0").group()).isEqualTo("UNDER_40");
        assertThat(placed.get("S1").group()).isEqualTo("FROM_40");
        assertThat(placed.get("S2").group()).isEqualTo("FROM_45"); // 44.999 is 45.00 at two decimals
        assertThat(placed.get("S3").group()).isEqualTo("FROM_45");
        assertThat(placed.get("S4").group()).isEqualTo("FROM_50");
    }

    @Test
    void lowerLimitRuleBandsTheShareAndNeedsStudentData() {
        var onesqa = policy(
                QualityPolicy.Rule.LOWER_LIMIT_SHARE,
                List.of("EXCELLENT", "GOOD", "FAIR", "IMPROVE"),
                new QualityPolicy.Params(
                        2,
                        null,
                        List.of(
                                new QualityPolicy.Band("EXCELLENT", d("75")),
                                new QualityPolicy.Band("GOOD", d("50")),
                                new QualityPolicy.Band("FAIR", d("25")),
                                new QualityPolicy.Band("IMPROVE", d("0"))),
                        null,
                        null,
                        "NATIONAL",
                        d("2.58")));
        var entries = List.of(
                new QualityGrouping.Entry("A", 30, d("55"), d("80")),
                new QualityGrouping.Entry("B", 30, d("45"), d("50")),
                new QualityGrouping.Entry("C", 30, d("35"), d("24.99")),
                new QualityGrouping.Entry("D", 30, d("60"), null));
        var placed = byKey(QualityGrouping.place(onesqa, entries, null));
        assertThat(placed.get("A").group()).isEqualTo("EXCELLENT");
        assertThat(placed.get("B").group()).isEqualTo("GOOD");
        assertThat(placed.get("C").group()).isEqualTo("IMPROVE");
        assertThat(placed.get("D").hasData()).isFalse();
        assertThat(placed.get("A").rank()).isEqualTo(1);
    }
}

package org.khet.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Assembles the area dashboard: groups per subject, the school × subject table, trends, references, networks. */
@Component
class AreaDashboard {

    /** A column of the dashboard: a subject of the exam in that year, or ALL. */
    record Column(String code, String name) {}

    /** A school's cell in a subject: its mean, rank and group (all null for no data). */
    record Cell(BigDecimal mean, Integer rank, String group) {}

    /** A row of the school × subject table. */
    record SchoolRow(long schoolId, String code, String name, String network, Map<String, Cell> cells) {

        public Cell cell(String subject) {
            return cells.getOrDefault(subject, new Cell(null, null, null));
        }
    }

    /** How many schools fall in each group for one subject, and how many have no data. */
    record Distribution(Column subject, Map<String, Integer> counts, int noData, int ranked) {}

    /** The area beside its references in one subject. */
    record Comparison(Column subject, BigDecimal area, BigDecimal province, BigDecimal obec, BigDecimal national) {

        public BigDecimal againstNational() {
            return area == null || national == null
                    ? null
                    : area.subtract(national).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A network's means, one per subject. */
    record NetworkRow(String network, Map<String, BigDecimal> means) {}

    /** Everything the page shows. */
    record View(
            Selection selection,
            QualityPolicy policy,
            List<Column> columns,
            List<Distribution> distributions,
            List<SchoolRow> schools,
            List<Comparison> comparisons,
            List<NetworkRow> networks,
            Map<String, Object> distributionChart,
            Map<String, Map<String, Object>> trendCharts,
            Map<String, Object> networkChart) {}

    private final Exams exams;
    private final Results results;
    private final References references;
    private final QualityGroups groups;
    private final QualityPolicies policies;
    private final ViewCache cache;
    private final MessageSource messages;

    AreaDashboard(
            Exams exams,
            Results results,
            References references,
            QualityGroups groups,
            QualityPolicies policies,
            ViewCache cache,
            MessageSource messages) {
        this.messages = messages;
        this.cache = cache;
        this.exams = exams;
        this.results = results;
        this.references = references;
        this.groups = groups;
        this.policies = policies;
    }

    /** Each subject's placements, keyed by subject code; schools in rank order. */
    Map<String, List<QualityGroups.SchoolPlacement>> placements(Selection s, QualityPolicy policy, List<Column> cols) {
        return groups.history(
                        s.area().id(),
                        s.exam(),
                        s.grade(),
                        Map.of(s.year(), cols.stream().map(Column::code).toList()),
                        year -> policy)
                .get(s.year());
    }

    /** The dashboard of a selection, kept until the area's data changes. */
    View build(Selection s, String language) {
        return cache.get(s.area().id(), "dashboard", List.of(s, language), () -> compute(s, language));
    }

    private View compute(Selection s, String language) {
        Exams.Catalogue catalogue = exams.catalogue();
        QualityPolicy policy = policies.inForce(s.policy(), s.year());
        List<Column> columns = exams.columns(catalogue, s.exam(), s.grade(), s.year(), language);
        Map<String, List<QualityGroups.SchoolPlacement>> placed = placements(s, policy, columns);
        List<Distribution> distributions = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            policy.groups().forEach(g -> counts.put(g.code(), 0));
            int noData = 0;
            for (QualityGroups.SchoolPlacement p : placed.get(c.code())) {
                if (p.hasData()) {
                    counts.merge(p.group(), 1, Integer::sum);
                } else {
                    noData++;
                }
            }
            int ranked = counts.values().stream().mapToInt(Integer::intValue).sum();
            distributions.add(new Distribution(c, counts, noData, ranked));
        }
        List<SchoolRow> schools = schoolRows(placed);
        List<Results.Mean> area = results.areaTrend(s.area().id(), s.exam(), s.grade());
        List<References.ScopeMean> refs = references.sitting(
                s.exam(), s.grade(), List.of(References.NATIONAL, References.OBEC, provinceScope(s)));
        List<Comparison> comparisons = comparisons(s, columns, area, refs);
        List<NetworkRow> networks = networkRows(s, columns);
        return new View(
                s,
                policy,
                columns,
                distributions,
                schools,
                comparisons,
                networks,
                distributionChart(policy, distributions, language),
                trendCharts(s, columns, area, refs, language),
                networkChart(networks, language));
    }

    /** A word of the charts, in the language of the page. */
    private String label(String key, String language) {
        return messages.getMessage("achievement.chart." + key, null, java.util.Locale.forLanguageTag(language));
    }

    static List<SchoolRow> schoolRows(Map<String, List<QualityGroups.SchoolPlacement>> placed) {
        Map<Long, SchoolRow> rows = new LinkedHashMap<>();
        for (var entry : placed.entrySet()) {
            for (QualityGroups.SchoolPlacement p : entry.getValue()) {
                rows.computeIfAbsent(
                                p.schoolId(),
                                id -> new SchoolRow(id, p.schoolCode(), p.nameTh(), p.network(), new HashMap<>()))
                        .cells()
                        .put(entry.getKey(), new Cell(p.mean(), p.rank(), p.group()));
            }
        }
        return rows.values().stream()
                .sorted(Comparator.comparing(
                                (SchoolRow r) -> r.cell(Results.ALL).rank(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SchoolRow::code))
                .toList();
    }

    private static List<Comparison> comparisons(
            Selection s, List<Column> columns, List<Results.Mean> trend, List<References.ScopeMean> refs) {
        Map<String, BigDecimal> area = trend.stream()
                .filter(m -> m.academicYear() == s.year())
                .collect(Collectors.toMap(Results.Mean::subject, Results.Mean::mean, (a, b) -> a));
        List<Comparison> rows = new ArrayList<>();
        for (Column c : columns) {
            BigDecimal areaMean = Results.ALL.equals(c.code()) ? average(area.values()) : area.get(c.code());
            rows.add(new Comparison(
                    c,
                    areaMean,
                    References.meanOf(refs, s.year(), provinceScope(s), c.code()),
                    References.meanOf(refs, s.year(), References.OBEC, c.code()),
                    References.meanOf(refs, s.year(), References.NATIONAL, c.code())));
        }
        return rows;
    }

    /** The province reference: the one loaded for the area's province, if any. */
    static String provinceScope(Selection s) {
        return References.province(s.area().province() == null ? "" : s.area().province());
    }

    private List<NetworkRow> networkRows(Selection s, List<Column> columns) {
        Map<String, Map<String, BigDecimal>> byNetwork = new LinkedHashMap<>();
        for (Results.Mean m : results.networkMeans(s.area().id(), s.year(), s.exam(), s.grade())) {
            byNetwork.computeIfAbsent(m.key(), k -> new LinkedHashMap<>()).put(m.subject(), m.mean());
        }
        List<NetworkRow> rows = new ArrayList<>();
        byNetwork.forEach((network, means) -> {
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            for (Column c : columns) {
                ordered.put(c.code(), Results.ALL.equals(c.code()) ? average(means.values()) : means.get(c.code()));
            }
            rows.add(new NetworkRow(network, ordered));
        });
        rows.sort(Comparator.comparing(
                        (NetworkRow r) -> r.means().get(Results.ALL), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(NetworkRow::network));
        return rows;
    }

    static BigDecimal average(java.util.Collection<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(v -> v != null).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }

    private Map<String, Object> distributionChart(
            QualityPolicy policy, List<Distribution> distributions, String language) {
        List<String> labels =
                distributions.stream().map(d -> d.subject().name()).toList();
        List<Charts.Stack> stacks = new ArrayList<>();
        for (QualityPolicy.Group g : policy.groups()) {
            stacks.add(new Charts.Stack(
                    g.name(language),
                    g.colour(),
                    distributions.stream().map(d -> d.counts().get(g.code())).toList()));
        }
        stacks.add(new Charts.Stack(
                label("noData", language),
                "#ced4da",
                distributions.stream().map(Distribution::noData).toList()));
        return Charts.stackedBars(labels, stacks, label("schools", language));
    }

    private Map<String, Map<String, Object>> trendCharts(
            Selection s,
            List<Column> columns,
            List<Results.Mean> area,
            List<References.ScopeMean> refs,
            String language) {
        String province = provinceScope(s);
        List<Integer> years = new ArrayList<>(new TreeSet<>(s.years()));
        Map<String, Map<String, Object>> charts = new LinkedHashMap<>();
        for (Column c : columns) {
            if (Results.ALL.equals(c.code())) {
                continue;
            }
            List<Charts.Line> lines = new ArrayList<>();
            lines.add(new Charts.Line(
                    label("thisArea", language), Charts.AREA_COLOUR, series(years, byYear(area, c.code())), false));
            lines.add(new Charts.Line(
                    label("province", language),
                    Charts.PROVINCE_COLOUR,
                    series(years, scopeByYear(refs, province, c.code())),
                    true));
            lines.add(new Charts.Line(
                    label("national", language),
                    Charts.NATIONAL_COLOUR,
                    series(years, scopeByYear(refs, References.NATIONAL, c.code())),
                    true));
            charts.put(c.code(), Charts.lines(years, lines, label("mean", language)));
        }
        return charts;
    }

    static Map<Integer, BigDecimal> byYear(List<Results.Mean> means, String subject) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        means.stream().filter(m -> m.subject().equals(subject)).forEach(m -> byYear.put(m.academicYear(), m.mean()));
        return byYear;
    }

    static Map<Integer, BigDecimal> scopeByYear(List<References.ScopeMean> refs, String scope, String subject) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        refs.stream()
                .filter(m -> m.scope().equals(scope) && m.subject().equals(subject))
                .forEach(m -> byYear.put(m.academicYear(), m.mean().setScale(2, RoundingMode.HALF_UP)));
        return byYear;
    }

    static List<BigDecimal> series(List<Integer> years, Map<Integer, BigDecimal> byYear) {
        List<BigDecimal> values = new ArrayList<>();
        years.forEach(y -> values.add(byYear.get(y)));
        return values;
    }

    private Map<String, Object> networkChart(List<NetworkRow> networks, String language) {
        return Charts.bars(
                networks.stream().map(NetworkRow::network).toList(),
                label("allSubjects", language),
                networks.stream().map(n -> n.means().get(Results.ALL)).toList(),
                label("mean", language));
    }
}

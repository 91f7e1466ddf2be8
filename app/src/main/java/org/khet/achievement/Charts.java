package org.khet.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations built on the server as plain maps; the page carries them in a data attribute and
 * khet-charts.js draws them. No script is written into the page.
 */
final class Charts {

    static final String AREA_COLOUR = "#0b5394";
    static final String NATIONAL_COLOUR = "#6c757d";
    static final String PROVINCE_COLOUR = "#b45f06";
    static final String SCHOOL_COLOUR = "#1b7f3b";

    private Charts() {}

    /** A line of a line chart: a label, its colour, and one value (or null) per label on the x axis. */
    record Line(String label, String colour, List<BigDecimal> values, boolean dashed) {}

    static Map<String, Object> lines(List<Integer> years, List<Line> lines, String yTitle) {
        List<Object> datasets = new ArrayList<>();
        for (Line l : lines) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", l.label());
            d.put("data", l.values());
            d.put("borderColor", l.colour());
            d.put("backgroundColor", l.colour());
            d.put("spanGaps", true);
            d.put("tension", 0.2);
            if (l.dashed()) {
                d.put("borderDash", List.of(6, 4));
            }
            datasets.add(d);
        }
        return Map.of(
                "type",
                "line",
                "data",
                Map.of("labels", years, "datasets", datasets),
                "options",
                Map.of(
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of("y", Map.of("min", 0, "max", 100, "title", Map.of("display", true, "text", yTitle))),
                        "plugins",
                        Map.of("legend", Map.of("position", "bottom"))));
    }

    /** A stack of one bar per subject, one colour per group: how many schools fall in each group. */
    record Stack(String label, String colour, List<Integer> counts) {}

    static Map<String, Object> stackedBars(List<String> subjects, List<Stack> stacks, String xTitle) {
        List<Object> datasets = new ArrayList<>();
        for (Stack s : stacks) {
            datasets.add(Map.of("label", s.label(), "data", s.counts(), "backgroundColor", s.colour()));
        }
        return Map.of(
                "type",
                "bar",
                "data",
                Map.of("labels", subjects, "datasets", datasets),
                "options",
                Map.of(
                        "indexAxis",
                        "y",
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of(
                                "x",
                                Map.of("stacked", true, "title", Map.of("display", true, "text", xTitle)),
                                "y",
                                Map.of("stacked", true)),
                        "plugins",
                        Map.of("legend", Map.of("position", "bottom"))));
    }

    /** Bars of one value per label (networks' means), with a target line drawn as a second dataset. */
    static Map<String, Object> bars(List<String> labels, String label, List<BigDecimal> values, String xTitle) {
        return Map.of(
                "type",
                "bar",
                "data",
                Map.of(
                        "labels",
                        labels,
                        "datasets",
                        List.of(Map.of("label", label, "data", values, "backgroundColor", AREA_COLOUR))),
                "options",
                Map.of(
                        "indexAxis",
                        "y",
                        "maintainAspectRatio",
                        false,
                        "scales",
                        Map.of("x", Map.of("min", 0, "max", 100, "title", Map.of("display", true, "text", xTitle))),
                        "plugins",
                        Map.of("legend", Map.of("display", false))));
    }

    /** A subject's chart with its configuration written as JSON, for a page's {@code data-chart} attribute. */
    record SubjectChart(String subject, String config) {}

    /** The charts of the columns that have one, in column order. */
    static List<SubjectChart> perSubject(
            List<AreaDashboard.Column> columns,
            Map<String, Map<String, Object>> charts,
            tools.jackson.databind.json.JsonMapper json) {
        List<SubjectChart> list = new ArrayList<>();
        for (AreaDashboard.Column c : columns) {
            if (charts.containsKey(c.code())) {
                list.add(new SubjectChart(c.name(), json.writeValueAsString(charts.get(c.code()))));
            }
        }
        return list;
    }
}

package org.khet.procurement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khet.platform.Texts;
import org.khet.thai.BuddhistDates;
import org.springframework.context.NoSuchMessageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A flag's evidence or threshold (JSON) as lines a person reads: each field named in their language, amounts with
 * thousands separators, days as dates, a method by its name, and a list (of bids, purchases) one line per row.
 */
final class Evidence {

    /** A labelled value; {@code rows} when the value is a list. */
    record Line(String label, String value, List<String> rows) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The order a reader expects (PostgreSQL's jsonb keeps keys by length, not as written): what was bought, then
     * the figures, then the lists; a key not named here comes last.
     */
    private static final List<String> ORDER = List.of(
            "method",
            "supplier",
            "tenderStart",
            "tenderEnd",
            "days",
            "day",
            "fiscalYearEnd",
            "referencePrice",
            "awarded",
            "differencePercent",
            "ceiling",
            "total",
            "specificTotal",
            "lastDaysTotal",
            "supplierTotal",
            "supplierAwards",
            "buyerTotal",
            "buyerAwards",
            "sharePercent",
            "bidCount",
            "disqualifiedCount",
            "lowest");

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Evidence() {}

    static JsonNode tree(String json) {
        return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
    }

    static List<Line> lines(String json, String prefix, String language) {
        List<Line> lines = new ArrayList<>();
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(tree(json).properties());
        fields.sort(java.util.Comparator.comparingInt(f -> rank(f.getKey())));
        for (Map.Entry<String, JsonNode> field : fields) {
            JsonNode value = field.getValue();
            String label = label(prefix + field.getKey(), field.getKey(), language);
            if (value.isArray()) {
                List<String> rows = new ArrayList<>();
                value.forEach(row -> rows.add(row.isObject() ? row(row, language) : text(null, row, language)));
                lines.add(new Line(label, rows.isEmpty() ? "—" : "", rows));
            } else if (value.isObject()) {
                lines.add(new Line(label, row(value, language), List.of()));
            } else {
                lines.add(new Line(label, text(field.getKey(), value, language), List.of()));
            }
        }
        return lines;
    }

    /** One row of a list: its fields, a true flag by its name alone, a false one left out. */
    private static String row(JsonNode row, String language) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            JsonNode v = field.getValue();
            String label = label("procurement.flag.evidence." + field.getKey(), field.getKey(), language);
            if (v.isBoolean()) {
                if (v.booleanValue()) {
                    parts.add(label);
                }
            } else if (!(v.isString() && v.stringValue().isEmpty())) {
                parts.add(label + " " + text(field.getKey(), v, language));
            }
        }
        return String.join(" · ", parts);
    }

    private static String text(String key, JsonNode v, String language) {
        if (v.isNumber()) {
            DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            return f.format(new BigDecimal(v.asString()));
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(text(null, x, language)));
            return String.join(", ", parts);
        }
        String s = v.asString();
        if ("method".equals(key)) {
            return Method.named(s).map(m -> m.label().in(language)).orElse(s);
        }
        if ("what".equals(key)) {
            return label("procurement.flag.evidence.shares." + s, s, language);
        }
        try {
            LocalDate day = LocalDate.parse(s);
            return "en".equals(language) ? EN_DATE.format(day) : BuddhistDates.abbreviated(day);
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }

    private static String label(String key, String fallback, String language) {
        try {
            return Texts.of(key).in(language);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}

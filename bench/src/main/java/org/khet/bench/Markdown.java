package org.khet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A results document in Markdown, built section by section; cells are escaped so app messages cannot break it. */
final class Markdown {

    private final StringBuilder out = new StringBuilder();
    private final List<List<String>> rows = new ArrayList<>();

    void heading(int level, String text) {
        flush();
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    void paragraph(String text) {
        flush();
        out.append(text).append("\n\n");
    }

    void bullets(List<String> items) {
        flush();
        items.forEach(i -> out.append("- ").append(i).append('\n'));
        out.append('\n');
    }

    void keyValues(Map<String, String> values) {
        flush();
        out.append("| | |\n|---|---|\n");
        values.forEach((k, v) ->
                out.append("| ").append(cell(k)).append(" | ").append(cell(v)).append(" |\n"));
        out.append('\n');
    }

    /** Adds a row to the current measure/value/notes table, which is written out before the next section. */
    void measure(String what, String value, String notes) {
        rows.add(List.of(what, value, notes));
    }

    String text() {
        flush();
        return out.toString();
    }

    private void flush() {
        if (rows.isEmpty()) {
            return;
        }
        out.append("| Measure | Value | Notes |\n|---|---:|---|\n");
        for (List<String> r : rows) {
            out.append("| ")
                    .append(cell(r.get(0)))
                    .append(" | ")
                    .append(cell(r.get(1)))
                    .append(" | ")
                    .append(cell(r.get(2)))
                    .append(" |\n");
        }
        out.append('\n');
        rows.clear();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}

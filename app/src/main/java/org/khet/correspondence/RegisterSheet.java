package org.khet.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khet.platform.Report;
import org.khet.platform.Texts;

/**
 * A register on paper and in Excel, in the regulation's layout (ทะเบียนหนังสือรับ/ส่ง): the title names the
 * register, the organisation and the year; the columns are the regulation's, in its order and proportions; a
 * cancelled row stays, struck through, with the reason in its remarks. On paper the rows of each day stand under
 * that day's heading, as in the regulation's form; in Excel they are one table with the day in a column of its own,
 * to sort and filter.
 */
final class RegisterSheet {

    static final List<String> COLUMNS =
            List.of("sequence", "number", "dated", "from", "to", "subject", "action", "remarks");

    /** The columns' widths on an A4 landscape page, as the regulation's form gives them room. */
    private static final List<Float> WIDTHS = List.of(9f, 12f, 9f, 15f, 16f, 26f, 8f, 12f);

    private final Organisation org;
    private final Register register;
    private final RegisterPeriod period;
    private final List<RegisterBook.Line> lines;
    private final String printedOn;
    private final String language;

    RegisterSheet(
            Organisation org,
            Register register,
            RegisterPeriod period,
            List<RegisterBook.Line> lines,
            String printedOn,
            String language) {
        this.org = org;
        this.register = register;
        this.period = period;
        this.lines = lines;
        this.printedOn = printedOn;
        this.language = language;
    }

    /** For paper: one table per day registered, headed by the day. */
    Report paper() {
        Map<LocalDate, List<List<Report.Cell>>> days = new LinkedHashMap<>();
        for (RegisterBook.Line l : lines) {
            days.computeIfAbsent(l.day(), d -> new ArrayList<>()).add(row(l));
        }
        List<String> header = header();
        List<Report.Table> tables = new ArrayList<>();
        days.forEach((day, rows) -> tables.add(new Report.Table(
                text("correspondence.registers.day", RegisterBook.day(day, language)), header, rows, WIDTHS)));
        return new Report(title(), span() + " · " + subtitle(), tables);
    }

    /** For a workbook: one table, the day registered in its own column after the number. */
    Report workbook() {
        List<String> header = new ArrayList<>(header());
        header.add(1, text("correspondence.registers.col.registeredOn"));
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (RegisterBook.Line l : lines) {
            List<Report.Cell> row = new ArrayList<>(row(l));
            Report.Cell day = Report.Cell.text(l.registeredOn());
            row.add(1, l.cancelled() ? day.struckThrough() : day);
            rows.add(row);
        }
        return new Report(title(), subtitle(), List.of(new Report.Table(span(), header, rows)));
    }

    private String title() {
        return text("correspondence.registers.paperTitle", register.label().in(language), org.nameTh(), period.year());
    }

    private String span() {
        return period.wholeYear()
                ? text("correspondence.registers.wholeYear", period.year())
                : text(
                        "correspondence.registers.period",
                        RegisterBook.date(period.from(), language),
                        RegisterBook.date(period.to(), language));
    }

    private String subtitle() {
        return text("correspondence.registers.count", lines.size()) + " · "
                + text("correspondence.registers.printed", printedOn);
    }

    private List<String> header() {
        return COLUMNS.stream()
                .map(c -> text("correspondence.registers.col." + c))
                .toList();
    }

    private List<Report.Cell> row(RegisterBook.Line l) {
        List<Report.Cell> cells = new ArrayList<>(List.of(
                Report.Cell.count(l.sequence()),
                Report.Cell.text(l.letterNumber()),
                Report.Cell.text(l.dated()),
                Report.Cell.text(l.from()),
                Report.Cell.text(l.to()),
                Report.Cell.text(l.subject()),
                Report.Cell.text(l.action())));
        if (!l.cancelled()) {
            cells.add(Report.Cell.text(l.remarks()));
            return cells;
        }
        // The row stays legible under its line; the reason is not struck, it is what the reader looks for.
        List<Report.Cell> struck =
                new ArrayList<>(cells.stream().map(Report.Cell::struckThrough).toList());
        String reason = text("correspondence.registers.cancelled", l.cancelledReason());
        struck.add(Report.Cell.text(l.remarks().isBlank() ? reason : l.remarks() + " " + reason));
        return struck;
    }

    private String text(String key, Object... args) {
        return Texts.of(key, args).in(language);
    }
}

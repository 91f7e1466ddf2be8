package org.khet.correspondence;

import java.util.ArrayList;
import java.util.List;
import org.khet.platform.Report;
import org.khet.platform.Texts;

/**
 * A register on paper and in Excel, in the regulation's layout (ทะเบียนหนังสือรับ/ส่ง): the title names the
 * register, the organisation and the year; the columns are the regulation's, in its order and proportions; a
 * cancelled row stays, struck through, with the reason in its remarks.
 */
final class RegisterSheet {

    static final List<String> COLUMNS =
            List.of("sequence", "number", "dated", "from", "to", "subject", "action", "remarks");

    /** The columns' widths on an A4 landscape page, as the regulation's form gives them room. */
    private static final List<Float> WIDTHS = List.of(9f, 12f, 9f, 15f, 16f, 26f, 8f, 12f);

    private RegisterSheet() {}

    static Report of(
            Organisation org,
            Register register,
            RegisterPeriod period,
            List<RegisterBook.Line> lines,
            String printedOn,
            String language) {
        String title = text(
                "correspondence.registers.paperTitle",
                language,
                register.label().in(language),
                org.nameTh(),
                period.year());
        String span = period.wholeYear()
                ? text("correspondence.registers.wholeYear", language, period.year())
                : text(
                        "correspondence.registers.period",
                        language,
                        RegisterBook.date(period.from(), language),
                        RegisterBook.date(period.to(), language));
        String subtitle = text("correspondence.registers.count", language, lines.size()) + " · "
                + text("correspondence.registers.printed", language, printedOn);
        List<String> header = COLUMNS.stream()
                .map(c -> text("correspondence.registers.col." + c, language))
                .toList();
        List<List<Report.Cell>> rows = new ArrayList<>();
        for (RegisterBook.Line l : lines) {
            rows.add(row(l, language));
        }
        return new Report(title, subtitle, List.of(new Report.Table(span, header, rows, WIDTHS)));
    }

    private static List<Report.Cell> row(RegisterBook.Line l, String language) {
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
        String reason = text("correspondence.registers.cancelled", language, l.cancelledReason());
        struck.add(Report.Cell.text(l.remarks().isBlank() ? reason : l.remarks() + " " + reason));
        return struck;
    }

    private static String text(String key, String language, Object... args) {
        return Texts.of(key, args).in(language);
    }
}

package org.khet.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * A report as tables, whatever the screen it comes from: written to Excel by {@link ReportWorkbook} and to a
 * Thai PDF by {@link ReportPdf}, so both exports show the same figures as the page.
 */
public record Report(String title, String subtitle, List<Table> tables) {

    /**
     * A titled table; every row has as many cells as the header. {@code widths} are the columns' relative widths on
     * paper, one per column, for a form whose layout is prescribed (a register); null: as wide as their text.
     */
    public record Table(String title, List<String> header, List<List<Cell>> rows, List<Float> widths) {

        public Table(String title, List<String> header, List<List<Cell>> rows) {
            this(title, header, rows, null);
        }
    }

    /**
     * A cell: text or a number, with an optional background colour (#RRGGBB) such as a quality group's; a {@code
     * struck} cell is shown struck through (a cancelled register row, which must stay legible).
     */
    public record Cell(String text, BigDecimal number, String background, boolean struck) {

        public Cell(String text, BigDecimal number, String background) {
            this(text, number, background, false);
        }

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, null);
        }

        /** A number shown with two decimals; null shows as a dash. */
        public static Cell number(BigDecimal number) {
            return new Cell(
                    number == null
                            ? "–"
                            : number.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    number,
                    null);
        }

        /** Baht with thousands grouped and two decimals (1,234,567.50), as money is written on official papers. */
        public static Cell baht(BigDecimal amount) {
            return amount == null
                    ? number(null)
                    : new Cell(
                            new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                                    .format(amount.setScale(2, RoundingMode.HALF_UP)),
                            amount,
                            null);
        }

        public static Cell count(long n) {
            return new Cell(String.valueOf(n), BigDecimal.valueOf(n), null);
        }

        public Cell on(String colour) {
            return new Cell(text, number, colour, struck);
        }

        /** The same cell struck through. */
        public Cell struckThrough() {
            return new Cell(text, number, background, true);
        }
    }
}

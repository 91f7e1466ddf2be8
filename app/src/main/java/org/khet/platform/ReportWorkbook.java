package org.khet.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link Report} as an Excel workbook: one sheet per table, titled, with a bold grey header row frozen above the
 * rows, numbers as numbers and coloured cells in their colour.
 */
final class ReportWorkbook {

    private ReportWorkbook() {}

    static byte[] of(Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            int n = 0;
            for (Report.Table table : report.tables()) {
                XSSFSheet sheet = book.createSheet(sheetName(++n, table.title()));
                XSSFRow title = sheet.createRow(0);
                title.createCell(0).setCellValue(report.title() + " · " + table.title());
                title.getCell(0).setCellStyle(styles.title);
                sheet.createRow(1).createCell(0).setCellValue(report.subtitle());
                int[] widths = header(sheet.createRow(3), table, styles);
                int r = 4;
                for (var row : table.rows()) {
                    XSSFRow line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        cell(line, c, row.get(c), styles);
                        widths[c] = Math.max(widths[c], row.get(c).text().length());
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, Math.min(60, widths[c] + 3) * 256);
                }
                sheet.createFreezePane(1, 4);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header row; answers each column's width so far, in characters. */
    private static int[] header(XSSFRow header, Report.Table table, Styles styles) {
        int[] widths = new int[table.header().size()];
        for (int c = 0; c < table.header().size(); c++) {
            header.createCell(c).setCellValue(table.header().get(c));
            header.getCell(c).setCellStyle(styles.header);
            widths[c] = table.header().get(c).length();
        }
        return widths;
    }

    private static void cell(XSSFRow line, int c, Report.Cell cell, Styles styles) {
        var x = line.createCell(c);
        if (cell.number() != null) {
            x.setCellValue(cell.number().doubleValue());
        } else {
            x.setCellValue(cell.text());
        }
        if (cell.background() != null) {
            x.setCellStyle(styles.coloured(cell.background(), cell.number() != null));
        } else if (cell.struck()) {
            x.setCellStyle(styles.struck);
        }
    }

    private static String sheetName(int n, String title) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        String name = n + " " + clean;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** A workbook's cell styles, each made once: a workbook holds a limited number of them. */
    private static final class Styles {

        private final XSSFWorkbook book;
        private final XSSFCellStyle title;
        private final XSSFCellStyle header;
        private final XSSFCellStyle struck;
        private final Map<String, XSSFCellStyle> coloured = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            this.title = book.createCellStyle();
            XSSFFont titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title.setFont(titleFont);
            this.header = book.createCellStyle();
            XSSFFont boldFont = book.createFont();
            boldFont.setBold(true);
            header.setFont(boldFont);
            header.setFillForegroundColor(new XSSFColor(ReportColours.rgb(ReportColours.HEADER)));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            this.struck = book.createCellStyle();
            XSSFFont struckFont = book.createFont();
            struckFont.setStrikeout(true);
            struck.setFont(struckFont);
        }

        /** The style of cells on a colour, kept per colour: a report's coloured cells are all numbers or all text. */
        XSSFCellStyle coloured(String hex, boolean numeric) {
            return coloured.computeIfAbsent(hex, bg -> {
                XSSFCellStyle style = book.createCellStyle();
                style.setFillForegroundColor(new XSSFColor(ReportColours.rgb(bg)));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                XSSFFont font = book.createFont();
                font.setColor(new XSSFColor(ReportColours.rgb(ReportColours.textOn(bg))));
                style.setFont(font);
                if (numeric) {
                    style.setAlignment(HorizontalAlignment.RIGHT);
                    style.setDataFormat(book.createDataFormat().getFormat("0.00"));
                }
                return style;
            });
        }
    }
}

package org.khet.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.BreakIterator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Report} as an Excel workbook (one sheet per table) or as an A4 PDF set in Sarabun. Thai in the
 * PDF is shaped by OpenPDF's layout processor (tone marks sit where they belong) and breaks lines between words,
 * found with a Thai word iterator, since Thai has no spaces.
 */
@Component
public class ReportFiles {

    private static final java.util.Locale THAI = java.util.Locale.forLanguageTag("th");

    private final BaseFont regular;
    private final BaseFont bold;

    ReportFiles() {
        // Process-wide in OpenPDF, and it refuses to be enabled twice (several application contexts in tests).
        synchronized (LayoutProcessor.class) {
            if (!LayoutProcessor.isEnabled()) {
                LayoutProcessor.enableKernLiga();
                LayoutProcessor.setWriteActualText();
            }
        }
        this.regular = font("Sarabun_400Regular.ttf");
        this.bold = font("Sarabun_700Bold.ttf");
    }

    /** The layout processor reads the font from a file, so the bundled font is copied out once. */
    private static BaseFont font(String name) {
        try (InputStream in = ReportFiles.class.getResourceAsStream("/fonts/" + name)) {
            Path file = Files.createTempFile("khet-", "-" + name);
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report as a download: {@code format} is xlsx or pdf; anything else is not found. */
    public org.springframework.http.ResponseEntity<byte[]> download(Report report, String name, String format) {
        boolean excel = "xlsx".equals(format);
        if (!excel && !"pdf".equals(format)) {
            throw new org.khet.shared.NotFoundException("format");
        }
        return org.springframework.http.ResponseEntity.ok()
                .contentType(
                        excel
                                ? org.springframework.http.MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                                : org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name + "." + format, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(excel ? excel(report) : pdf(report));
    }

    public byte[] excel(Report report) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont boldFont = book.createFont();
            boldFont.setBold(true);
            XSSFCellStyle titleStyle = book.createCellStyle();
            XSSFFont titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            titleStyle.setFont(titleFont);
            XSSFCellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(boldFont);
            headerStyle.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xe9, (byte) 0xec, (byte) 0xef}));
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            java.util.Map<String, XSSFCellStyle> coloured = new java.util.HashMap<>();
            int n = 0;
            for (Report.Table table : report.tables()) {
                XSSFSheet sheet = book.createSheet(sheetName(++n, table.title()));
                XSSFRow title = sheet.createRow(0);
                title.createCell(0).setCellValue(report.title() + " · " + table.title());
                title.getCell(0).setCellStyle(titleStyle);
                sheet.createRow(1).createCell(0).setCellValue(report.subtitle());
                XSSFRow header = sheet.createRow(3);
                int[] widths = new int[table.header().size()];
                for (int c = 0; c < table.header().size(); c++) {
                    header.createCell(c).setCellValue(table.header().get(c));
                    header.getCell(c).setCellStyle(headerStyle);
                    widths[c] = table.header().get(c).length();
                }
                int r = 4;
                for (var row : table.rows()) {
                    XSSFRow line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        Report.Cell cell = row.get(c);
                        var x = line.createCell(c);
                        if (cell.number() != null) {
                            x.setCellValue(cell.number().doubleValue());
                        } else {
                            x.setCellValue(cell.text());
                        }
                        if (cell.background() != null) {
                            x.setCellStyle(coloured.computeIfAbsent(
                                    cell.background(), bg -> colouredStyle(book, bg, cell.number() != null)));
                        }
                        widths[c] = Math.max(widths[c], cell.text().length());
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

    private static XSSFCellStyle colouredStyle(XSSFWorkbook book, String hex, boolean numeric) {
        XSSFCellStyle style = book.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(rgb(hex)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = book.createFont();
        font.setColor(new XSSFColor(rgb(textOn(hex))));
        style.setFont(font);
        if (numeric) {
            style.setAlignment(HorizontalAlignment.RIGHT);
            style.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }
        return style;
    }

    private static String sheetName(int n, String title) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        String name = n + " " + clean;
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    public byte[] pdf(Report report) {
        int widest =
                report.tables().stream().mapToInt(t -> t.header().size()).max().orElse(1);
        Rectangle size = widest > 6 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(size, 36, 36, 36, 36);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.open();
        Font titleFont = new Font(bold, 18);
        Font tableTitleFont = new Font(bold, 14);
        Font headFont = new Font(bold, 11);
        Font bodyFont = new Font(regular, 11);
        document.add(new Paragraph(phrase(report.title(), titleFont)));
        Paragraph subtitle = new Paragraph(phrase(report.subtitle(), bodyFont));
        subtitle.setSpacingAfter(8);
        document.add(subtitle);
        for (Report.Table table : report.tables()) {
            Paragraph heading = new Paragraph(phrase(table.title(), tableTitleFont));
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            PdfPTable pdfTable = new PdfPTable(table.header().size());
            pdfTable.setWidthPercentage(100);
            pdfTable.setHeaderRows(1);
            pdfTable.setWidths(columnWidths(table));
            for (String h : table.header()) {
                PdfPCell cell = new PdfPCell(phrase(h, headFont));
                cell.setBackgroundColor(new Color(0xe9, 0xec, 0xef));
                cell.setPadding(4);
                pdfTable.addCell(cell);
            }
            for (var row : table.rows()) {
                for (Report.Cell c : row) {
                    Font font = bodyFont;
                    if (c.background() != null) {
                        font = new Font(regular, 11, Font.NORMAL, Color.decode(textOn(c.background())));
                    }
                    PdfPCell cell = new PdfPCell(phrase(c.text(), font));
                    cell.setPadding(4);
                    if (c.number() != null) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    if (c.background() != null) {
                        cell.setBackgroundColor(Color.decode(c.background()));
                    }
                    pdfTable.addCell(cell);
                }
            }
            document.add(pdfTable);
        }
        document.close();
        return out.toByteArray();
    }

    /** Columns as wide as their longest text, within limits, so names wrap less and numbers take little room. */
    private static float[] columnWidths(Report.Table table) {
        float[] widths = new float[table.header().size()];
        for (int c = 0; c < widths.length; c++) {
            int longest = Math.min(12, table.header().get(c).length());
            for (var row : table.rows()) {
                longest = Math.max(longest, row.get(c).text().length());
            }
            widths[c] = Math.max(5, Math.min(28, longest));
        }
        return widths;
    }

    /**
     * Lines break at spaces, hyphens and between Thai words, never inside a word. The font has no glyph for a
     * zero-width space, so the boundaries are found again here with the JDK's Thai word iterator.
     */
    private static final SplitCharacter BETWEEN_WORDS = (start, current, end, cc, ck) -> {
        char c = unicode(cc, ck, current);
        if (c <= ' ' || c == '-') {
            return true;
        }
        StringBuilder text = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            text.append(unicode(cc, ck, i));
        }
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text.toString());
        return current + 1 < end && words.isBoundary(current + 1 - start);
    };

    private static char unicode(char[] cc, com.lowagie.text.pdf.PdfChunk[] ck, int i) {
        return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }

    private static Phrase phrase(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(BETWEEN_WORDS);
        return new Phrase(chunk);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /** Black or white text, whichever reads better on the colour (WCAG relative luminance). */
    public static String textOn(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        double luminance =
                0.2126 * channel(v >> 16 & 0xff) + 0.7152 * channel(v >> 8 & 0xff) + 0.0722 * channel(v & 0xff);
        return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000000" : "#ffffff";
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

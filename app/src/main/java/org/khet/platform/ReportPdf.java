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
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.BreakIterator;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A {@link Report} as an A4 PDF set in Sarabun, turned to landscape when a table has more than six columns. Thai is
 * shaped by OpenPDF's layout processor (tone marks sit where they belong) and lines break between words, found with
 * a Thai word iterator, since Thai has no spaces.
 */
@Component
class ReportPdf {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final BaseFont regular;
    private final BaseFont bold;

    ReportPdf() {
        this.regular = PdfFonts.regular();
        this.bold = PdfFonts.bold();
    }

    /**
     * Lines of a wrapped cell, in font sizes apart: at the default of one, a tone mark above a line touches the
     * descender of the line over it.
     */
    private static final float THAI_LINE_HEIGHT = 1.5f;

    /** Points a table's heading, header row and first row take at least. */
    private static final float HEADING_WITH_FIRST_ROWS = 100;

    byte[] of(Report report) {
        int widest =
                report.tables().stream().mapToInt(t -> t.header().size()).max().orElse(1);
        Rectangle size = widest > 6 ? PageSize.A4.rotate() : PageSize.A4;
        Document document = new Document(size, 36, 36, 36, 36);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(regular));
        document.open();
        document.add(new Paragraph(phrase(report.title(), new Font(bold, 18))));
        Paragraph subtitle = new Paragraph(phrase(report.subtitle(), new Font(regular, 11)));
        subtitle.setSpacingAfter(8);
        document.add(subtitle);
        for (Report.Table table : report.tables()) {
            // A table's heading never stands alone at the foot of a page: it goes over with its header and first row.
            if (writer.getVerticalPosition(true) - document.bottom() < HEADING_WITH_FIRST_ROWS) {
                document.newPage();
            }
            Paragraph heading = new Paragraph(phrase(table.title(), new Font(bold, 14)));
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(table(table));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table(Report.Table table) {
        PdfPTable pdfTable = new PdfPTable(table.header().size());
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setWidths(table.widths() == null ? columnWidths(table) : widths(table.widths()));
        Font headFont = new Font(bold, 11);
        Color headerColour = Color.decode(ReportColours.HEADER);
        for (String h : table.header()) {
            PdfPCell cell = new PdfPCell(phrase(h, headFont));
            cell.setBackgroundColor(headerColour);
            cell.setPadding(4);
            cell.setLeading(0, THAI_LINE_HEIGHT);
            pdfTable.addCell(cell);
        }
        Font bodyFont = new Font(regular, 11);
        for (var row : table.rows()) {
            for (Report.Cell c : row) {
                pdfTable.addCell(cell(c, bodyFont));
            }
        }
        return pdfTable;
    }

    private PdfPCell cell(Report.Cell c, Font bodyFont) {
        Font font = c.background() == null
                ? bodyFont
                : new Font(regular, 11, Font.NORMAL, Color.decode(ReportColours.textOn(c.background())));
        PdfPCell cell = new PdfPCell(c.struck() ? struck(c.text(), font) : phrase(c.text(), font));
        cell.setPadding(4);
        cell.setLeading(0, THAI_LINE_HEIGHT);
        if (c.number() != null) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        if (c.background() != null) {
            cell.setBackgroundColor(Color.decode(c.background()));
        }
        return cell;
    }

    private static float[] widths(java.util.List<Float> given) {
        float[] widths = new float[given.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = given.get(i);
        }
        return widths;
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
     * Lines break at spaces, hyphens and between Thai words, never inside a word, nor next to a full stop or a slash
     * inside a word: an abbreviation (ธ.ค., พ.ศ.), an amount or a number such as 6870/2570 stays whole, where the word
     * iterator would have cut "ธ" from ".ค.". The font has no glyph for a zero-width space, so the boundaries are found again here with the JDK's Thai
     * word iterator.
     */
    private static final SplitCharacter BETWEEN_WORDS = (start, current, end, cc, ck) -> {
        char c = unicode(cc, ck, current);
        if (c <= ' ' || c == '-') {
            return true;
        }
        if (joins(c) || (current + 1 < end && joins(unicode(cc, ck, current + 1)))) {
            return false;
        }
        StringBuilder text = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            text.append(unicode(cc, ck, i));
        }
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text.toString());
        return current + 1 < end && words.isBoundary(current + 1 - start);
    };

    /** A full stop or a slash: it holds the characters either side of it together. */
    private static boolean joins(char c) {
        return c == '.' || c == '/';
    }

    private static char unicode(char[] cc, PdfChunk[] ck, int i) {
        return ck == null ? cc[i] : (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }

    /** Struck through by a line at the middle of the x-height, drawn per line where the cell wraps. */
    private static Phrase struck(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(BETWEEN_WORDS);
        chunk.setUnderline(0.6f, font.getSize() * 0.3f);
        return new Phrase(chunk);
    }

    /** "- n -" at the foot of every page, as official papers are numbered. */
    private static final class PageNumbers extends com.lowagie.text.pdf.PdfPageEventHelper {

        private final BaseFont font;

        PageNumbers(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var canvas = writer.getDirectContent();
            float width = font.getWidthPoint("- " + writer.getPageNumber() + " -", 10);
            canvas.beginText();
            canvas.setFontAndSize(font, 10);
            canvas.setTextMatrix((document.getPageSize().getWidth() - width) / 2, 18);
            canvas.showText("- " + writer.getPageNumber() + " -");
            canvas.endText();
        }
    }

    private static Phrase phrase(String text, Font font) {
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        chunk.setSplitCharacter(BETWEEN_WORDS);
        return new Phrase(chunk);
    }
}
